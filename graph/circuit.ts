import { AppError } from '../lib/errors.js';

/**
 * A circuit breaker on the driver's connectivity. The first connectivity failure opens it; while
 * open every graph call fails at once with UNAVAILABLE instead of waiting out connection and
 * retry timeouts, and a probe checks the server every `probeMs` until it answers again.
 */

export type CircuitState = 'closed' | 'open';

export interface CircuitOptions {
  /** Checks the server (the driver's verifyConnectivity); resolves when it answers. */
  probe: () => Promise<void>;
  probeMs?: number;
  onChange?: (state: CircuitState, cause?: unknown) => void;
}

export const graphUnavailable = (cause?: unknown) =>
  new AppError(
    'UNAVAILABLE',
    'the graph database (Neo4j) is not answering; try again in a moment',
    { retryAfterSeconds: 1 },
    cause === undefined ? undefined : { cause },
  );

/** Neo4j answered, but not within the transaction's time: an overloaded server, not an outage (the circuit stays closed). */
export const graphBusy = (cause: unknown) =>
  new AppError(
    'UNAVAILABLE',
    'the graph database (Neo4j) is too busy to answer in time; try again in a moment',
    { retryAfterSeconds: 5 },
    { cause },
  );

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

const CONNECTIVITY_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const CONNECTIVITY_MESSAGE =
  /ECONNREFUSED|ECONNRESET|EPIPE|acquisition timed out|connection (was )?(closed|lost|refused|terminated)|socket hang up/i;

/** An error that says the server cannot be reached (not that a query was wrong). */
export function isConnectivityError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && CONNECTIVITY_CODES.has(code)) || CONNECTIVITY_MESSAGE.test(error.message);
}

export class GraphCircuit {
  private current: CircuitState = 'closed';
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly options: CircuitOptions) {}

  get state(): CircuitState {
    return this.current;
  }

  /** Throws UNAVAILABLE at once while the circuit is open. */
  check(): void {
    if (this.current === 'open') throw graphUnavailable();
  }

  trip(cause: unknown): void {
    if (this.current === 'open' || this.disposed) return;
    this.current = 'open';
    this.options.onChange?.('open', cause);
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.probeOnce(), this.options.probeMs ?? 1_000);
    this.timer.unref();
  }

  private async probeOnce(): Promise<void> {
    if (this.disposed) return;
    try {
      await this.options.probe();
      this.current = 'closed';
      this.options.onChange?.('closed');
    } catch {
      this.schedule();
    }
  }
}
