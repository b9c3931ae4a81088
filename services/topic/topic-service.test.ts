import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { OUTLIER_TOPIC_ID, type TopicRecord } from '../../domain/topic/types.js';
import { loadTaxonomy } from '../industry/taxonomy.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import { addThemeDocuments, FIXTURE_MODEL } from '../../tests/support/topic-fixture.js';
import { buildLibrarian } from '../../tests/support/factories/topic.js';
import { TopicDecisionError, TopicService } from './topic-service.js';
import { EmbeddingService } from '../embedding/service.js';
import { loadConfig } from '../../lib/config.js';
import { freePort } from '../../tests/support/global-setup.js';

const MODEL = FIXTURE_MODEL;
const TAXONOMY = path.resolve(import.meta.dirname, '..', '..', 'data', 'industries', 'industries.json');
const addDocuments = addThemeDocuments;
const librarian = buildLibrarian();

// Several rebuilds per test on a machine shared with other work: a generous timeout.
describe('TopicService against Neo4j', { timeout: 180_000 }, () => {
  let graph: Graph;
  let repos: Repositories;
  let service: TopicService;

  const topicOf = async (documentId: string): Promise<TopicRecord> => {
    const topics = await repos.topics.list();
    const members = await repos.topicMemberships.memberIds(topics.map((t) => t.id));
    const index = members.findIndex((ids) => ids.includes(documentId));
    expect(index, `${documentId} is in a topic`).toBeGreaterThanOrEqual(0);
    return topics[index]!;
  };

  const auditEntries = () =>
    graph.read<{ action: string; entityId: string; actor: string; actorRole: string; before: string | null; after: string | null }>(
      `MATCH (a:AuditEntry {entityType: 'Topic'})
       RETURN a.action AS action, a.entityId AS entityId, a.actor AS actor, a.actorRole AS actorRole, a.before AS before, a.after AS after
       ORDER BY a.id`,
    );

  beforeAll(() => {
    graph = testGraph();
    repos = createRepositories(graph);
  });
  afterAll(() => graph.close());
  beforeEach(async () => {
    await resetGraph(graph);
    await loadTaxonomy(repos, TAXONOMY);
    service = new TopicService(graph, repos, { seed: 42, count: 3, minTopicSize: 5, industryThreshold: 0.3 }, MODEL);
    await addDocuments(graph, repos, 'materials', 0, 12);
    await addDocuments(graph, repos, 'medicine', 0, 12);
    await addDocuments(graph, repos, 'agriculture', 0, 12);
    await addDocuments(graph, repos, 'stray', 0, 1);
  });

  it('builds labelled topics with representatives, trends, explicit outliers and industry mappings', async () => {
    const report = await service.rebuild();
    expect(report).toMatchObject({ documents: 37, topics: 3, created: 3, continued: 0 });
    const materials = await topicOf('materials-0');
    const medicine = await topicOf('medicine-0');
    expect(materials.id).not.toBe(medicine.id);
    expect(materials.keywords.map((k) => k.term)).toContain('碳纤维');
    expect(materials.label).toContain('碳纤维');
    expect(medicine.keywords[0]!.term).not.toBe('碳纤维');
    expect(materials.representativeIds).toHaveLength(5);
    expect(materials.representativeIds.every((id) => id.startsWith('materials-'))).toBe(true);
    expect(materials.trend.reduce((sum, p) => sum + p.count, 0)).toBe(materials.size);
    expect(materials.trend.map((p) => p.year)).toEqual([2018, 2019, 2020, 2021]);

    const unclassified = await topicOf('stray-0');
    expect(unclassified).toMatchObject({ id: OUTLIER_TOPIC_ID, label: '未归类', outlier: true });
    expect(report.outliers).toBe(unclassified.size);

    // 碳纤维 / 复合材料 are keywords of the materials industries: mapped with evidence.
    expect(materials.mappingStatus).toBe('AUTO');
    expect(['jx-frontier-materials', 'jx-new-materials']).toContain(materials.industryCode);
    const [candidates] = await repos.topics.candidatesOf([materials.id]);
    expect(candidates![0]!.keywords).toContain('碳纤维');
    expect(candidates![0]!.documentIds.length).toBeGreaterThan(0);
    // Rice farming belongs to no Jiaxing industry: its documents are filed nowhere, so the topic is
    // outside every industry too, decided by the machine, not waiting in the review queue.
    const agriculture = await topicOf('agriculture-0');
    expect(agriculture.mappingStatus).toBe('AUTO');
    expect(agriculture.industryCode).toBeNull();
    expect((await repos.topics.list({ status: 'REVIEW' })).map((t) => t.id)).not.toContain(agriculture.id);
    expect(report.filed).toBeGreaterThanOrEqual(materials.size);
  });

  it('keeps topic identities and a librarian rename across rebuilds, with new documents', async () => {
    await service.rebuild();
    const before = await topicOf('materials-0');
    const medicineBefore = await topicOf('medicine-0');
    await service.rename(librarian, before.id, '碳纤维材料专题');
    await addDocuments(graph, repos, 'materials', 100, 4);
    const report = await service.rebuild();
    expect(report).toMatchObject({ continued: 3, created: 0, retired: 0 });
    const after = await topicOf('materials-0');
    expect(after.id).toBe(before.id);
    expect(after).toMatchObject({ label: '碳纤维材料专题', labelSource: 'LIBRARIAN' });
    expect(after.autoLabel).toContain('碳纤维');
    expect((await topicOf('materials-100')).id).toBe(before.id);
    expect((await topicOf('medicine-0')).id).toBe(medicineBefore.id);
  });

  it('a rebuild that fails after two staged batches leaves readers the previous topics; the next clears it away, switches over and embeds no phrase again', async () => {
    const embedding = new EmbeddingService(graph, loadConfig({ HF_ENDPOINT: `http://127.0.0.1:${await freePort()}` }));
    const embedded: string[] = [];
    const labelled = new TopicService(graph, repos, { seed: 42, count: 3, minTopicSize: 5, industryThreshold: 0.3 }, MODEL, (texts) => {
      embedded.push(...texts);
      return embedding.embedPassages(texts);
    });
    try {
      await labelled.rebuild();
      const materials = await topicOf('materials-0');
      // Labels are phrases of the topics' titles, picked with the model (c-TF-IDF terms label them without it).
      expect(materials.autoLabel).not.toContain('·');
      expect(embedded.length).toBeGreaterThan(0);
      const topicsBefore = (await repos.topics.list()).map((t) => [t.id, t.size, t.label]);
      await addDocuments(graph, repos, 'materials', 300, 3);
      const stagedByUnfinished = async () =>
        (
          await graph.read<{ n: number }>(
            `MATCH (r:TopicRebuild {status: 'BUILDING'}) MATCH (d:Document {stagedRebuildId: r.id}) RETURN count(d) AS n`,
          )
        )[0]!.n;
      let staged = 0;
      const dying = labelled.rebuild({
        stageBatch: 10,
        onStaged: async (count) => {
          staged = count;
          // While the rebuild stages, readers see the topics of the last build.
          expect((await topicOf('materials-0')).id).toBe(materials.id);
          expect(await repos.topicMemberships.unassignedDocumentIds()).toEqual(['materials-300', 'materials-301', 'materials-302']);
          if (count >= 20) throw new Error('rebuild stopped after two batches');
        },
      });
      await expect(dying).rejects.toThrow('rebuild stopped after two batches');
      expect(staged).toBe(20);
      expect(await stagedByUnfinished()).toBe(20);
      expect((await repos.topics.list()).map((t) => [t.id, t.size, t.label])).toEqual(topicsBefore);
      expect(await repos.topicMemberships.unassignedDocumentIds()).toHaveLength(3);
      const phrases = embedded.length;

      const report = await labelled.rebuild();
      expect(report).toMatchObject({ abandonedCleared: 1, documents: 40, continued: 3, created: 0 });
      expect((await topicOf('materials-300')).id).toBe(materials.id);
      expect(embedded).toHaveLength(phrases);
      const rebuilds = await graph.read(`MATCH (r:TopicRebuild) RETURN r.id AS id, r.status AS status`);
      expect(rebuilds).toEqual([{ id: report.rebuildId, status: 'CURRENT' }]);
      const tagged = await graph.read(`MATCH (d:Document) WHERE d.stagedRebuildId IS NOT NULL RETURN DISTINCT d.stagedRebuildId AS id`);
      expect(tagged).toEqual([{ id: report.rebuildId }]);
      const built = await graph.read(`MATCH (t:Topic) WHERE NOT t.outlier AND NOT t.retired RETURN DISTINCT t.rebuildId AS id`);
      expect(built).toEqual([{ id: report.rebuildId }]);
    } finally {
      await embedding.close();
    }
  });

  it('places new documents in the nearest topic without a rebuild; a stray goes to 未归类', async () => {
    await service.rebuild();
    const materials = await topicOf('materials-0');
    await addDocuments(graph, repos, 'materials', 200, 2);
    await addDocuments(graph, repos, 'stray', 200, 1);
    expect(await service.assignNew()).toEqual({ assigned: 2, outliers: 1 });
    expect((await topicOf('materials-200')).id).toBe(materials.id);
    expect((await topicOf('stray-200')).id).toBe(OUTLIER_TOPIC_ID);
    expect((await repos.topics.byIds([materials.id]))[0]!.size).toBe(materials.size + 2);
    expect(await service.assignNew()).toEqual({ assigned: 0, outliers: 0 });
  });

  it("keeps a librarian's industry mapping over the automatic one, across rebuilds", async () => {
    await service.rebuild();
    const agriculture = await topicOf('agriculture-0');
    await service.map(librarian, agriculture.id, 'jx-life-health');
    expect((await repos.topics.byIds([agriculture.id]))[0]).toMatchObject({ industryCode: 'jx-life-health', mappingStatus: 'LIBRARIAN' });
    await service.rebuild();
    expect(await topicOf('agriculture-0')).toMatchObject({
      id: agriculture.id,
      industryCode: 'jx-life-health',
      mappingStatus: 'LIBRARIAN',
    });
    expect((await repos.topics.list({ status: 'REVIEW' })).map((t) => t.id)).not.toContain(agriculture.id);
    await expect(service.map(librarian, agriculture.id, 'no-such-industry')).rejects.toThrow(TopicDecisionError);
  });

  it('re-applies a merge and a split after a rebuild', async () => {
    await service.rebuild();
    const medicine = await topicOf('medicine-0');
    const agriculture = await topicOf('agriculture-0');
    const materials = await topicOf('materials-0');
    await service.merge(librarian, agriculture.id, medicine.id);
    expect((await topicOf('agriculture-3')).id).toBe(medicine.id);
    expect((await repos.topics.byIds([agriculture.id]))[0]).toMatchObject({ retired: true, mergedInto: medicine.id });
    const splitIds = ['materials-0', 'materials-1', 'materials-2', 'materials-3', 'materials-4'];
    const splitId = await service.split(librarian, materials.id, splitIds, '碳纤维界面');
    expect((await repos.topics.byIds([splitId]))[0]).toMatchObject({ label: '碳纤维界面', size: 5 });

    await service.rebuild();
    expect((await topicOf('agriculture-3')).id).toBe(medicine.id);
    expect((await topicOf('medicine-3')).id).toBe(medicine.id);
    expect(await topicOf('materials-1')).toMatchObject({ id: splitId, label: '碳纤维界面' });
    expect((await topicOf('materials-9')).id).toBe(materials.id);
  });

  it('refuses decisions about unknown topics and empty labels, changing nothing', async () => {
    await service.rebuild();
    const materials = await topicOf('materials-0');
    await expect(service.rename(librarian, 'topic-missing', '新名')).rejects.toThrow(/no topic topic-missing/);
    await expect(service.rename(librarian, materials.id, '  ')).rejects.toThrow(/cannot be empty/);
    await expect(service.rename(librarian, OUTLIER_TOPIC_ID, '新名')).rejects.toThrow(TopicDecisionError);
    await expect(service.split(librarian, materials.id, ['medicine-0'], '错')).rejects.toThrow(/not in it: medicine-0/);
    expect(await repos.topicDecisions.list()).toEqual([]);
    expect(await auditEntries()).toEqual([]);
    expect((await topicOf('materials-0')).label).toBe(materials.label);
  });

  it('audits each decision with who made it, before and after, in the transaction that makes it', async () => {
    await service.rebuild();
    const medicine = await topicOf('medicine-0');
    const agriculture = await topicOf('agriculture-0');
    await service.rename(librarian, medicine.id, '高血压临床');
    await service.merge(librarian, agriculture.id, medicine.id);
    const entries = await auditEntries();
    expect(entries.map((e) => [e.action, e.entityId])).toEqual([
      ['RENAME', medicine.id],
      ['MERGE', medicine.id],
      ['MERGED_INTO', agriculture.id],
    ]);
    expect(entries.every((e) => e.actor === librarian.id && e.actorRole === 'LIBRARIAN')).toBe(true);
    expect(JSON.parse(entries[0]!.before!)).toMatchObject({ label: medicine.label, labelSource: 'AUTO' });
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ label: '高血压临床', labelSource: 'LIBRARIAN' });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ size: medicine.size + agriculture.size, mergedFrom: agriculture.id });
    expect(JSON.parse(entries[2]!.after!)).toMatchObject({ retired: true, mergedInto: medicine.id });
    expect((await repos.topicDecisions.list()).map((d) => [d.kind, d.decidedBy])).toEqual([
      ['RENAME', librarian.id],
      ['MERGE', librarian.id],
    ]);
  });
});
