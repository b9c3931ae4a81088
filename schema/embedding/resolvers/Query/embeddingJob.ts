import type { QueryResolvers } from '../../../types.generated.js';
import { embeddingService } from '../../embedding-service.js';

export const embeddingJob: NonNullable<QueryResolvers['embeddingJob']> = (_parent, { id }, ctx) => embeddingService(ctx).jobs.get(id);
