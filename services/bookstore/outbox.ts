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
import { orderMessageKey, queueOrderInTx } from '../purchase/order-outbox.js';

/**
 * Orders at online stores go through a durable outbox: an approved online request's PLACE_ORDER
 * message (one per request) is written in the approval's transaction, then sent from here. A store that is down or slow leaves
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
  sent: number;
  waiting: number;
  failed: number;
}

const LEASE_MS = 60_000;

/** The store's own words of a refusal (its JSON `error`), else our message of it. */
function storeRefusal(reason: string): string {
  const json = /\{.*\}$/.exec(reason)?.[0];
  try {
    const said = json ? (JSON.parse(json) as { error?: unknown; message?: unknown }) : null;
    const text = said?.message ?? said?.error;
    if (typeof text === 'string' && text) return text;
  } catch {
    // not JSON: as it came
  }
  return reason;
}
const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 30 * 60_000;

export class StoreOutbox {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<OutboxTick> | undefined;
  private again: Promise<OutboxTick> | undefined;

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

  /**
   * Requests approved before their order was written with the approval (data older than that
   * change) get their PLACE_ORDER message now; run once when the outbox starts. Today's approvals
   * write theirs in the approval's transaction (services/purchase/order-outbox.ts).
   */
  async enqueueApproved(): Promise<number> {
    const { repos } = this.deps;
    let added = 0;
    for (const store of this.deps.config.stores.filter((s) => s.channel === 'ONLINE')) {
      const { items } = await repos.purchase.requests.list({ storeId: store.id, statuses: ['APPROVED'], first: 100, after: null });
      for (const request of items) {
        if (await repos.storeMessages.byKey(orderMessageKey(request.id))) continue;
        await repos.graph.writeTx((tx) => queueOrderInTx(this.deps.purchase, tx, request));
        added += 1;
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
    const [request] = await repos.purchase.requests.byIds([message.requestId]);
    if (request?.status !== 'APPROVED') {
      // Cancelled (its money released) or moved on before its order went out: nothing to order.
      const reason = `申请已不是待下单状态（${request?.status ?? '不存在'}），不再下单`;
      await repos.graph.writeTx((tx) => repos.storeMessages.markFailed(tx, message.key, reason));
      return 'failed';
    }
    let adapter: BookstorePort;
    try {
      adapter = (this.deps.adapterOf ?? ((id: string) => storeAdapter(this.deps.config, id)))(message.storeId);
    } catch (error) {
      // A store this process has no (callable) configuration for, e.g. one taken out of BOOKSTORES: its
      // order waits for the configuration to come back, and the other messages of the tick still go.
      const reason = `书店 ${message.storeId} 不在本服务的配置中，订单等待：${(error as Error).message}`;
      const next = new Date(now.getTime() + backoff(message.attempts + 1, RETRY_BASE_MS, RETRY_MAX_MS));
      await repos.graph.writeTx((tx) => repos.storeMessages.markWaiting(tx, message.key, reason, next.toISOString()));
      this.deps.log?.warn(
        { key: message.key, storeId: message.storeId, error: reason, next },
        'store not configured; order waits in the outbox',
      );
      return 'waiting';
    }
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
          note: `书店未能接单（${storeRefusal(reason)}），经费已退回`,
          actor,
        }).catch(() => undefined);
        this.deps.log?.warn({ key: message.key, storeId: message.storeId, error: reason }, 'store refused the order; request cancelled');
        return 'failed';
      }
      throw error;
    }
  }

  /** Sends what is due. Runs one at a time; a tick asked for while one runs runs after it (nothing committed meanwhile waits a whole interval). */
  tick(): Promise<OutboxTick> {
    if (this.running) {
      this.again ??= this.running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          this.again = undefined;
          return this.tick();
        });
      return this.again;
    }
    this.running = (async () => {
      try {
        const result: OutboxTick = { sent: 0, waiting: 0, failed: 0 };
        for (const message of await this.deps.repos.storeMessages.due(this.now().toISOString(), 50)) result[await this.send(message)] += 1;
        return result;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Sends now what a command just committed (the timer would send it within an interval). */
  kick(): void {
    this.tick().catch((error: unknown) => this.deps.log?.warn({ err: error }, 'outbox tick failed'));
  }

  /** Queues what older approvals lack, sends what was left by a stop or a crash, then ticks every interval. */
  start(): void {
    if (this.timer) return;
    this.enqueueApproved().then(
      () => this.kick(),
      (error: unknown) => this.deps.log?.warn({ err: error }, 'outbox could not queue older approvals'),
    );
    this.timer = setInterval(() => this.kick(), this.deps.config.outboxIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    await this.again?.catch(() => undefined);
  }
}
