import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { correctDocumentFilings } from '../../services/industry/filing-corrections.js';
import { buildLibrarian, buildTopicLibrary, topicService, topicWith } from '../support/factories/topic.js';
import { resetGraph, testGraph } from '../support/graph.js';

// Documents filed under industries by a rebuild (fixture vectors: no profile of their model, so
// the keyword evidence decides), and a librarian's corrections, which later rebuilds keep.
describe('documents filed under industries', { timeout: 180_000 }, () => {
  let graph: Graph;
  let repos: ReturnType<typeof createRepositories>;

  beforeAll(async () => {
    graph = testGraph();
    repos = createRepositories(graph);
    await resetGraph(graph);
    await buildTopicLibrary(graph, { perTheme: 8 });
  });
  afterAll(() => graph.close());

  it('files documents with evidence, leaves the others outside, and gives topics their industry from their documents', async () => {
    const [materials, rice] = await repos.industryFilings.liveFilingsOf(['materials-0', 'agriculture-0']);
    expect(materials!.length).toBeGreaterThan(0);
    expect(materials![0]).toMatchObject({ decidedBy: 'machine', semantic: null });
    expect(materials![0]!.evidence).toContain('碳纤维');
    expect(rice).toEqual([]);
    const library = await repos.industryFilings.documentsOfIndustry('jx-new-materials', { offset: 0, first: 20 });
    expect(library.items.map((d) => d.id)).toContain('materials-0');
    expect(library.items.every((d) => d.id.startsWith('materials-'))).toBe(true);

    const topics = await repos.topics.list({ includeOutliers: false });
    const fibre = topicWith(topics, '碳纤维');
    expect(fibre.mappingStatus).toBe('AUTO');
    expect(['jx-frontier-materials', 'jx-new-materials']).toContain(fibre.industryCode);
    const [candidates] = await repos.topics.candidatesOf([fibre.id]);
    expect(candidates![0]).toMatchObject({ score: 1 });
    expect(candidates![0]!.documentIds.every((id) => id.startsWith('materials-'))).toBe(true);
  });

  it('keeps a librarian’s correction, versioned and audited, across a rebuild', async () => {
    const librarian = buildLibrarian();
    const version = await correctDocumentFilings(repos, librarian, 'agriculture-1', 0, ['jx-biomanufacturing']);
    expect(version).toBe(1);
    await expect(correctDocumentFilings(repos, librarian, 'agriculture-1', 0, ['jx-life-health'])).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(correctDocumentFilings(repos, librarian, 'agriculture-1', 1, ['no-such-industry'])).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const [machineFiled] = await repos.industryFilings.liveFilingsOf(['materials-1']);
    await correctDocumentFilings(repos, librarian, 'materials-1', 0, []);

    await topicService(graph).rebuild();
    const [rice, fibre] = await repos.industryFilings.liveFilingsOf(['agriculture-1', 'materials-1']);
    expect(rice!.map((f) => [f.industryCode, f.decidedBy])).toEqual([['jx-biomanufacturing', 'librarian']]);
    expect(fibre).toEqual([]);
    const removed = await repos.industryFilings.filingsOf(['materials-1']);
    expect(removed.map((f) => f.industryCode).sort()).toEqual(machineFiled!.map((f) => f.industryCode).sort());
    expect(removed.every((f) => f.deleted && f.decidedBy === 'librarian')).toBe(true);
    const [entry] = await graph.read<{ action: string; actor: string }>(
      `MATCH (a:AuditEntry {entityType: 'Document', entityId: 'agriculture-1'}) RETURN a.action AS action, a.actor AS actor`,
    );
    expect(entry).toEqual({ action: 'FILE', actor: librarian.id });
  });

  it('keeps a document a librarian filed under no industry outside, even when a re-import gives it industry keywords', async () => {
    const librarian = buildLibrarian();
    const [before] = await repos.industryFilings.liveFilingsOf(['agriculture-2']);
    expect(before).toEqual([]);
    await correctDocumentFilings(repos, librarian, 'agriculture-2', 0, []);
    expect(await repos.industryFilings.confirmedOutsideIds()).toContain('agriculture-2');
    // A corrected record re-imported: its fields now name a material, as the machine would file it.
    await graph.write(`MATCH (d:Document {id: 'agriculture-2'}) SET d.keywords = d.keywords + ['碳纤维', '复合材料']`);

    await topicService(graph).rebuild();
    const [after] = await repos.industryFilings.liveFilingsOf(['agriculture-2']);
    expect(after).toEqual([]);
    await graph.write(`MATCH (d:Document {id: 'agriculture-3'}) SET d.keywords = d.keywords + ['碳纤维', '复合材料']`);
    await topicService(graph).rebuild();
    const [control] = await repos.industryFilings.liveFilingsOf(['agriculture-3']);
    expect(control!.map((f) => f.decidedBy)).toContain('machine');
  });
});
