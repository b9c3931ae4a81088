import { ValidationError } from './errors.js';

/** Opaque cursors. Offset cursors ("o:<index>") for ranked results; keyset cursors ("k:<json>") for stable lists. */

const encode = (text: string) => Buffer.from(text).toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');
const invalid = (cursor: string) => ValidationError('after is not a cursor returned by this API', { after: cursor });

export const encodeOffsetCursor = (index: number) => encode(`o:${index}`);

export function decodeOffsetCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(decode(cursor));
  if (!match) throw invalid(cursor);
  return Number(match[1]);
}

/** A position in an ordered list as the values of its sort keys, e.g. [importedAt, id]. */
export const encodeKeysetCursor = (keys: string[]) => encode(`k:${JSON.stringify(keys)}`);

export function decodeKeysetCursor(cursor: string, length: number): string[] {
  const text = decode(cursor);
  if (!text.startsWith('k:')) throw invalid(cursor);
  let keys: unknown;
  try {
    keys = JSON.parse(text.slice(2));
  } catch {
    throw invalid(cursor);
  }
  if (!Array.isArray(keys) || keys.length !== length || !keys.every((k) => typeof k === 'string')) throw invalid(cursor);
  return keys;
}
