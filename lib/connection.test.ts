import { describe, expect, it } from 'vitest';
import { isAppError } from './errors.js';
import {
  decodeKeysetCursor,
  decodeOffsetCursor,
  keysetConnection,
  offsetAfter,
  offsetConnection,
  pageSize,
  PAGE_SIZE,
} from './connection.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('pageSize', () => {
  it('takes 1 to 100 and defaults to 20', () => {
    expect(pageSize(undefined)).toBe(PAGE_SIZE.default);
    expect(pageSize(null, 50)).toBe(50);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it('refuses anything else with VALIDATION naming first', () => {
    for (const first of [0, -1, 101, 2.5])
      expect(refusal(() => pageSize(first))).toMatchObject({ code: 'VALIDATION', details: { field: 'first' } });
  });
});

describe('cursors', () => {
  it('round-trips keyset and offset positions through the connection helpers', () => {
    const keyed = keysetConnection([{ d: '2024-01-02', id: 'b' }], true, (p) => [p.d, p.id]);
    expect(keyed.pageInfo).toEqual({ hasNextPage: true, endCursor: keyed.edges[0]!.cursor });
    expect(decodeKeysetCursor(keyed.pageInfo.endCursor, 2)).toEqual(['2024-01-02', 'b']);
    const ranked = offsetConnection(['x', 'y'], 40, false, 42);
    expect(ranked.totalCount).toBe(42);
    expect(decodeOffsetCursor(ranked.pageInfo.endCursor)).toBe(41);
    expect(offsetAfter(ranked.pageInfo.endCursor)).toBe(42);
    expect(offsetAfter(null)).toBe(0);
  });

  it('an empty page has no end cursor', () => {
    expect(offsetConnection([], 0, false).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('refuses a cursor it did not hand out, or one of the other kind', () => {
    const offset = offsetConnection(['x'], 0, false).pageInfo.endCursor!;
    const keyset = keysetConnection(['x'], false, (x) => [x]).pageInfo.endCursor!;
    expect(refusal(() => decodeKeysetCursor(offset, 1))).toMatchObject({ code: 'VALIDATION', details: { field: 'after' } });
    expect(refusal(() => decodeOffsetCursor(keyset))).toMatchObject({ code: 'VALIDATION' });
    expect(refusal(() => decodeKeysetCursor(keyset, 2))).toMatchObject({ code: 'VALIDATION' });
    expect(refusal(() => decodeOffsetCursor('not-a-cursor'))).toMatchObject({ code: 'VALIDATION' });
  });
});
