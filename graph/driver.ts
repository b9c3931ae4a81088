import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { isRetriableError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import {
  GraphCircuit,
  graphBusy,
  graphContended,
  graphPoolBusy,
  graphUnavailable,
  isConnectivityError,
  isPoolWaitTimeout,
  isTimeoutError,
  type CircuitState,
} from './circuit.js';
import { toNative } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A transaction handed to multi-statement work; every query in it is counted. */
export interface Tx {
  run<R extends object = Row>(cypher: string, params?: Params): Promise<R[]>;
}

export interface QueryStats {
  queries: number;
  /** Queries that failed (any error from Neo4j, after the driver's retries). */
  failures?: number;
  /** Transactions run again after a transient failure (a deadlock, a lock wait cut short). */
  retries?: number;
  /** The first few retried errors' messages (a deadlock's names the locks and their holders), for a benchmark to print. */
  retrySamples?: string[];
}

export interface GraphOptions {
  database?: string | undefined;
  txTimeoutMs: number;
  /** How long managed transactions retry transient failures (deadlocks; not an unreachable server); then UNAVAILABLE. */
  maxRetryTimeMs?: number;
  /** How often an open circuit checks whether the graph serves queries again. */
  probeMs?: number;
  /** Probe queries in a row that must answer before an open circuit closes (default 2). */
  probeSuccesses?: number;
  /** Connections to Neo4j at most (default 50). */
  maxPoolSize?: number;
  /** How long a query waits for a free connection of a full pool before it is refused as busy (default 10 s). */
  acquisitionTimeoutMs?: number;
  /** Told when the graph becomes unreachable and when it answers again. */
  onCircuitChange?: (state: CircuitState, cause?: unknown) => void;
}

/**
 * The one door to Neo4j. Repositories receive a Graph; nothing else touches the driver.
 * Transactions are retried here on transient failures (a deadlock's victim), so the work passed
 * in must be idempotent. Rows come back as plain objects
 * with Integers converted by `toNative`.
 */
export class Graph {
  readonly stats: QueryStats = { queries: 0 };

  private readonly circuit: GraphCircuit;

  private constructor(
    private readonly driver: Driver,
    private readonly options: GraphOptions,
    private readonly parent?: Graph,
  ) {
    this.circuit =
      parent?.circuit ??
      new GraphCircuit({
        probe: () => this.probe(),
        probeMs: options.probeMs,
        probeSuccesses: options.probeSuccesses,
        onChange: options.onCircuitChange,
      });
  }

  static connect(uri: string, user: string, password: string, options: GraphOptions): Graph {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      userAgent: 'hechuang',
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 10_000,
      connectionTimeout: 5_000,
      // Retries are ours (withSession, on explicit transactions): transient errors are retried, an unreachable server is not.
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: false,
    });
    return new Graph(driver, options);
  }

  /** A view that counts its own queries (one per request) and also feeds the parent's count. */
  scoped(): Graph {
    return new Graph(this.driver, this.options, this);
  }

  async verifyConnectivity(): Promise<void> {
    this.circuit.check();
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      if (!isConnectivityError(error)) throw error;
      this.circuit.trip(error);
      throw graphUnavailable(error);
    }
  }

  /** `closed` while the server answers; `open` (every call fails fast with UNAVAILABLE) while it does not. */
  get circuitState(): CircuitState {
    return this.circuit.state;
  }

  /**
   * Opens the circuit and keeps it open until `releaseCircuit(reason)` (the local JVM's supervisor,
   * from the JVM's exit until its restart is ready); then probe queries decide when it closes.
   */
  holdCircuit(reason: string): void {
    this.circuit.hold(reason);
  }

  releaseCircuit(reason: string): void {
    this.circuit.release(reason);
  }

  /**
   * One statement in an auto-commit transaction: RUN and PULL go out in one write and no COMMIT
   * follows (a managed transaction sends BEGIN, RUN + PULL and COMMIT: three socket writes and
   * two round trips; those writes were a quarter of the API's CPU in bench:api's profile).
   */
  read<R extends object = Row>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.withSession('READ', async (session) => {
      this.count();
      const result = await session.run(cypher, params, { timeout: this.options.txTimeoutMs }).catch((error: unknown) => {
        this.countFailure();
        throw error;
      });
      return result.records.map((record) => toNative(record.toObject()) as R);
    });
  }

  write<R extends object = Row>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.writeTx((tx) => tx.run<R>(cypher, params));
  }

  /** `timeoutMs` overrides the configured transaction timeout for long, deliberate reads (a backup). */
  readTx<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.withSession('READ', (session) => this.inTransaction(session, work, options.timeoutMs));
  }

  /**
   * The one transaction convention: a service opens the write transaction of a use case here
   * (`repos.graph.writeTx`) and passes its `tx` to every repository write, and the use case's
   * audit entry is written in the same `tx`; repositories never open a write transaction of
   * their own. One use case (create, update, link, merge, one bulk-import row…) is one transaction.
   * `timeoutMs` overrides the configured transaction timeout for long, deliberate writes (a whole import file).
   */
  writeTx<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.withSession('WRITE', (session) => this.inTransaction(session, work, options.timeoutMs));
  }

  async close(): Promise<void> {
    if (this.parent) return;
    this.circuit.dispose();
    await this.driver.close();
  }

  private count(): void {
    this.stats.queries += 1;
    this.parent?.count();
  }

  private countRetry(error: unknown): void {
    this.stats.retries = (this.stats.retries ?? 0) + 1;
    const samples = (this.stats.retrySamples ??= []);
    if (samples.length < 5) samples.push(error instanceof Error ? error.message.slice(0, 600) : String(error));
    this.parent?.countRetry(error);
  }

  private countFailure(): void {
    this.stats.failures = (this.stats.failures ?? 0) + 1;
    this.parent?.countFailure();
  }

  /**
   * One attempt of `work` in an explicit transaction, committed here. Not the driver's
   * executeRead/executeWrite: those retry a deadlock's victim themselves after a second, even with
   * `maxTransactionRetryTime: 0`; the retries are `withSession`'s alone.
   */
  private async inTransaction<T>(session: Session, work: (tx: Tx) => Promise<T>, timeoutMs: number | undefined): Promise<T> {
    const tx = session.beginTransaction({ timeout: timeoutMs ?? this.options.txTimeoutMs });
    try {
      const result = await work(this.wrap(tx));
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw error;
    } finally {
      await tx.close().catch(() => undefined);
    }
  }

  private wrap(tx: Pick<ManagedTransaction, 'run'>): Tx {
    return {
      run: async <R extends object>(cypher: string, params: Params = {}) => {
        this.count();
        const result = await tx.run(cypher, params).catch((error: unknown) => {
          this.countFailure();
          throw error;
        });
        return result.records.map((record) => toNative(record.toObject()) as R);
      },
    };
  }

  /**
   * One transaction, retried on transient errors (the work must be idempotent, as the driver's own
   * retries require); a connectivity failure opens the circuit and is UNAVAILABLE at once; a
   * transaction past its timeout and a wait for a connection of a full pool are UNAVAILABLE too
   * (busy), leaving the circuit closed.
   */
  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.options.maxRetryTimeMs ?? 10_000);
    for (let attempt = 0; ; attempt += 1) {
      this.circuit.check();
      try {
        return await this.inSession(mode, work);
      } catch (error) {
        if (isConnectivityError(error)) {
          this.circuit.trip(error);
          throw graphUnavailable(error);
        }
        if (isTimeoutError(error)) throw graphBusy(error);
        if (isPoolWaitTimeout(error)) throw graphPoolBusy(error);
        if (!isRetriableError(error)) throw error;
        // Retries exhausted: a clear answer to try again (503 to a store, UNAVAILABLE in GraphQL), never the raw error.
        if (Date.now() > deadline) throw graphContended(error);
        this.countRetry(error);
        // A deadlock's victim is run again at once, then after 25 ms doubling to 1 s, jittered ±50 % so the
        // victims of one burst do not meet again (the driver's own 1 s doubling made them wait in step, and
        // the deadline ran out for the unlucky ones under a burst of till sales on one fund).
        if (attempt > 0) await sleep(Math.min(1_000, 25 * 2 ** (attempt - 1)) * (0.5 + Math.random()), undefined, { ref: false });
      }
    }
  }

  /** The circuit's probe: a read of the database's store (its node count), past the circuit, with a short timeout. */
  private async probe(): Promise<void> {
    await this.inSession('READ', (session) =>
      session.run('MATCH (n) RETURN count(n) AS nodes', {}, { timeout: Math.min(this.options.txTimeoutMs, 5_000) }),
    );
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
}
