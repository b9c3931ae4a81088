import type { DocumentRepository } from '../../graph/repositories/document/documents.js';
import type { DocumentFilter, DocumentRecord } from '../../domain/document/types.js';
import { reciprocalRankFusion, RRF_K } from '../../topics/search/fusion.js';
import { AppError } from '../../lib/errors.js';

/**
 * Document search. Today: full text over the cjk index. The seam for the embeddings work:
 * a `SemanticDocumentSearch` (query → embedding with the query instruction prefix → the
 * `document_embedding` vector index) passed in as `semantic`; HYBRID then fuses both rankings
 * by reciprocal rank fusion (`fuseRankings`). Without one, SEMANTIC and HYBRID are refused.
 */

export type DocumentSearchMode = 'FULLTEXT' | 'SEMANTIC' | 'HYBRID';

export interface DocumentSearchHit {
  doc: DocumentRecord;
  /** FULLTEXT: Lucene score; SEMANTIC: cosine similarity; HYBRID: fused RRF score. */
  score: number;
}

export interface DocumentSearchRequest {
  query: string;
  mode: DocumentSearchMode;
  first: number;
  offset: number;
  filter?: DocumentFilter;
}

export interface DocumentSearchResult {
  hits: DocumentSearchHit[];
  /** How many documents match in all (for HYBRID: how many either ranking returned). */
  total: number;
}

/** What the embeddings branch provides: nearest documents to a query, best first. */
export interface SemanticDocumentSearch {
  nearest(query: string, limit: number, filter?: DocumentFilter): Promise<DocumentSearchHit[]>;
}

export class SemanticSearchUnavailable extends AppError {
  constructor(mode: DocumentSearchMode) {
    super('UNAVAILABLE', `${mode} search needs document embeddings, which this service does not have yet; use FULLTEXT`);
  }
}

export class InvalidSearchQuery extends AppError {
  constructor(message: string, query: string) {
    super('VALIDATION', message, { query });
  }
}

/** Longer queries would expand (cjk bigrams) past Lucene's clause limit; nobody types more. */
export const MAX_QUERY_LENGTH = 200;

/** How deep each ranking is read before fusion. */
export const FUSION_DEPTH = 200;
export { RRF_K };

/** Reciprocal rank fusion of document rankings (see `reciprocalRankFusion`). */
export function fuseRankings(rankings: DocumentSearchHit[][], k = RRF_K): DocumentSearchHit[] {
  return reciprocalRankFusion(rankings, (hit) => hit.doc.id, k).map(({ item, score }) => ({ doc: item.doc, score }));
}

export async function searchDocuments(
  documents: DocumentRepository,
  request: DocumentSearchRequest,
  semantic?: SemanticDocumentSearch,
): Promise<DocumentSearchResult> {
  const query = request.query.trim();
  if (!/[\p{L}\p{N}]/u.test(query))
    throw new InvalidSearchQuery('query must contain at least one letter, digit or Chinese character', query);
  if (query.length > MAX_QUERY_LENGTH) throw new InvalidSearchQuery(`query must be at most ${MAX_QUERY_LENGTH} characters`, query);
  if (request.mode === 'FULLTEXT') {
    const page = await documents.fullTextSearch({ query, first: request.first, offset: request.offset, filter: request.filter ?? {} });
    return { hits: page.items, total: page.total };
  }
  if (!semantic) throw new SemanticSearchUnavailable(request.mode);
  const depth = Math.max(FUSION_DEPTH, request.offset + request.first);
  const nearest = await semantic.nearest(query, depth, request.filter);
  if (request.mode === 'SEMANTIC') {
    return { hits: nearest.slice(request.offset, request.offset + request.first), total: nearest.length };
  }
  const text = await documents.fullTextSearch({ query, first: depth, offset: 0, filter: request.filter ?? {} });
  const fused = fuseRankings([text.items, nearest]);
  return { hits: fused.slice(request.offset, request.offset + request.first), total: fused.length };
}
