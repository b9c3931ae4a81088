import type { EmbeddingJobEdgeResolvers } from '../../types.generated.js';

export const EmbeddingJobEdge: EmbeddingJobEdgeResolvers = {};
