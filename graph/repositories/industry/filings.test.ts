import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../../../tests/support/graph.js';
import { createDocuments } from '../../../tests/support/documents.js';
import { loadConfig } from '../../../lib/config.js';
import { loadTaxonomy, taxonomyFile } from '../../../services/industry/taxonomy.js';
import type { MachineFiling } from '../../../domain/industry/filing.js';
import type { Graph } from '../../driver.js';
import { createRepositories } from '../index.js';

const machine = (documentId: string, industryCode: string, score: number, rank = 0): MachineFiling => ({
  documentId,
  industryCode,
  score,
  semantic: score,
  lexical: 0.5,
  evidence: ['碳纤维'],
  profile: 'TEXT',
  rank,
});

describe('FilingRepository', () => {
  let graph: Graph;
  let repos: ReturnType<typeof createRepositories>;
  const id = (name: string) => `${name}-${randomUUID()}`;

  beforeAll(async () => {
    graph = testGraph();
    repos = createRepositories(graph);
    await loadTaxonomy(repos, taxonomyFile(loadConfig({}).projectRoot));
  });
  afterAll(() => graph.close());

  it('lists a parent industry’s documents with its sub-industries’, best filing first, and counts them', async () => {
    const [fibre, glass, other] = [id('fibre'), id('glass'), id('other')];
    await createDocuments(graph, [
      { id: fibre, title: '碳纤维复合材料界面改性' },
      { id: glass, title: '玻璃纤维拉丝工艺' },
      { id: other, title: '光伏组件封装' },
    ]);
    await graph.writeTx((tx) =>
      repos.industryFilings.replaceMachineFilings(
        tx,
        [fibre, glass, other],
        [machine(fibre, 'jx-frontier-materials', 0.8), machine(glass, 'jx-new-materials', 0.6), machine(other, 'jx-smart-pv', 0.7)],
      ),
    );
    const library = await repos.industryFilings.documentsOfIndustry(
      'jx-new-materials',
      { offset: 0, first: 10 },
      { documentIds: [fibre, glass, other] },
    );
    expect(library.total).toBe(2);
    expect(library.items.map((d) => [d.id, d.industryCode])).toEqual([
      [fibre, 'jx-frontier-materials'],
      [glass, 'jx-new-materials'],
    ]);
    expect(library.items[0]).toMatchObject({ score: 0.8, evidence: ['碳纤维'], decidedBy: 'machine' });
    const child = await repos.industryFilings.documentsOfIndustry(
      'jx-frontier-materials',
      { offset: 0, first: 10 },
      { documentIds: [fibre, glass] },
    );
    expect(child.items.map((d) => d.id)).toEqual([fibre]);
  });

  it('keeps exactly a librarian’s filings and removals when the machine files the document again', async () => {
    const doc = id('doc');
    await createDocuments(graph, [{ id: doc, title: '涤纶长丝纺丝' }]);
    await graph.writeTx((tx) =>
      repos.industryFilings.replaceMachineFilings(tx, [doc], [machine(doc, 'jx-new-materials', 0.7), machine(doc, 'jx-smart-pv', 0.5, 1)]),
    );
    await graph.writeTx(async (tx) => {
      expect(await repos.industryFilings.filingVersion(tx, doc)).toBe(0);
      await repos.industryFilings.setLibrarianFilings(tx, doc, ['jx-tongxiang-chemical-fiber'], 'librarian-1');
    });
    await graph.writeTx((tx) =>
      repos.industryFilings.replaceMachineFilings(tx, [doc], [machine(doc, 'jx-smart-pv', 0.9), machine(doc, 'jx-modern-textile', 0.6, 1)]),
    );
    const [live] = await repos.industryFilings.liveFilingsOf([doc]);
    // The librarian decided the document's whole set: the machine adds nothing to it.
    expect(live!.map((f) => [f.industryCode, f.decidedBy])).toEqual([['jx-tongxiang-chemical-fiber', 'librarian']]);
    const all = await repos.industryFilings.filingsOf([doc]);
    expect(
      all
        .filter((f) => f.deleted)
        .map((f) => f.industryCode)
        .sort(),
    ).toEqual(['jx-new-materials', 'jx-smart-pv']);
    expect(await graph.writeTx((tx) => repos.industryFilings.filingVersion(tx, doc))).toBe(1);
    expect(await repos.industryFilings.confirmedDocumentIds()).toContainEqual({
      industryCode: 'jx-tongxiang-chemical-fiber',
      documentIds: [doc],
    });
  });
});
