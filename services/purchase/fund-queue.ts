import { purchaseBudgetIdsInTx } from '../budget/ledger.js';
import { nowOf, type PurchaseContext } from './context.js';
import { refuseIfFundShortInTx } from './locks.js';

/**
 * Till sales of one fund wait here, in this process, one after another, before their transaction
 * takes the fund's lock in the graph. Neo4j's lock manager (Forseti) checks for deadlocks by walking
 * the waiters of a lock without a consistent snapshot: with a dozen sales queued on the one BudgetLock
 * and nothing else held (bench:purchases' messages: every victim waited for the BudgetLock, its
 * holder "waiting" for the victim), it named deadlocks that were not there, ~300 retries per burst of
 * 300 sales and 9–10 × 503. Queued here, at most one sale per fund and process waits in the graph; the
 * graph's lock still orders sales across processes, and a sale the fund plainly cannot pay skips the
 * queue (it is refused before any lock). A handful of keys per call: a promise chain per key, no library.
 */

const tails = new Map<string, Promise<void>>();

async function inQueue<T>(keys: string[], work: () => Promise<T>): Promise<T> {
  const sorted = [...new Set(keys)].sort();
  const releases: (() => void)[] = [];
  try {
    for (const key of sorted) {
      const before = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = before.then(() => mine);
      tails.set(key, tail);
      releases.push(() => {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      });
      await before;
    }
    return await work();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

/** Runs `work` (a till sale of `cardNumber` for `isbn`) after the sales of the same fund queued before it in this process. */
export async function inFundQueue<T>(ctx: PurchaseContext, sale: { cardNumber: string; isbn: string }, work: () => Promise<T>): Promise<T> {
  const budgetIds = await ctx.repos.graph
    .readTx(async (tx) => {
      const card = await ctx.repos.purchase.cards.findInTx(tx, { cardNumber: sale.cardNumber });
      if (!card) return [];
      const ids = await purchaseBudgetIdsInTx(tx, { libraryId: card.homeLibraryId, at: new Date(nowOf(ctx)) });
      await refuseIfFundShortInTx(ctx, tx, ids, card, sale.isbn);
      return ids;
    })
    // A refusal (the fund plainly short, a bad ISBN) or a failed read: the sale's own transaction answers it, unqueued.
    .catch((): string[] => []);
  return budgetIds.length > 0 ? inQueue(budgetIds, work) : work();
}
