import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDocuments } from '../../../tests/support/documents.js';
import { resetGraph, testGraph } from '../../../tests/support/graph.js';
import { loadConfig } from '../../../lib/config.js';
import { embedDocumentsCached, graphEmbeddingStore, type EmbeddingStore } from '../../../services/embedding/cache.js';
import { Embedder } from '../../../topics/embedding/embedder.js';
import { EmbeddingJobs } from '../../../services/embedding/jobs.js';
import { ensureModel } from '../../../topics/model/provision.js';
import { CSL_SLICE_DIR, cslRows } from '../../../topics/testing/csl.js';
import type { Graph } from '../../driver.js';
import { DocumentEmbeddingRepository } from './document-embedding.js';

/** Embeddings on Document nodes with the real model: stored under the vector index, never recomputed for unchanged text. */

const config = loadConfig({ HF_ENDPOINT: 'http://127.0.0.1:9' });
const titles = cslRows('cls_ctg_dev.tsv', CSL_SLICE_DIR)
  .slice(0, 6)
  .map(([title]) => title);

/** Counts what reaches the model, so a cache hit is visible. */
class CountingEmbedder {
  texts = 0;
  constructor(private readonly inner: Embedder) {}
  get modelId() {
    return this.inner.modelId;
  }
  embedDocuments(texts: readonly string[], onProgress?: Parameters<Embedder['embedDocuments']>[1]) {
    this.texts += texts.length;
    return this.inner.embedDocuments(texts, onProgress);
  }
}

describe('DocumentEmbeddingRepository with embedDocumentsCached', () => {
  let graph: Graph;
  let repo: DocumentEmbeddingRepository;
  let store: EmbeddingStore;
  let embedder: Embedder;
  let counting: CountingEmbedder;
  const documents = titles.map((text, i) => ({ id: `doc-${i}`, text }));

  // The model is opened once; every test starts from the six documents, none embedded.
  beforeAll(async () => {
    graph = testGraph();
    repo = new DocumentEmbeddingRepository(graph);
    store = graphEmbeddingStore(graph, repo);
    embedder = await Embedder.open({ model: await ensureModel('fp32', config.models) });
    counting = new CountingEmbedder(embedder);
  });
  beforeEach(async () => {
    await resetGraph(graph);
    // The document repository (the import's) creates Documents; here a fixture does.
    await createDocuments(
      graph,
      documents.map((doc) => ({ id: doc.id, title: doc.text })),
    );
    counting.texts = 0;
  });
  afterAll(async () => {
    await embedder?.close();
    await graph?.close();
  });

  const run = (docs: typeof documents, jobs = new EmbeddingJobs()) => {
    const tracker = jobs.start(embedder.modelId, docs.length);
    return embedDocumentsCached(store, counting as unknown as Embedder, docs, { tracker }).then((report) => ({
      report,
      job: jobs.get(tracker.status.id)!,
    }));
  };

  it('embeds new documents and stores 512-d vectors with model and content hash', async () => {
    const { report, job } = await run(documents);
    expect(report).toEqual({ total: 6, computed: 6, cached: 0, stored: 6 });
    expect(job).toMatchObject({ state: 'DONE', total: 6, done: 6, cached: 0, error: null });
    const stored = await repo.embeddings(embedder.modelId);
    expect(stored.map((row) => row.id)).toEqual(documents.map((doc) => doc.id));
    for (const row of stored) expect(row.embedding).toHaveLength(512);
    const states = await repo.states(['doc-0', 'missing']);
    expect(states).toEqual([
      { id: 'doc-0', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown, embeddingModel: 'BAAI/bge-small-zh-v1.5@onnx-fp32' },
    ]);
  });

  it('is a cache hit for unchanged text: nothing reaches the model and vectors stay', async () => {
    await run(documents);
    const before = await repo.embeddings(embedder.modelId);
    counting.texts = 0;
    const { report, job } = await run(documents);
    expect(report).toEqual({ total: 6, computed: 0, cached: 6, stored: 0 });
    expect(counting.texts).toBe(0);
    expect(job).toMatchObject({ state: 'DONE', done: 6, cached: 6 });
    expect(await repo.embeddings(embedder.modelId)).toEqual(before);
  });

  it('recomputes only the document whose text changed', async () => {
    await run(documents);
    counting.texts = 0;
    const changed = documents.map((doc, i) => (i === 2 ? { ...doc, text: `${doc.text}（修订版）` } : doc));
    const { report } = await run(changed);
    expect(report).toMatchObject({ computed: 1, cached: 5 });
    expect(counting.texts).toBe(1);
  });

  it('finds a document nearest to its own vector through the vector index', async () => {
    await run(documents);
    const [doc3] = await repo.embeddings(embedder.modelId, ['doc-3']);
    const nearest = await repo.nearest(doc3!.embedding, 3, embedder.modelId);
    expect(nearest[0]).toMatchObject({ id: 'doc-3', title: titles[3] });
    expect(nearest[0]!.score).toBeGreaterThan(0.999);
    expect(nearest).toHaveLength(3);
  });

  it('does not create documents it does not know, and reports a failed job', async () => {
    const { report } = await run([{ id: 'ghost', text: '不存在的文献' }]);
    expect(report.stored).toBe(0);
    expect(await graph.read('MATCH (d:Document {id: "ghost"}) RETURN d')).toEqual([]);

    const jobs = new EmbeddingJobs();
    const tracker = jobs.start(embedder.modelId, 1);
    const failing = { states: () => Promise.reject(new Error('neo4j down')), store: () => Promise.resolve(0) };
    await expect(embedDocumentsCached(failing, embedder, [{ id: 'x', text: 'x' }], { tracker })).rejects.toThrow('neo4j down');
    expect(jobs.get(tracker.status.id)).toMatchObject({ state: 'FAILED', error: 'neo4j down' });
  });
});
