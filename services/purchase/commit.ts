import type { Tx } from '../../graph/driver.js';
import type { PurchaseContext } from './context.js';
import { mailNotices, type Notice } from './notify.js';

/**
 * One purchase command: one write transaction (its audit entries inside), then the readers' e-mails
 * of what it committed. The driver may run `work` again after a transient failure; the notices of
 * the attempt that committed are the ones mailed.
 */
export async function commitCommand<T>(ctx: PurchaseContext, work: (tx: Tx, notices: Notice[]) => Promise<T>): Promise<T> {
  let notices: Notice[] = [];
  const result = await ctx.repos.graph.writeTx(async (tx) => {
    notices = [];
    return work(tx, notices);
  });
  await mailNotices(ctx.repos, ctx.mailer, notices);
  return result;
}
