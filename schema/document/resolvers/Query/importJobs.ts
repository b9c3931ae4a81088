import { decodeKeysetCursor, keysetConnection, pageSize } from '../../../../lib/connection.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const importJobs: NonNullable<QueryResolvers['importJobs']> = async (_parent, { first, after }, ctx) => {
  const limit = pageSize(first);
  const position = decodeKeysetCursor(after, 2);
  const [page, total] = await Promise.all([
    ctx.repos.importBatches.list({ first: limit, after: position ? { importedAt: position[0]!, id: position[1]! } : null }),
    ctx.repos.importBatches.count(),
  ]);
  return { ...keysetConnection(page.items, page.hasMore, (job) => [job.importedAt, job.id]), totalCount: total };
};
