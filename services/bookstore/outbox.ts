import type { Repositories } from '../../graph/repositories/index.js';
import type { OutboxMessage } from '../../graph/repositories/bookstore/messages.js';
import type { BookstoresConfig } from '../../lib/bookstores.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import { isAppError } from '../../lib/errors.js';
import { backoff, StoreCallError } from '../../purchases/bookstore/client.js';
import type { BookstorePort } from '../../purchases/bookstore/online-store.js';
import { OrderRequest } from '../../purchases/bookstore/protocol.js';
import { storeActor } from '../purchase/access.js';
import type { PurchaseContext } from '../purchase/context.js';
import { applyStoreEvent } from '../purchase/requests.js';
import { storeAdapter } from './stores.js';

/**
 * Orders at online stores go through a durable outbox: an approved online request becomes a
 * PLACE_ORDER message first (one per request), then is sent. A store that is down or slow leaves
 * the message PENDING with its last error and a later attempt (backoff up to 30 minutes), so
 * nothing is lost and the request visibly waits; a store that refuses (4xx: out of stock…) fails
 * the message and cancels the request, which releases its money. A sent order moves the request
 * to ORDERED with the store's reference.
 */

export interface OutboxLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface OutboxTick {
  enqueued: number;
  sent: number;
  waiting: number;
  failed: number;
}

const LEASE_MS = 60_000;
const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 30 * 60_000;

export class StoreOutbox {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<OutboxTick> | undefined;

  constructor(
    private readonly deps: {
      repos: Repositories;
      purchase: PurchaseContext;
      config: BookstoresConfig;
      clock?: Clock;
      log?: OutboxLog;
      /** The adapter per store (default: from the config). */
      adapterOf?: (storeId: string) => BookstorePort;
    },
  ) {}

  private now(): Date {
    return (this.deps.clock ?? systemClock)();
  }

  /** Every approved online request of a configured store gets its PLACE_ORDER message (once). */
  async enqueueApproved(): Promise<number> {
    const { repos } = this.deps;
    let added = 0;
    for (const store of this.deps.config.stores.filter((s) => s.channel === 'ONLINE')) {
      const { items } = await repos.purchase.requests.list({ storeId: store.id, statuses: ['APPROVED'], first: 100, after: null });
      const readers = await repos.accounts.byIds(items.map((r) => r.readerId));
      for (const [i, request] of items.entries()) {
        const payload: OrderRequest = {
          orderRef: request.id,
          isbn: request.isbn,
          priceFen: request.priceFen,
          deliverTo: { name: readers[i]?.displayName ?? request.cardNumber },
        };
        const created = await repos.graph.writeTx((tx) =>
          repos.storeMessages.enqueue(tx, {
            key: `ORDER:${request.id}`,
            storeId: store.id,
            kind: 'PLACE_ORDER',
            requestId: request.id,
            payload: JSON.stringify(payload),
            at: this.now().toISOString(),
          }),
        );
        if (created) added += 1;
      }
    }
    return added;
  }

  private async send(message: OutboxMessage): Promise<'sent' | 'waiting' | 'failed'> {
    const { repos } = this.deps;
    const now = this.now();
    const claimed = await repos.graph.writeTx((tx) =>
      repos.storeMessages.claim(tx, message.key, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString()),
    );
    if (!claimed) return 'waiting';
    const adapter = (this.deps.adapterOf ?? ((id: string) => storeAdapter(this.deps.config, id)))(message.storeId);
    const actor = storeActor(message.storeId);
    try {
      const answer = await adapter.placeOrder(OrderRequest.parse(JSON.parse(message.payload)));
      await applyStoreEvent(this.deps.purchase, {
        requestId: message.requestId,
        event: 'ORDERED',
        storeRef: answer.storeRef,
        at: now.toISOString(),
        actor,
      });
      await repos.graph.writeTx((tx) => repos.storeMessages.markSent(tx, message.key, JSON.stringify(answer), this.now().toISOString()));
      return 'sent';
    } catch (error) {
      if (error instanceof StoreCallError && error.transient) {
        const next = new Date(this.now().getTime() + Math.max(1_000, backoff(message.attempts + 1, RETRY_BASE_MS, RETRY_MAX_MS)));
        await repos.graph.writeTx((tx) => repos.storeMessages.markWaiting(tx, message.key, error.message, next.toISOString()));
        this.deps.log?.warn(
          { key: message.key, storeId: message.storeId, error: error.message, next },
          'store unavailable; order waits in the outbox',
        );
        return 'waiting';
      }
      if (error instanceof StoreCallError || isAppError(error)) {
        const reason = error.message;
        await repos.graph.writeTx((tx) => repos.storeMessages.markFailed(tx, message.key, reason));
        await applyStoreEvent(this.deps.purchase, {
          requestId: message.requestId,
          event: 'CANCELLED_BY_STORE',
          storeRef: `refused:${message.key}`,
          at: now.toISOString(),
          actor,
        }).catch(() => undefined);
        this.deps.log?.warn({ key: message.key, storeId: message.storeId, error: reason }, 'store refused the order; request cancelled');
        return 'failed';
      }
      throw error;
    }
  }

  /** Enqueues what is approved, then sends what is due. Runs one at a time. */
  tick(): Promise<OutboxTick> {
    this.running ??= (async () => {
      try {
        const result: OutboxTick = { enqueued: await this.enqueueApproved(), sent: 0, waiting: 0, failed: 0 };
        for (const message of await this.deps.repos.storeMessages.due(this.now().toISOString(), 50)) result[await this.send(message)] += 1;
        return result;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  start(): void {
    this.timer ??= setInterval(() => {
      this.tick().catch((error: unknown) => this.deps.log?.warn({ err: error }, 'outbox tick failed'));
    }, this.deps.config.outboxIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
