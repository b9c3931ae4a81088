import { decodeKeysetCursor, encodeKeysetCursor } from '../../../../lib/cursor.js';
import { documentFilter, pageSize } from '../../filter.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const documents: NonNullable<QueryResolvers['documents']> = async (_parent, { first, after, filter }, ctx) => {
  const limit = pageSize(first);
  const restriction = documentFilter(filter);
  const position = after ? decodeKeysetCursor(after, 2) : null;
  const [page, total] = await Promise.all([
    ctx.repos.documents.list({
      first: limit,
      after: position ? { importedAt: position[0]!, id: position[1]! } : null,
      filter: restriction,
    }),
    ctx.repos.documents.countMatching(restriction),
  ]);
  for (const doc of page.items) ctx.loaders.documentById.prime(doc.id, doc);
  const edges = page.items.map((node) => ({ cursor: encodeKeysetCursor([node.importedAt, node.id]), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: { hasNextPage: page.hasMore, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
};
