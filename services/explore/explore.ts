import { plainTextQuery } from '../../lib/fulltext.js';
import { SEARCH_KINDS, type SearchKind, type SearchRecord } from '../../domain/explore/types.js';
import { reciprocalRankFusion } from '../../topics/search/fusion.js';
import type { DocumentSearchHit, SemanticDocumentSearch } from '../document/search.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { ValidationError } from '../../lib/errors.js';
import { offsetAfter, offsetConnection, type Connection } from '../../lib/connection.js';

/** Exploration: capped neighbourhoods, shortest paths and one search across the curated entities. */

const LIMITS = { maxHops: 3, maxNodes: 200, maxPathHops: 6, maxPaths: 5, maxSearch: 50, maxQueryLength: 200 };

function within(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw ValidationError(`${name}: expected ${min} to ${max}`, { field: name });
  return value;
}

export async function neighbourhood(repos: Repositories, id: string, hops: number, limit: number) {
  within('hops', hops, 1, LIMITS.maxHops);
  within('limit', limit, 1, LIMITS.maxNodes);
  // One more than asked tells whether the limit cut the neighbourhood short.
  const found = await repos.explore.neighbourhood(id, hops, limit + 1);
  if (!found) return null;
  const truncated = found.nodes.length > limit;
  const nodes = found.nodes.slice(0, limit);
  const keys = new Set(nodes.map((n) => n.key));
  return { nodes, edges: found.edges.filter((e) => keys.has(e.from) && keys.has(e.to)), truncated };
}

export async function paths(repos: Repositories, from: string, to: string, maxHops: number) {
  within('maxHops', maxHops, 1, LIMITS.maxPathHops);
  const [fromKind, toKind] = await Promise.all([repos.explore.kindOf(from), repos.explore.kindOf(to)]);
  if (!fromKind || !toKind || from === to) return [];
  return repos.explore.paths({ kind: fromKind, key: from }, { kind: toKind, key: to }, maxHops, LIMITS.maxPaths);
}

const MAX_SEARCH_OFFSET = 500;

type SearchMode = 'FULLTEXT' | 'HYBRID';

/** How many full-text hits (all kinds) and nearest documents are fused in HYBRID mode. */
const FUSION_DEPTH = MAX_SEARCH_OFFSET + LIMITS.maxSearch + 1;
/**
 * Nearest documents below this score are left out. The vector index scores (1 + cosine) / 2;
 * with bge-small-zh and its query instruction, documents on the query's subject in other
 * words have a cosine of about 0.4 and up, unrelated ones below 0.3 (measured on the
 * fixtures of tests/search-fusion.test.ts), so the cut is at cosine 0.35.
 */
const MIN_SEMANTIC_SIMILARITY = (1 + 0.35) / 2;

/**
 * One search across kinds, paged by an opaque offset cursor (scores have no stable order
 * key; the offset is capped so deep pages stay cheap). With a semantic document search and
 * documents among the kinds, the cjk full-text ranking is fused with the nearest documents
 * by meaning (reciprocal rank fusion, as `searchDocuments` HYBRID); without one, or when the
 * model or embeddings are missing, it stays full text and `notice` says why.
 */
export async function search(
  repos: Repositories,
  query: string,
  kinds: readonly SearchKind[] | null,
  first: number,
  after: string | null,
  includeDeleted: boolean,
  semantic?: SemanticDocumentSearch,
): Promise<Connection<SearchRecord> & { mode: SearchMode; notice: string | null }> {
  within('first', first, 1, LIMITS.maxSearch);
  const text = query.trim();
  if (text.length === 0) throw ValidationError('query: say what to look for', { field: 'query' });
  if (text.length > LIMITS.maxQueryLength) throw ValidationError(`query: at most ${LIMITS.maxQueryLength} characters`, { field: 'query' });
  const offset = offsetAfter(after);
  if (offset > MAX_SEARCH_OFFSET) throw ValidationError('after: not a cursor from this search', { field: 'after' });
  const searched = kinds?.length ? kinds : SEARCH_KINDS;
  const wantsDocuments = searched.includes('Document');
  let mode: SearchMode = 'FULLTEXT';
  let notice: string | null = null;
  let nearest: DocumentSearchHit[] = [];
  if (!wantsDocuments) {
    // Only documents have embeddings: nothing to fuse.
  } else if (!semantic) {
    notice = 'full text only: this service runs without the embedding model';
  } else {
    try {
      const found = await semantic.nearest(text, LIMITS.maxSearch);
      if (found.length === 0) notice = 'full text only: no document has an embedding yet (run hechuang embed)';
      else mode = 'HYBRID';
      nearest = found.filter((hit) => hit.score >= MIN_SEMANTIC_SIMILARITY);
    } catch (error) {
      notice = `full text only: the embedding model is unavailable (${(error as Error).message.split('\n')[0]})`;
    }
  }
  const depth = mode === 'HYBRID' ? FUSION_DEPTH : offset + first + 1;
  let hits = await repos.explore.search(plainTextQuery(text), searched, depth, includeDeleted);
  if (mode === 'HYBRID') {
    const byMeaning: SearchRecord[] = nearest.map((hit) => ({
      kind: 'Document',
      score: hit.score,
      node: { key: hit.doc.id, kind: 'Document', label: hit.doc.title },
    }));
    hits = reciprocalRankFusion([hits, byMeaning], (hit) => `${hit.kind}:${hit.node.key}`).map(({ item, score }) => ({ ...item, score }));
  }
  const hasNextPage = hits.length > offset + first && offset + first < MAX_SEARCH_OFFSET;
  return { ...offsetConnection(hits.slice(offset, offset + first), offset, hasNextPage), mode, notice };
}
