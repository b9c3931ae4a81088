import type { Graph } from '../../driver.js';
import { int } from '../../values.js';

/**
 * Spent nonces of signed bookstore requests, `(:StoreNonce {key, expiresAt})` under a uniqueness
 * constraint (migration 100): the first MERGE of a key creates it, any other (a replay, after a
 * restart or to another process on the same graph) finds it. Expired nonces are deleted as they
 * are met and, now and then, in a batch. It is the service's `NonceStore` (purchases/bookstore/signature.ts).
 */
export class GraphNonceStore {
  private accepted = 0;

  constructor(
    private readonly graph: Pick<Graph, 'writeTx'>,
    readonly windowSeconds: number,
    private readonly pruneEvery = 500,
  ) {}

  async accept(key: string, nowSeconds: number, expiresAtSeconds: number): Promise<boolean> {
    const token = `${process.pid}:${nowSeconds}:${Math.random()}`;
    const fresh = await this.graph.writeTx(async (tx) => {
      const [row] = await tx.run<{ fresh: boolean }>(
        `OPTIONAL MATCH (old:StoreNonce {key: $key}) WHERE old.expiresAt <= $now
         DELETE old
         WITH count(*) AS _
         MERGE (n:StoreNonce {key: $key})
           ON CREATE SET n.expiresAt = $expiresAt, n.token = $token
         RETURN n.token = $token AS fresh`,
        { key, now: int(nowSeconds), expiresAt: int(expiresAtSeconds), token },
      );
      return row?.fresh === true;
    });
    this.accepted += 1;
    if (this.accepted % this.pruneEvery === 0) await this.prune(nowSeconds);
    return fresh;
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
