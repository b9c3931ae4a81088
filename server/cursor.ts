import { ValidationError } from './errors.js';

/** Opaque cursors for offset pagination: base64url of "o:<index>". */
export const encodeOffsetCursor = (index: number) => Buffer.from(`o:${index}`).toString('base64url');

export function decodeOffsetCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw ValidationError('after is not a cursor returned by this API', { after: cursor });
  return Number(match[1]);
}
