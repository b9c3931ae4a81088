import type { LibraryCardRecord, PurchaseRequestRecord } from '../../domain/purchase/types.js';
import type { Tx } from '../../graph/driver.js';
import { ConflictError } from '../../lib/errors.js';
import { lockBudgetsInTx, purchaseBudgetIdsInTx } from '../budget/ledger.js';
import { requireAvailable } from '../../domain/budget/balance.js';
import { OPEN_STATUSES } from '../../domain/purchase/lifecycle.js';
import { needsReview } from '../../domain/purchase/rules.js';
import { nowOf, type PurchaseContext } from './context.js';
import { rulesInTx } from './eligibility.js';

/**
 * The one lock order of every purchase command (they may all move money): the budgets the command
 * may touch, by id; then the reader's card; then the request; only then is anything written. What
 * to lock is read first without locks; a card that changed library in between is a conflict to retry.
 */

type CardKey = { cardNumber: string } | { accountId: string };

/**
 * Before any lock: a book the reader's fund cannot pay (and that would be approved without review)
 * is refused at once from an unlocked read, so once a fund is spent the refusals do not queue
 * behind its lock. A read that shows room decides nothing: the approval checks again under the lock.
 */
export async function refuseIfFundShortInTx(
  ctx: PurchaseContext,
  tx: Tx,
  budgetIds: string[],
  card: LibraryCardRecord,
  isbn: string,
): Promise<void> {
  const book = await ctx.repos.purchase.books.byIsbnInTx(tx, isbn);
  const current = budgetIds.at(-1);
  if (!book?.priceFen || !current || needsReview(await rulesInTx(ctx, tx, card.homeLibraryId), book.priceFen)) return;
  // The same book already asked for (its money already encumbered): the command returns that request.
  if (await ctx.repos.purchase.requests.openOfReaderInTx(tx, card.accountId, book.isbn, OPEN_STATUSES)) return;
  const budget = await ctx.repos.ledger.budgetInTx(tx, current);
  if (budget?.status === 'ACTIVE') requireAvailable(budget, book.priceFen, '预占');
}

/**
 * The reader's card, locked after the budgets of its library; null when there is no such card.
 * With `isbn`, a book the fund plainly cannot pay is refused before any lock is taken.
 */
export async function lockCardInTx(ctx: PurchaseContext, tx: Tx, by: CardKey, isbn?: string): Promise<LibraryCardRecord | null> {
  const seen = await ctx.repos.purchase.cards.findInTx(tx, by);
  if (!seen) return null;
  const budgetIds = await purchaseBudgetIdsInTx(tx, { libraryId: seen.homeLibraryId, at: new Date(nowOf(ctx)) });
  if (isbn) await refuseIfFundShortInTx(ctx, tx, budgetIds, seen, isbn);
  await lockBudgetsInTx(tx, budgetIds);
  const card = await ctx.repos.purchase.cards.lock(tx, by);
  if (card && card.homeLibraryId !== seen.homeLibraryId) throw ConflictError('读者证的所属馆刚刚变更，请重试', { field: 'card' });
  return card;
}

/** The request, locked after the budgets it may touch and its reader's card; null when there is no such request. */
export async function lockRequestInTx(ctx: PurchaseContext, tx: Tx, requestId: string): Promise<PurchaseRequestRecord | null> {
  const seen = await ctx.repos.purchase.requests.byIdInTx(tx, requestId);
  if (!seen) return null;
  await lockBudgetsInTx(tx, await purchaseBudgetIdsInTx(tx, { libraryId: seen.libraryId, requestId, at: new Date(nowOf(ctx)) }));
  await ctx.repos.purchase.cards.lock(tx, { cardNumber: seen.cardNumber });
  return ctx.repos.purchase.requests.lock(tx, requestId);
}
