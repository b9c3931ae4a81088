import type { DocumentFilter } from '../../domain/document/types.js';
import { decodeKeysetCursor, keysetConnection, offsetAfter, offsetConnection, pageSize } from '../../lib/connection.js';
import { searchDocuments } from '../../services/document/search.js';
import { embeddingDocumentSearch } from '../../services/document/semantic-search.js';
import type { RequestContext } from '../context.js';
import { clientOf } from '../client.js';
import type { DocumentSearchMode, InputMaybe } from '../types.generated.js';

interface Page {
  first?: InputMaybe<number>;
  after?: InputMaybe<string>;
}

/** A page of documents newest import first, with how many match (`documents`, and inside an industry's library). */
export async function documentConnection(ctx: RequestContext, { first, after }: Page, restriction: DocumentFilter) {
  const limit = pageSize(first);
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
}

/** A page of a document search, best first (`searchDocuments`, and inside an industry's library). */
export async function documentSearchResult(
  ctx: RequestContext,
  { query, mode, first, after }: Page & { query: string; mode?: InputMaybe<DocumentSearchMode> },
  restriction: DocumentFilter,
) {
  const limit = pageSize(first);
  const offset = offsetAfter(after);
  const searchMode = mode ?? 'FULLTEXT';
  const { embedding } = ctx.services;
  const semantic = embedding ? embeddingDocumentSearch(embedding, ctx.repos.documents, Date.now, clientOf(ctx)) : undefined;
  const result = await searchDocuments(
    ctx.repos.documents,
    { query, mode: searchMode, first: limit, offset, filter: restriction },
    semantic,
  );
  for (const hit of result.hits) ctx.loaders.documentById.prime(hit.doc.id, hit.doc);
  const page = offsetConnection(result.hits, offset, offset + result.hits.length < result.total);
  const edges = page.edges.map(({ node: hit, cursor }) => ({ cursor, score: hit.score, node: hit.doc }));
  return { query, mode: searchMode, edges, pageInfo: page.pageInfo, totalCount: result.total };
}
