import { AppError } from '../lib/errors.js';

/**
 * A circuit breaker on the driver's connectivity. The first connectivity failure opens it; while
 * open every graph call fails at once with UNAVAILABLE instead of waiting out connection and
 * retry timeouts. It closes again only when the graph serves queries: a probe runs a real query
 * on the database every `probeMs`, and `probeSuccesses` of them in a row must answer (a Bolt
 * handshake is not enough: a restarting Neo4j accepts connections before its database serves).
 * Whoever knows the server is down or starting (the local JVM's supervisor) can hold the circuit
 * open; no probe runs until every hold is released.
 */

export type CircuitState = 'closed' | 'open';

export interface CircuitOptions {
  /** A real query on the database; resolves when the graph answered it. */
  probe: () => Promise<void>;
  probeMs?: number;
  /** Probes in a row that must answer before the circuit closes (default 2). */
  probeSuccesses?: number;
  onChange?: (state: CircuitState, cause?: unknown) => void;
}

/**
 * UNAVAILABLE, as a client of the field expects for a server-side condition that passes (HTTP 503 with
 * Retry-After), not RATE_LIMITED (that one says the client itself sent too much, and is the sign-in
 * limiter's). `reason` tells an outage (`GRAPH_DOWN`) from an overload (`GRAPH_BUSY`).
 */
export const graphUnavailable = (cause?: unknown) =>
  new AppError(
    'UNAVAILABLE',
    'the graph database (Neo4j) is not answering; try again in a moment',
    { retryAfterSeconds: 1, reason: 'GRAPH_DOWN' },
    cause === undefined ? undefined : { cause },
  );

/** Neo4j answered, but not within the transaction's time: an overloaded server, not an outage (the circuit stays closed). */
export const graphBusy = (cause: unknown) =>
  new AppError(
    'UNAVAILABLE',
    'the graph database (Neo4j) is too busy to answer in time; try again in a moment',
    { retryAfterSeconds: 5, reason: 'GRAPH_BUSY' },
    { cause },
  );

/** Every connection of the pool is in use and none came free in time: this process is busy, the graph is fine. */
export const graphPoolBusy = (cause: unknown) =>
  new AppError(
    'UNAVAILABLE',
    'the service is busy: every connection to the graph database is in use; try again in a moment',
    { retryAfterSeconds: 2, reason: 'GRAPH_BUSY' },
    { cause },
  );

const POOL_WAIT = /^Connection acquisition timed out/;

/** The driver's pool stayed full for the whole acquisition timeout (a busy process, not an unreachable server). */
export function isPoolWaitTimeout(error: unknown): boolean {
  return error instanceof Error && POOL_WAIT.test(error.message);
}

/** Transient failures (deadlocks, lock waits) went on past the retry time: contention, not an outage; the caller may try again. */
export const graphContended = (cause: unknown) =>
  new AppError(
    'UNAVAILABLE',
    'the graph database (Neo4j) is busy with concurrent changes to the same data; try again in a moment',
    { retryAfterSeconds: 1 },
    { cause },
  );

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.TransactionTimedOut',
]);

/** A transaction Neo4j ended because it ran past its timeout. */
export function isTimeoutError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TIMEOUT_CODES.has(code);
}

const CONNECTIVITY_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);
const CONNECTIVITY_MESSAGE = /ECONNREFUSED|ECONNRESET|EPIPE|connection (was )?(closed|lost|refused|terminated)|socket hang up/i;

/** An error that says the server cannot be reached or its database does not serve (not that a query was wrong, nor a full pool). */
export function isConnectivityError(error: unknown): boolean {
  if (!(error instanceof Error) || isPoolWaitTimeout(error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && CONNECTIVITY_CODES.has(code)) || CONNECTIVITY_MESSAGE.test(error.message);
}

export class GraphCircuit {
  private current: CircuitState = 'closed';
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  private readonly holds = new Set<string>();
  private successes = 0;

  constructor(private readonly options: CircuitOptions) {}

  get state(): CircuitState {
    return this.current;
  }

  /** Throws UNAVAILABLE at once while the circuit is open. */
  check(): void {
    if (this.current === 'open') throw graphUnavailable();
  }

  trip(cause: unknown): void {
    this.successes = 0;
    if (this.current === 'open' || this.disposed) return;
    this.current = 'open';
    this.options.onChange?.('open', cause);
    this.schedule();
  }

  /** Opens the circuit and keeps it open, whatever the probes say, until `release(reason)`. */
  hold(reason: string): void {
    this.holds.add(reason);
    this.trip(new Error(`held open: ${reason}`));
  }

  /** Ends a hold; with none left, the probes decide (the first one at once). */
  release(reason: string): void {
    if (!this.holds.delete(reason) || this.holds.size > 0 || this.current === 'closed' || this.disposed) return;
    clearTimeout(this.timer);
    void this.probeOnce();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.probeOnce(), this.options.probeMs ?? 1_000);
    this.timer.unref();
  }

  private async probeOnce(): Promise<void> {
    if (this.disposed || this.current === 'closed') return;
    if (this.holds.size > 0) return; // `release` probes.
    try {
      await this.options.probe();
    } catch {
      this.successes = 0;
      return this.schedule();
    }
    if (this.disposed || this.holds.size > 0 || this.state === 'closed') return;
    this.successes += 1;
    if (this.successes < (this.options.probeSuccesses ?? 2)) return this.schedule();
    this.successes = 0;
    this.current = 'closed';
    this.options.onChange?.('closed');
  }
}
