import type { Tx } from '../../graph/driver.js';
import type { PurchaseContext } from './context.js';
import { mailNotices, type Notice } from './notify.js';

/** The notice lists of attempts that queued an online order (the outbox is woken once they commit). */
const queuedOrders = new WeakSet<Notice[]>();

/** Called inside a command whose transaction wrote an order to the outbox. */
export function orderQueued(notices: Notice[]): void {
  queuedOrders.add(notices);
}

/**
 * One purchase command: one write transaction (its audit entries and outbox messages inside), then
 * the readers' e-mails of what it committed and, when it queued an order, a wake-up of the outbox
 * to send it. The driver may run `work` again after a transient failure; the notices of the
 * attempt that committed are the ones acted on.
 */
export async function commitCommand<T>(ctx: PurchaseContext, work: (tx: Tx, notices: Notice[]) => Promise<T>): Promise<T> {
  let notices: Notice[] = [];
  const result = await ctx.repos.graph.writeTx(async (tx) => {
    notices = [];
    return work(tx, notices);
  });
  if (queuedOrders.has(notices)) ctx.onOrderQueued?.();
  await mailNotices(ctx.repos, ctx.mailer, notices);
  return result;
}
