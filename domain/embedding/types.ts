/**
 * The embedding properties of `Document` nodes, and nothing else: `embedding` (512 floats,
 * under the `document_embedding` vector index), `embeddingModel` and `contentHash`.
 * Documents themselves are created by the document repository; this one never creates them.
 * `contentHash` is the SHA-256 of the exact text embedded, so with `embeddingModel` it keys
 * the cache; `embeddingModel` is only ever set together with `embedding`.
 */

export interface EmbeddingState {
  id: string;
  contentHash: string | null;
  embeddingModel: string | null;
}

export interface EmbeddingWrite {
  id: string;
  embedding: Float32Array | number[];
  contentHash: string;
  embeddingModel: string;
}

export interface StoredEmbedding {
  id: string;
  embedding: number[];
  embeddingModel: string;
}

export interface NearestDocument {
  id: string;
  title: string;
  score: number;
}

/** The fields a Document's embedded text is made of. */
export interface EmbeddingSource {
  id: string;
  title: string;
  abstract: string | null;
  keywords: string[];
}
