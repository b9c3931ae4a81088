import { clientOf } from '../../../client.js';
import { offsetAfter, offsetConnection, pageSize } from '../../../../lib/connection.js';
import { searchDocuments as search } from '../../../../services/document/search.js';
import { embeddingDocumentSearch } from '../../../../services/document/semantic-search.js';
import { documentFilter } from '../../filter.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const searchDocuments: NonNullable<QueryResolvers['searchDocuments']> = async (
  _parent,
  { query, mode, first, after, filter },
  ctx,
) => {
  const limit = pageSize(first);
  const offset = offsetAfter(after);
  const searchMode = mode ?? 'FULLTEXT';
  const { embedding } = ctx.services;
  const semantic = embedding ? embeddingDocumentSearch(embedding, ctx.repos.documents, Date.now, clientOf(ctx)) : undefined;
  const result = await search(
    ctx.repos.documents,
    { query, mode: searchMode, first: limit, offset, filter: documentFilter(filter) },
    semantic,
  );
  for (const hit of result.hits) ctx.loaders.documentById.prime(hit.doc.id, hit.doc);
  const page = offsetConnection(result.hits, offset, offset + result.hits.length < result.total);
  const edges = page.edges.map(({ node: hit, cursor }) => ({ cursor, score: hit.score, node: hit.doc }));
  return { query, mode: searchMode, edges, pageInfo: page.pageInfo, totalCount: result.total };
};
