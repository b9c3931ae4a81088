import type { Graph } from '../../driver.js';
import { int } from '../../values.js';

/**
 * Spent nonces of signed bookstore requests, `(:StoreNonce {key, expiresAt})` under a uniqueness
 * constraint (migration 100): the first MERGE of a key creates it, any other (a replay, after a
 * restart or to another process on the same graph) finds it. Expired nonces are deleted as they
 * are met and, now and then, in a batch. It is the service's `NonceStore` (purchases/bookstore/signature.ts).
 *
 * Nonces are written by group commit: while one batch commits, the nonces that arrive wait and go
 * together in the next transaction (one statement, one commit). A sale or callback is answered only
 * after its nonce's batch committed (`accept`), so its replay is refused after a restart and by any
 * other process; a till check's nonce goes with the batches without being waited for (`persistLater`,
 * see purchases/bookstore/replay-window.ts).
 */
export class GraphNonceStore {
  private lastPruneAt: number | null = null;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly graph: Pick<Graph, 'writeTx' | 'readTx'>,
    readonly windowSeconds: number,
    /** Seconds between prunes (default: the window; nonces live two windows). */
    private readonly pruneEverySeconds = windowSeconds,
    private readonly maxBatch = 200,
    private readonly onBackgroundError: (error: unknown) => void = () => undefined,
  ) {}

  accept(key: string, nowSeconds: number, expiresAtSeconds: number): Promise<boolean> {
    const token = `${process.pid}:${nowSeconds}:${Math.random()}`;
    const fresh = new Promise<boolean>((resolve, reject) => {
      this.queue.push({ key, now: nowSeconds, expiresAt: expiresAtSeconds, token, resolve, reject });
    });
    this.flushing ??= this.drain();
    return fresh;
  }

  /** `accept` without waiting: the nonce goes with the next batch; a failed batch is reported to `onBackgroundError`. */
  persistLater(key: string, nowSeconds: number, expiresAtSeconds: number): void {
    this.accept(key, nowSeconds, expiresAtSeconds).catch((error: unknown) => this.onBackgroundError(error));
  }

  /** Resolves when every nonce offered so far is committed (or its batch failed): a clean shutdown waits for it. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** The nonces still within their window, soonest to expire first (a process loads them at its start). */
  async unexpired(nowSeconds: number): Promise<{ key: string; expiresAt: number }[]> {
    return this.graph.readTx((tx) =>
      tx.run<{ key: string; expiresAt: number }>(
        'MATCH (n:StoreNonce) WHERE n.expiresAt > $now RETURN n.key AS key, n.expiresAt AS expiresAt ORDER BY n.expiresAt',
        { now: int(nowSeconds) },
      ),
    );
  }

  /** Commits the waiting nonces batch by batch until none waits. */
  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        await this.commit(batch);
      }
    } finally {
      this.flushing = null;
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    try {
      const rows = await this.graph.writeTx((tx) =>
        tx.run<{ token: string; fresh: boolean }>(
          `UNWIND $rows AS row
           CALL (row) {
             OPTIONAL MATCH (old:StoreNonce {key: row.key}) WHERE old.expiresAt <= row.now
             DELETE old
           }
           MERGE (n:StoreNonce {key: row.key})
             ON CREATE SET n.expiresAt = row.expiresAt, n.token = row.token
           RETURN row.token AS token, n.token = row.token AS fresh`,
          { rows: batch.map((p) => ({ key: p.key, now: int(p.now), expiresAt: int(p.expiresAt), token: p.token })) },
        ),
      );
      const fresh = new Map(rows.map((r) => [r.token, r.fresh]));
      for (const pending of batch) pending.resolve(fresh.get(pending.token) === true);
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    // Off the path of the next batch, once a window, in small transactions: a prune beside the batches made the
    // slowest 1 % of them 5–30 times slower (bench/purchases/nonce-probe.ts). A failed prune is tried at the next round.
    const now = batch[0]!.now;
    this.lastPruneAt ??= now;
    if (now - this.lastPruneAt >= this.pruneEverySeconds) {
      this.lastPruneAt = now;
      void this.pruneAll(now).catch(() => 0);
    }
  }

  /** Deletes expired nonces, 1,000 a transaction. */
  async pruneAll(nowSeconds: number): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.prune(nowSeconds, 1_000);
      total += deleted;
      if (deleted < 1_000) return total;
    }
  }

  /** Deletes up to `limit` expired nonces. */
  async prune(nowSeconds: number, limit = 10_000): Promise<number> {
    const [row] = await this.graph.writeTx((tx) =>
      tx.run<{ deleted: number }>(
        'MATCH (n:StoreNonce) WHERE n.expiresAt <= $now WITH n LIMIT $limit DELETE n RETURN count(*) AS deleted',
        {
          now: int(nowSeconds),
          limit: int(limit),
        },
      ),
    );
    return row?.deleted ?? 0;
  }
}

interface Pending {
  key: string;
  now: number;
  expiresAt: number;
  token: string;
  resolve: (fresh: boolean) => void;
  reject: (error: unknown) => void;
}
