import type { EmbeddingJobResolvers } from '../../types.generated.js';

export const EmbeddingJob: EmbeddingJobResolvers = {};
