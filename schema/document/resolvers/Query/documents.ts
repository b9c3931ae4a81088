import { decodeOffsetCursor, encodeOffsetCursor } from '../../../../server/cursor.js';
import { ValidationError } from '../../../../server/errors.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const documents: NonNullable<QueryResolvers['documents']> = async (_parent, { first, after, query }, ctx) => {
  const limit = first ?? 20;
  if (limit < 0 || limit > 200) throw ValidationError('first must be between 0 and 200', { first: limit });
  const offset = after ? decodeOffsetCursor(after) + 1 : 0;
  const page = await ctx.repos.documents.page({ first: limit, offset, query: query ?? null });
  for (const doc of page.items) ctx.loaders.documentById.prime(doc.id, doc);
  const edges = page.items.map((node, index) => ({ cursor: encodeOffsetCursor(offset + index), node }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: { hasNextPage: offset + page.items.length < page.total, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
};
