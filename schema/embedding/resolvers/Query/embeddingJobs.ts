import type { QueryResolvers } from '../../../types.generated.js';
import { embeddingService } from '../../embedding-service.js';

export const embeddingJobs: NonNullable<QueryResolvers['embeddingJobs']> = (_parent, _args, ctx) => embeddingService(ctx).jobs.list();
