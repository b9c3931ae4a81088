import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph, testNeo4j } from '../tests/support/graph.js';
import { isAppError } from '../lib/errors.js';
import { Graph } from './driver.js';

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

/** A pool of one connection that a long transaction holds: the next query waits, is refused as busy, and no outage is declared. */
describe('Graph with a full connection pool', () => {
  let graph: Graph;
  const circuit: string[] = [];
  beforeAll(() => {
    const { uri, user, password } = testNeo4j();
    graph = Graph.connect(uri, user, password, {
      txTimeoutMs: 30_000,
      maxPoolSize: 1,
      acquisitionTimeoutMs: 200,
      onCircuitChange: (state) => circuit.push(state),
    });
  });
  afterAll(() => graph.close());

  it('answers UNAVAILABLE (busy, retry) for a pool wait past its timeout, leaving the circuit closed', async () => {
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const long = graph.writeTx(async (tx) => {
      await tx.run('RETURN 1 AS one');
      holding();
      await released;
    });
    await held;

    const errors = await Promise.all(
      [graph.read('RETURN 2 AS two'), graph.write('RETURN 3 AS three')].map((p) => p.catch((e: unknown) => e)),
    );
    release();
    await long;
    for (const error of errors) {
      expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
      expect(isAppError(error) && error.details).toMatchObject({ reason: 'GRAPH_BUSY', retryAfterSeconds: 2 });
      expect((error as Error).message).toMatch(/service is busy: every connection to the graph database is in use/);
    }
    expect(graph.circuitState).toBe('closed');
    expect(circuit).toEqual([]);
    expect(await graph.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});

/**
 * Whoever knows the server is away (the JVM's supervisor) holds the circuit open; probe queries on the
 * database then decide. A control graph on the same Neo4j, released at once, shows how many probe
 * periods went by.
 */
describe('Graph circuit held open and probed', () => {
  const connect = (options: { database?: string; probeSuccesses?: number }, changes: string[] = []) => {
    const { uri, user, password } = testNeo4j();
    return Graph.connect(uri, user, password, {
      txTimeoutMs: 30_000,
      probeMs: 20,
      ...options,
      onCircuitChange: (state) => changes.push(state),
    });
  };

  it('refuses every query while held, though Neo4j answers, and closes after its probe queries succeed', async () => {
    const changes: string[] = [];
    const held = connect({}, changes);
    const control = connect({ probeSuccesses: 3 });
    try {
      held.holdCircuit('restarting');
      const refused = await held.read('RETURN 1 AS one').catch((e: unknown) => e);
      expect(isAppError(refused) && refused.code).toBe('UNAVAILABLE');
      expect(isAppError(refused) && refused.details).toMatchObject({ reason: 'GRAPH_DOWN' });
      control.holdCircuit('test');
      control.releaseCircuit('test');
      await expect.poll(() => control.circuitState, { timeout: 10_000, interval: 10 }).toBe('closed');
      // Three probe periods and more: still open, the probes wait for the release.
      expect(held.circuitState).toBe('open');
      held.releaseCircuit('restarting');
      await expect.poll(() => held.circuitState, { timeout: 10_000, interval: 10 }).toBe('closed');
      expect(changes).toEqual(['open', 'closed']);
      expect(await held.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await Promise.all([held.close(), control.close()]);
    }
  });

  it('stays open while its probe query fails on the database, though Bolt answers the handshake', async () => {
    // One answer would do for this graph, three for the control: a probe that only shook hands would close it first.
    const missing = connect({ database: 'hechuang-missing', probeSuccesses: 1 });
    const control = connect({ probeSuccesses: 3 });
    try {
      for (const graph of [missing, control]) {
        graph.holdCircuit('test');
        graph.releaseCircuit('test');
      }
      await expect.poll(() => control.circuitState, { timeout: 10_000, interval: 10 }).toBe('closed');
      expect(missing.circuitState).toBe('open');
    } finally {
      await Promise.all([missing.close(), control.close()]);
    }
  });
});

/**
 * What a command sees when two transactions deadlock for real (each holds one node and wants the
 * other's, as till sales on one fund did under a burst): the victim is run again and both commit;
 * once the retry time is spent, a clear UNAVAILABLE (a store gets 503 and may retry), never the raw error.
 */
describe('Graph under a deadlock', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(() => graph.close());

  /** Two transactions lock `a` and `b` in opposite orders; on their first attempt each waits until the other holds its first node. */
  async function crossedWrites(on: Graph): Promise<{ outcomes: PromiseSettledResult<unknown>[]; attempts: number }> {
    const [a, b] = [`dl-${crypto.randomUUID()}`, `dl-${crypto.randomUUID()}`];
    await on.write('CREATE (:DeadlockProbe {id: $a, n: 0}), (:DeadlockProbe {id: $b, n: 0})', { a, b });
    let attempts = 0;
    let holding = 0;
    let bothHold: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => (bothHold = resolve));
    const lockThen = (first: string, second: string) =>
      on.writeTx(async (tx) => {
        attempts += 1;
        const firstAttempt = attempts <= 2;
        await tx.run('MATCH (p:DeadlockProbe {id: $id}) SET p.n = p.n + 1', { id: first });
        if (firstAttempt && (holding += 1) === 2) bothHold();
        if (firstAttempt) await barrier;
        await tx.run('MATCH (p:DeadlockProbe {id: $id}) SET p.n = p.n + 1', { id: second });
      });
    const outcomes = await Promise.allSettled([lockThen(a, b), lockThen(b, a)]);
    return { outcomes, attempts };
  }

  it('runs the victim again: both commit, each once', async () => {
    const before = graph.stats.retries ?? 0;
    const { outcomes, attempts } = await crossedWrites(graph);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(attempts).toBe(3);
    expect((graph.stats.retries ?? 0) - before).toBe(1);
    const [row] = await graph.read<{ n: number }>("MATCH (p:DeadlockProbe) WHERE p.id STARTS WITH 'dl-' RETURN max(p.n) AS n");
    expect(row?.n).toBeGreaterThanOrEqual(2);
  });

  it('answers UNAVAILABLE, not the deadlock, when the retry time is spent', async () => {
    const { uri, user, password } = testNeo4j();
    const impatient = Graph.connect(uri, user, password, { txTimeoutMs: 30_000, maxRetryTimeMs: 0 });
    try {
      const { outcomes } = await crossedWrites(impatient);
      const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(failed).toHaveLength(1);
      const error: unknown = failed[0]!.reason;
      expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
      expect((error as Error).message).toMatch(/busy with concurrent changes/);
      expect(impatient.circuitState).toBe('closed');
    } finally {
      await impatient.close();
    }
  });
});
