import { pageSize } from '../../../../lib/connection.js';
import { runAfter, runConnection } from '../../pages.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const crawlRuns: NonNullable<QueryResolvers['crawlRuns']> = async (_parent, { source, first, after }, ctx) => {
  const page = await ctx.repos.crawlRuns.page({ sourceId: source ?? null }, pageSize(first), runAfter(after));
  return runConnection(page.items, page.hasNextPage);
};
