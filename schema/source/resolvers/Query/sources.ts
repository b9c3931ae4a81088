import { pageSize } from '../../../../lib/connection.js';
import { sourceAfter, sourceConnection } from '../../pages.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const sources: NonNullable<QueryResolvers['sources']> = async (_parent, { enabled, first, after }, ctx) => {
  const filter = { enabled: enabled ?? null };
  const size = pageSize(first);
  const [page, total] = await Promise.all([ctx.repos.sources.page(filter, size, sourceAfter(after)), ctx.repos.sources.count(filter)]);
  for (const source of page.items) ctx.loaders.sourceById.prime(source.id, source);
  return sourceConnection(page.items, page.hasNextPage, total);
};
