import { ValidationError } from './errors.js';

/**
 * The one shape of every list in the API (Relay connections): `edges { node cursor }`,
 * `pageInfo { hasNextPage endCursor }`, and `totalCount` where it is cheap. One cursor codec
 * and one page-size rule go with it.
 *
 * Cursors are opaque to clients: base64url of `o:<index>` (an offset, for ranked results such
 * as search hits) or `k:<json>` (the sort keys of the last item, for stable lists such as
 * policies by publication date). A cursor this API did not hand out is refused with
 * VALIDATION naming `after`.
 */

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** The one page-size rule: `first` is 1 to 100, 20 when not given; anything else is refused. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

export function pageSize(first: number | null | undefined, fallback: number = PAGE_SIZE.default): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > PAGE_SIZE.max) {
    throw ValidationError(`first: expected 1 to ${PAGE_SIZE.max}`, { field: 'first', max: PAGE_SIZE.max });
  }
  return n;
}

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');
const invalid = (cursor: string) => ValidationError('after is not a cursor returned by this API', { field: 'after', after: cursor });

export const offsetCursor = (index: number) => encode(`o:${index}`);

/** The index of the item `after` points at, or null without a cursor. */
export function decodeOffsetCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^o:(\d{1,9})$/.exec(decode(cursor));
  if (!match) throw invalid(cursor);
  return Number(match[1]);
}

/** A position in an ordered list as the values of its sort keys, e.g. [publishedDate, id]. */
export const keysetCursor = (keys: readonly string[]) => encode(`k:${JSON.stringify(keys)}`);

/** The sort keys `after` points at (exactly `length` strings), or null without a cursor. */
export function decodeKeysetCursor(cursor: string | null | undefined, length: number): string[] | null {
  if (!cursor) return null;
  const text = decode(cursor);
  if (!text.startsWith('k:')) throw invalid(cursor);
  let keys: unknown;
  try {
    keys = JSON.parse(text.slice(2));
  } catch {
    throw invalid(cursor);
  }
  if (!Array.isArray(keys) || keys.length !== length || !keys.every((k): k is string => typeof k === 'string')) throw invalid(cursor);
  return keys;
}

/**
 * A connection over one page of a keyset-ordered list: `items` is the page (fetch `first + 1`
 * and pass the extra item's presence as `hasNextPage`), `keysOf` gives an item's sort keys.
 */
export function keysetConnection<T>(
  items: readonly T[],
  hasNextPage: boolean,
  keysOf: (item: T) => readonly string[],
  totalCount?: number,
): Connection<T> {
  const edges = items.map((node) => ({ node, cursor: keysetCursor(keysOf(node)) }));
  return withTotal({ edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } }, totalCount);
}

/** A connection over one page of a ranked list that starts at `offset` (0 for the first page). */
export function offsetConnection<T>(items: readonly T[], offset: number, hasNextPage: boolean, totalCount?: number): Connection<T> {
  const edges = items.map((node, index) => ({ node, cursor: offsetCursor(offset + index) }));
  return withTotal({ edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } }, totalCount);
}

/** The offset the page after `after` starts at. */
export const offsetAfter = (after: string | null | undefined): number => {
  const index = decodeOffsetCursor(after);
  return index === null ? 0 : index + 1;
};

/** A connection over a whole, already bounded list (e.g. the runs a registry keeps): one page, no next. */
export const wholeConnection = <T>(items: readonly T[]): Connection<T> => offsetConnection(items, 0, false, items.length);

const withTotal = <T>(connection: Connection<T>, totalCount: number | undefined): Connection<T> =>
  totalCount === undefined ? connection : { ...connection, totalCount };
