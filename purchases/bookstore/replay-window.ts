import type { NonceStore } from './signature.js';

/** Where spent nonces are kept for good (the service: the graph's `StoreNonce`s). */
export interface DurableNonces {
  /** True the first time `key` is offered; resolves once the nonce is committed. */
  accept(key: string, nowSeconds: number, expiresAtSeconds: number): Promise<boolean>;
  /** Commits the nonce in the background (with the next group commit), without waiting. */
  persistLater(key: string, nowSeconds: number, expiresAtSeconds: number): void;
  /** The nonces still within their window, soonest to expire first. */
  unexpired(nowSeconds: number): Promise<{ key: string; expiresAt: number }[]>;
}

/**
 * The replay guard of a read-only till check: the nonces of the replay window in this process's
 * memory, each persisted in the background; at the first request the window's nonces are loaded
 * from the durable store, so a replay is refused in this process and after a clean restart. A
 * check replayed within milliseconds of a crash (its nonce not yet committed) is answered once more,
 * which is harmless: it changes nothing and tells the replayer what it already read. Writes (a sale,
 * a callback) keep the durable guard, which answers only after the commit.
 *
 * Bounded: past `maxEntries` unexpired nonces a check waits for its nonce's commit, as a write does.
 */
export class ReplayWindow implements NonceStore {
  /** Key → expiry (Unix seconds), in insertion order, which is expiry order: expiry = now + a fixed span. */
  private readonly seen = new Map<string, number>();
  private loading: Promise<void> | null = null;
  private loaded = false;

  constructor(
    private readonly durable: DurableNonces,
    readonly windowSeconds: number,
    private readonly maxEntries = 200_000,
  ) {}

  async accept(key: string, nowSeconds: number, expiresAtSeconds: number): Promise<boolean> {
    if (!this.loaded && !(await this.load(nowSeconds))) return this.durable.accept(key, nowSeconds, expiresAtSeconds);
    this.prune(nowSeconds);
    const expiry = this.seen.get(key);
    if (expiry !== undefined && expiry > nowSeconds) return false;
    if (this.seen.size >= this.maxEntries) return this.durable.accept(key, nowSeconds, expiresAtSeconds);
    this.seen.set(key, expiresAtSeconds);
    this.durable.persistLater(key, nowSeconds, expiresAtSeconds);
    return true;
  }

  /** Unexpired nonces held in memory. */
  get size(): number {
    return this.seen.size;
  }

  /** Loads the window once (requests meanwhile wait for it); false when the store could not be read (tried again next time). */
  private async load(nowSeconds: number): Promise<boolean> {
    // Nothing is accepted into memory before the load: the loaded nonces come first, in expiry order.
    this.loading ??= this.durable.unexpired(nowSeconds).then((rows) => {
      for (const row of rows) this.seen.set(row.key, row.expiresAt);
      this.loaded = true;
    });
    try {
      await this.loading;
      return true;
    } catch {
      this.loading = null;
      return false;
    }
  }

  private prune(nowSeconds: number): void {
    for (const [key, expiry] of this.seen) {
      if (expiry > nowSeconds) break;
      this.seen.delete(key);
    }
  }
}
