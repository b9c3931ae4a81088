import { decodeOffsetCursor, encodeOffsetCursor } from '../../../../lib/cursor.js';
import { searchDocuments as search } from '../../../../services/document/search.js';
import { embeddingDocumentSearch } from '../../../../services/document/semantic-search.js';
import { documentFilter, pageSize } from '../../filter.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const searchDocuments: NonNullable<QueryResolvers['searchDocuments']> = async (
  _parent,
  { query, mode, first, after, filter },
  ctx,
) => {
  const limit = pageSize(first);
  const offset = after ? decodeOffsetCursor(after) + 1 : 0;
  const searchMode = mode ?? 'FULLTEXT';
  const { embedding } = ctx.services;
  const semantic = embedding ? embeddingDocumentSearch(embedding, ctx.repos.documents) : undefined;
  const result = await search(
    ctx.repos.documents,
    { query, mode: searchMode, first: limit, offset, filter: documentFilter(filter) },
    semantic,
  );
  for (const hit of result.hits) ctx.loaders.documentById.prime(hit.doc.id, hit.doc);
  const edges = result.hits.map((hit, index) => ({ cursor: encodeOffsetCursor(offset + index), score: hit.score, node: hit.doc }));
  return {
    query,
    mode: searchMode,
    edges,
    totalCount: result.total,
    pageInfo: { hasNextPage: offset + edges.length < result.total, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
};
