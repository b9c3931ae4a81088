import type { EmbeddingJobConnectionResolvers } from '../../types.generated.js';

export const EmbeddingJobConnection: EmbeddingJobConnectionResolvers = {};
