import { wholeConnection } from '../../../../lib/connection.js';
import type { QueryResolvers } from '../../../types.generated.js';
import { embeddingService } from '../../embedding-service.js';

export const embeddingJobs: NonNullable<QueryResolvers['embeddingJobs']> = (_parent, _args, ctx) => {
  const jobs = embeddingService(ctx).jobs.list();
  return { ...wholeConnection(jobs), totalCount: jobs.length };
};
