import type { LibraryCardRecord, PurchaseRequestRecord } from '../../domain/purchase/types.js';
import type { Tx } from '../../graph/driver.js';
import { ConflictError } from '../../lib/errors.js';
import { lockBudgetsInTx, purchaseBudgetIdsInTx } from '../budget/ledger.js';
import { nowOf, type PurchaseContext } from './context.js';

/**
 * The one lock order of every purchase command (they may all move money): the budgets the command
 * may touch, by id; then the reader's card; then the request; only then is anything written. What
 * to lock is read first without locks; a card that changed library in between is a conflict to retry.
 */

type CardKey = { cardNumber: string } | { accountId: string };

/** The reader's card, locked after the budgets of its library; null when there is no such card. */
export async function lockCardInTx(ctx: PurchaseContext, tx: Tx, by: CardKey): Promise<LibraryCardRecord | null> {
  const seen = await ctx.repos.purchase.cards.findInTx(tx, by);
  if (!seen) return null;
  await lockBudgetsInTx(tx, await purchaseBudgetIdsInTx(tx, { libraryId: seen.homeLibraryId, at: new Date(nowOf(ctx)) }));
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
