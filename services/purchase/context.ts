import type { Repositories } from '../../graph/repositories/index.js';
import { chinaDate, systemClock, type Clock } from '../../lib/clock.js';
import type { Mailer } from './notify.js';

/**
 * What the purchase use cases need: the repositories (whose `graph` opens the transaction), the
 * clock ("now" and today's date in China) and the mailer that tells readers (none: in-app only).
 * The API, the CLI and the bookstore adapters build one and call the same functions.
 */
export interface PurchaseContext {
  repos: Repositories;
  clock?: Clock;
  mailer?: Mailer | null;
  /** Told after a command committed an order to the outbox (the running service sends it at once). */
  onOrderQueued?: (() => void) | undefined;
}

export const nowOf = (ctx: PurchaseContext): string => (ctx.clock ?? systemClock)().toISOString();
export const todayOf = (ctx: PurchaseContext): string => chinaDate((ctx.clock ?? systemClock)());

/** The instant a China calendar day (YYYY-MM-DD) begins, as an ISO timestamp comparable with stored `createdAt`. */
export const chinaDayStart = (date: string): string => new Date(`${date}T00:00:00+08:00`).toISOString();
