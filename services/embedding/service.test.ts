import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDocuments, disciplineDocuments } from '../../tests/support/documents.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import { loadConfig } from '../../lib/config.js';
import type { Graph } from '../../graph/driver.js';
import type { EmbeddingJobStatus } from './jobs.js';
import { EmbeddingService } from './service.js';

/** embedDocuments and semantic search with the real model over real CSL abstracts. */

const config = loadConfig({ HF_ENDPOINT: 'http://127.0.0.1:9' });
const materials = disciplineDocuments('materials', ['材料科学与工程'], 15);
const medicine = disciplineDocuments('medicine', ['基础医学/临床医学', '药学', '中医学/中药学'], 5);

const meanRank = (kinds: string[], kind: string) =>
  kinds.reduce((sum, k, rank) => sum + (k === kind ? rank : 0), 0) / kinds.filter((k) => k === kind).length;

describe('EmbeddingService', () => {
  let graph: Graph;
  let service: EmbeddingService;
  const seed = async () => {
    await resetGraph(graph);
    await createDocuments(graph, [...materials, ...medicine]);
  };
  beforeAll(() => {
    graph = testGraph();
    service = new EmbeddingService(graph, config, { chunkSize: 8 });
  });
  afterAll(async () => {
    await service?.close();
    await graph?.close();
  });

  // Every run starts from the 30 records, none embedded.
  describe('runs', () => {
    beforeEach(seed);

    it('embeds every Document, in chunks, with progress and a job status to the end', async () => {
      const seen: Array<Pick<EmbeddingJobStatus, 'done' | 'total' | 'state'>> = [];
      const run = service.embedDocuments({ onProgress: ({ done, total, state }) => seen.push({ done, total, state }) });
      expect(service.embedDocuments().job.id).toBe(run.job.id);
      expect(await run.done).toEqual({ total: 30, computed: 30, cached: 0, stored: 30 });
      expect(service.jobs.get(run.job.id)).toMatchObject({
        state: 'DONE',
        total: 30,
        done: 30,
        cached: 0,
        error: null,
        modelId: service.modelId,
      });
      expect(seen.at(-1)).toEqual({ done: 30, total: 30, state: 'DONE' });
      const dones = seen.map((entry) => entry.done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      const [row] = await graph.read<{ n: number; dims: number }>(
        'MATCH (d:Document) WHERE d.embeddingModel = $model RETURN count(d) AS n, min(size(d.embedding)) AS dims',
        { model: service.modelId },
      );
      expect(row).toEqual({ n: 30, dims: 512 });
    });

    it('re-runs as cache hits only, and embeds just a named new document', async () => {
      await service.embedDocuments().done;
      const again = service.embedDocuments();
      expect(again.job.state).toBe('RUNNING');
      expect(await again.done).toEqual({ total: 30, computed: 0, cached: 30, stored: 0 });
      await createDocuments(graph, [{ id: 'new-1', title: '碳纤维增强树脂基复合材料的界面改性', keywords: ['碳纤维', '复合材料'] }]);
      expect(await service.embedDocuments({ ids: ['new-1', 'materials-0'] }).done).toEqual({ total: 2, computed: 1, cached: 1, stored: 1 });
    });

    it('reports a failed run on its job when the model cannot be provisioned', async () => {
      const offline = loadConfig({
        HF_ENDPOINT: 'http://127.0.0.1:9',
        MAVEN_REPOSITORY_URL: 'http://127.0.0.1:9',
        CACHE_DIR: '/tmp/hechuang-no-models',
      });
      // Search loads the model only once something is embedded.
      await graph.write("MATCH (d:Document {id: 'materials-0'}) SET d.embeddingModel = $model", { model: service.modelId });
      const broken = new EmbeddingService(graph, offline);
      const run = broken.embedDocuments();
      await expect(run.done).rejects.toThrow(/cannot fetch the embedding model .*Set HF_ENDPOINT/);
      expect(broken.jobs.get(run.job.id)).toMatchObject({ state: 'FAILED', error: expect.stringMatching(/cannot fetch/) as unknown });
      await expect(broken.search('碳纤维')).rejects.toThrow(/cannot fetch/);
    });
  });

  // The searches only read: the records are embedded once for them.
  describe('search', () => {
    beforeAll(async () => {
      await seed();
      await service.embedDocuments().done;
    });

    it('ranks materials records before medicine for a query about 碳纤维', async () => {
      await graph.write('MATCH (d:Document {id: "new-1"}) DETACH DELETE d');
      const hits = await service.search('碳纤维', 30);
      expect(hits).toHaveLength(30);
      const kinds = hits.map((hit) => hit.documentId.split('-')[0]!);
      // None of these abstracts contains 碳纤维: the match is by meaning (composites, materials).
      expect(kinds.slice(0, 3)).toEqual(['materials', 'materials', 'materials']);
      expect(kinds.slice(0, 15).filter((kind) => kind === 'materials').length).toBeGreaterThanOrEqual(11);
      expect(meanRank(kinds, 'materials')).toBeLessThan(meanRank(kinds, 'medicine') - 5);
      expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
      expect(hits[0]!.title).toBe(materials.find((doc) => doc.id === hits[0]!.documentId)!.title);
    });

    it('ranks medicine first for a clinical query', async () => {
      const kinds = (await service.search('高血压患者的临床疗效观察', 10)).map((hit) => hit.documentId.split('-')[0]!);
      expect(kinds.slice(0, 3)).toEqual(['medicine', 'medicine', 'medicine']);
      expect(kinds.filter((kind) => kind === 'medicine').length).toBeGreaterThanOrEqual(8);
    });
  });
});
