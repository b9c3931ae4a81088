import type { DocumentRepository } from '../../graph/repositories/document/documents.js';
import type { EmbeddingService } from '../embedding/service.js';
import { ModelChecksumError, ModelUnavailableError } from '../../topics/model/errors.js';
import type { SemanticDocumentSearch } from './search.js';

/** After the model could not be provisioned, searches fail at once for this long instead of trying the model sources again. */
export const MODEL_RETRY_AFTER_MS = 5 * 60 * 1000;
const lastFailure = new WeakMap<EmbeddingService, { error: unknown; at: number }>();

/**
 * Semantic document search on the embedding service: the nearest documents by the vector
 * index, then restricted to those that pass the filter (so a filter narrows the `limit`
 * nearest rather than searching further).
 */
export function embeddingDocumentSearch(
  embedding: EmbeddingService,
  documents: DocumentRepository,
  now: () => number = Date.now,
  /** Who asks (an account or an IP), for the embedding queue's fair shares. */
  client?: string,
): SemanticDocumentSearch {
  return {
    async nearest(query, limit, filter) {
      const failed = lastFailure.get(embedding);
      if (failed && now() - failed.at < MODEL_RETRY_AFTER_MS) throw failed.error;
      let hits;
      try {
        hits = await embedding.search(query, limit, client);
      } catch (error) {
        if (error instanceof ModelUnavailableError || error instanceof ModelChecksumError) lastFailure.set(embedding, { error, at: now() });
        throw error;
      }
      lastFailure.delete(embedding);
      const score = new Map(hits.map((hit) => [hit.documentId, hit.score]));
      const docs = await documents.matching(
        hits.map((hit) => hit.documentId),
        filter,
      );
      return docs.map((doc) => ({ doc, score: score.get(doc.id)! }));
    },
  };
}
