import { ValidationError } from './errors.js';

/** Cursor pagination: cursors are opaque (base64url of the last id); ids are UUIDv7, so id order is creation order. */

export interface PageView<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const MAX_PAGE = 100;

export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id)) throw ValidationError('after: not a cursor from this API', { field: 'after' });
  return id;
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw ValidationError(`first: expected 1 to ${MAX_PAGE}`, { field: 'first' });
  return n;
}

export function toPage<T extends { id: string }>(items: T[], hasNextPage: boolean) {
  return { nodes: items, pageInfo: { hasNextPage, endCursor: items.length ? encodeCursor(items.at(-1)!.id) : null } };
}
