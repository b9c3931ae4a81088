import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
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
}

export interface GraphOptions {
  database?: string | undefined;
  txTimeoutMs: number;
  /** How long managed transactions retry transient failures (driver default: 30 s). */
  maxRetryTimeMs?: number;
}

/**
 * The one door to Neo4j. Repositories receive a Graph; nothing else touches the driver.
 * Reads and writes go through the driver's managed transactions (retried on transient
 * failures, so the work passed in must be idempotent). Rows come back as plain objects
 * with Integers converted by `toNative`.
 */
export class Graph {
  readonly stats: QueryStats = { queries: 0 };

  private constructor(
    private readonly driver: Driver,
    private readonly options: GraphOptions,
    private readonly parent?: Graph,
  ) {}

  static connect(uri: string, user: string, password: string, options: GraphOptions): Graph {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      userAgent: 'hechuang',
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 10_000,
      disableLosslessIntegers: false,
    });
    return new Graph(driver, options);
  }

  /** A view that counts its own queries (one per request) and also feeds the parent's count. */
  scoped(): Graph {
    return new Graph(this.driver, this.options, this);
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  read<R extends object = Row>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.readTx((tx) => tx.run<R>(cypher, params));
  }

  write<R extends object = Row>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.writeTx((tx) => tx.run<R>(cypher, params));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead((tx) => work(this.wrap(tx)), { timeout: this.options.txTimeoutMs }));
  }

  /**
   * The one transaction convention: a service opens the write transaction of a use case here
   * (`repos.graph.writeTx`) and passes its `tx` to every repository write, and the use case's
   * audit entry is written in the same `tx`; repositories never open a write transaction of
   * their own. One use case (create, update, link, merge, one bulk-import row…) is one transaction.
   * `timeoutMs` overrides the configured transaction timeout for long, deliberate writes (a whole import file).
   */
  writeTx<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite((tx) => work(this.wrap(tx)), { timeout: options.timeoutMs ?? this.options.txTimeoutMs }),
    );
  }

  async close(): Promise<void> {
    if (!this.parent) await this.driver.close();
  }

  private count(): void {
    this.stats.queries += 1;
    this.parent?.count();
  }

  private countFailure(): void {
    this.stats.failures = (this.stats.failures ?? 0) + 1;
    this.parent?.countFailure();
  }

  private wrap(tx: ManagedTransaction): Tx {
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

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
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
