import type { Graph } from '../../graph/driver.js';
import type { DocumentEmbeddingRepository } from '../../graph/repositories/embedding/document-embedding.js';
import type { EmbeddingState, EmbeddingWrite } from '../../domain/embedding/types.js';
import type { Embedder, EmbedProgress } from '../../topics/embedding/embedder.js';
import type { EmbeddingJobTracker } from './jobs.js';
import { contentHash } from '../../topics/embedding/text.js';

export interface EmbeddingStore {
  states(ids: readonly string[]): Promise<EmbeddingState[]>;
  store(rows: readonly EmbeddingWrite[]): Promise<number>;
}

/** The graph's embeddings as an EmbeddingStore: each chunk of vectors is stored in one write transaction. */
export const graphEmbeddingStore = (graph: Graph, repo: DocumentEmbeddingRepository): EmbeddingStore => ({
  states: (ids) => repo.states(ids),
  store: (rows) => graph.writeTx((tx) => repo.store(tx, rows)),
});

export interface DocumentToEmbed {
  id: string;
  text: string;
}

export interface CachedEmbeddingReport {
  total: number;
  computed: number;
  cached: number;
  stored: number;
}

/**
 * Embeds the documents whose text or model changed since their vector was stored, and
 * stores the new vectors; a document whose content hash and model id match is skipped.
 */
export async function embedDocumentsCached(
  store: EmbeddingStore,
  embedder: Embedder,
  documents: readonly DocumentToEmbed[],
  options: { tracker?: EmbeddingJobTracker; onProgress?: (progress: EmbedProgress & { cached: number }) => void } = {},
): Promise<CachedEmbeddingReport> {
  try {
    const hashes = new Map(documents.map((doc) => [doc.id, contentHash(doc.text)]));
    const stored = new Map((await store.states(documents.map((doc) => doc.id))).map((state) => [state.id, state]));
    const stale = documents.filter((doc) => {
      const state = stored.get(doc.id);
      return !(state && state.contentHash === hashes.get(doc.id) && state.embeddingModel === embedder.modelId);
    });
    const cached = documents.length - stale.length;
    const report = (done: number) => {
      options.tracker?.progress(cached + done, cached);
      options.onProgress?.({ done: cached + done, total: documents.length, cached });
    };
    report(0);
    const vectors = await embedder.embedDocuments(
      stale.map((doc) => doc.text),
      ({ done }) => report(done),
    );
    const written = await store.store(
      stale.map((doc, index) => ({
        id: doc.id,
        embedding: vectors[index]!,
        contentHash: hashes.get(doc.id)!,
        embeddingModel: embedder.modelId,
      })),
    );
    options.tracker?.finish();
    return { total: documents.length, computed: stale.length, cached, stored: written };
  } catch (error) {
    options.tracker?.fail(error);
    throw error;
  }
}
