import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../tests/support/graph.js';
import { isAppError } from '../lib/errors.js';
import type { Graph } from './driver.js';

/** What a request sees when Neo4j answers too slowly: a clear UNAVAILABLE, and no outage declared. */
describe('Graph under a slow answer', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(() => graph.close());

  it('turns a transaction Neo4j ended at its timeout into UNAVAILABLE, keeping the circuit closed', async () => {
    const error = await graph
      .readTx((tx) => tx.run('UNWIND range(1, 200000000) AS x RETURN sum(x) AS total'), { timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
    expect((error as Error).message).toMatch(/too busy to answer in time/);
    expect(graph.circuitState).toBe('closed');
    expect(await graph.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
