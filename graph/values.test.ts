import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../tests/support/graph.js';
import type { Graph } from './driver.js';
import { alignByKey, int } from './values.js';

describe('values from Neo4j', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(() => graph.close());

  it('turn Integers into exact numbers, and into bigints beyond 2^53', async () => {
    const [row] = await graph.read('RETURN 42 AS small, 9007199254740993 AS big, -9223372036854775808 AS min');
    expect(row).toEqual({ small: 42, big: 9007199254740993n, min: -9223372036854775808n });
  });

  it('send whole numbers as INTEGER when wrapped with int(), and plain numbers as FLOAT', async () => {
    const [row] = await graph.read('RETURN valueType($a) AS wrapped, valueType($b) AS plain', { a: int(2023), b: 2023 });
    expect(row).toEqual({ wrapped: 'INTEGER NOT NULL', plain: 'FLOAT NOT NULL' });
  });

  it('turn temporal values into ISO strings and nested maps and lists into plain objects', async () => {
    const [row] = await graph.read("RETURN date('2026-11-25') AS day, {n: [1, 2], s: '禾城'} AS nested");
    expect(row).toEqual({ day: '2026-11-25', nested: { n: [1, 2], s: '禾城' } });
  });
});

describe('alignByKey', () => {
  it('answers one entry per key in the keys’ order, null where no row matched, repeats included', () => {
    const rows = [
      ['b', 2],
      ['a', 1],
    ] as const;
    expect(alignByKey(['a', 'x', 'b', 'a'], rows)).toEqual([1, null, 2, 1]);
    expect(alignByKey([], rows)).toEqual([]);
  });
});
