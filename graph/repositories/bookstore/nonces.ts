import type { Graph } from '../../driver.js';
import { int } from '../../values.js';

/**
 * Spent nonces of signed bookstore requests, `(:StoreNonce {key, expiresAt})` under a uniqueness
 * constraint (migration 100): the first MERGE of a key creates it, any other (a replay, after a
 * restart or to another process on the same graph) finds it. Expired nonces are deleted as they
 * are met and, now and then, in a batch. It is the service's `NonceStore` (purchases/bookstore/signature.ts).
 *
 * Nonces are written by group commit: while one batch commits, the nonces that arrive wait and go
 * together in the next transaction (one statement, one commit). A request is answered only after
 * its nonce's batch committed, so a replay is still refused after a restart; but the commit's
 * fsync, which made the slowest 1 % of till checks wait (bench:purchases), is paid once a batch
 * instead of once a request.
 */
export class GraphNonceStore {
  private accepted = 0;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly graph: Pick<Graph, 'writeTx'>,
    readonly windowSeconds: number,
    private readonly pruneEvery = 500,
    private readonly maxBatch = 200,
  ) {}

  accept(key: string, nowSeconds: number, expiresAtSeconds: number): Promise<boolean> {
    const token = `${process.pid}:${nowSeconds}:${Math.random()}`;
    const fresh = new Promise<boolean>((resolve, reject) => {
      this.queue.push({ key, now: nowSeconds, expiresAt: expiresAtSeconds, token, resolve, reject });
    });
    this.flushing ??= this.drain();
    return fresh;
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
    const before = this.accepted;
    this.accepted += batch.length;
    // Off the path of the next batch: a failed prune is retried at the next round.
    if (Math.floor(before / this.pruneEvery) !== Math.floor(this.accepted / this.pruneEvery)) void this.prune(batch[0]!.now).catch(() => 0);
  }

  /** Deletes up to 10,000 expired nonces. */
  async prune(nowSeconds: number): Promise<number> {
    const [row] = await this.graph.writeTx((tx) =>
      tx.run<{ deleted: number }>('MATCH (n:StoreNonce) WHERE n.expiresAt <= $now WITH n LIMIT 10000 DELETE n RETURN count(*) AS deleted', {
        now: int(nowSeconds),
      }),
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
