import { decodeKeysetCursor, keysetConnection, pageSize } from '../../../../lib/connection.js';
import { documentFilter } from '../../filter.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const documents: NonNullable<QueryResolvers['documents']> = async (_parent, { first, after, filter }, ctx) => {
  const limit = pageSize(first);
  const restriction = documentFilter(filter);
  const position = decodeKeysetCursor(after, 2);
  const [page, total] = await Promise.all([
    ctx.repos.documents.list({
      first: limit,
      after: position ? { importedAt: position[0]!, id: position[1]! } : null,
      filter: restriction,
    }),
    ctx.repos.documents.countMatching(restriction),
  ]);
  for (const doc of page.items) ctx.loaders.documentById.prime(doc.id, doc);
  return { ...keysetConnection(page.items, page.hasMore, (doc) => [doc.importedAt, doc.id]), totalCount: total };
};
