import type { DocumentRepository } from '../../graph/repositories/document.js';
import type { EmbeddingService } from '../embedding/service.js';
import type { SemanticDocumentSearch } from './documents.js';

/**
 * Semantic document search on the embedding service: the nearest documents by the vector
 * index, then restricted to those that pass the filter (so a filter narrows the `limit`
 * nearest rather than searching further).
 */
export function embeddingDocumentSearch(embedding: EmbeddingService, documents: DocumentRepository): SemanticDocumentSearch {
  return {
    async nearest(query, limit, filter) {
      const hits = await embedding.search(query, limit);
      const score = new Map(hits.map((hit) => [hit.documentId, hit.score]));
      const docs = await documents.matching(
        hits.map((hit) => hit.documentId),
        filter,
      );
      return docs.map((doc) => ({ doc, score: score.get(doc.id)! }));
    },
  };
}
