import { SEARCH_KINDS, type SearchKind } from '../../graph/repositories/curation.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { ValidationError } from '../errors.js';

/** Exploration: capped neighbourhoods, shortest paths and one search across the curated entities. */

export const LIMITS = { maxHops: 3, maxNodes: 200, maxPathHops: 6, maxPaths: 5, maxSearch: 50, maxQueryLength: 200 };

function within(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw ValidationError(`${name}: expected ${min} to ${max}`, { field: name });
  return value;
}

export async function neighbourhood(repos: Repositories, id: string, hops: number, limit: number) {
  within('hops', hops, 1, LIMITS.maxHops);
  within('limit', limit, 1, LIMITS.maxNodes);
  const kind = await repos.curation.kindOf(id);
  if (!kind) return null;
  // One more than asked tells whether the limit cut the neighbourhood short.
  const found = await repos.curation.neighbourhood({ kind, key: id }, hops, limit + 1);
  if (!found) return null;
  const truncated = found.nodes.length > limit;
  const nodes = found.nodes.slice(0, limit);
  const keys = new Set(nodes.map((n) => n.key));
  return { nodes, edges: found.edges.filter((e) => keys.has(e.from) && keys.has(e.to)), truncated };
}

export async function paths(repos: Repositories, from: string, to: string, maxHops: number) {
  within('maxHops', maxHops, 1, LIMITS.maxPathHops);
  const [fromKind, toKind] = await Promise.all([repos.curation.kindOf(from), repos.curation.kindOf(to)]);
  if (!fromKind || !toKind || from === to) return [];
  return repos.curation.paths({ kind: fromKind, key: from }, { kind: toKind, key: to }, maxHops, LIMITS.maxPaths);
}

/** Lucene syntax in a visitor's words is escaped: the query is always plain text. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`).replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

export const MAX_SEARCH_OFFSET = 500;

/**
 * One search across kinds, paged by an opaque offset cursor (scores have no stable order
 * key; the offset is capped so deep pages stay cheap).
 */
export async function search(
  repos: Repositories,
  query: string,
  kinds: readonly SearchKind[] | null,
  first: number,
  after: string | null,
  includeDeleted: boolean,
) {
  within('first', first, 1, LIMITS.maxSearch);
  const text = query.trim();
  if (text.length === 0) throw ValidationError('query: say what to look for', { field: 'query' });
  if (text.length > LIMITS.maxQueryLength) throw ValidationError(`query: at most ${LIMITS.maxQueryLength} characters`, { field: 'query' });
  const offset = decodeOffset(after);
  const hits = await repos.curation.search(escapeLucene(text), kinds?.length ? kinds : SEARCH_KINDS, offset + first + 1, includeDeleted);
  const page = hits.slice(offset, offset + first);
  const hasNextPage = hits.length > offset + first && offset + first < MAX_SEARCH_OFFSET;
  return { hits: page, pageInfo: { hasNextPage, endCursor: page.length ? encodeOffset(offset + page.length) : null } };
}

const encodeOffset = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

function decodeOffset(cursor: string | null): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,4})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset >= 0 && offset <= MAX_SEARCH_OFFSET)) throw ValidationError('after: not a cursor from this search', { field: 'after' });
  return offset;
}
