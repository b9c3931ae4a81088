import type { Tx } from '../../graph/driver.js';
import { COUNTED_STATUSES, LOAN_STATUSES, OPEN_STATUSES } from '../../domain/purchase/lifecycle.js';
import { checkRules, DEFAULT_RULES, periodStart, type PurchaseRules } from '../../domain/purchase/rules.js';
import type { BookRecord, Channel, LibraryCardRecord, Refusal } from '../../domain/purchase/types.js';
import { AppError } from '../../lib/errors.js';
import { toIsbn13 } from '../../lib/isbn.js';
import type { Viewer } from '../../domain/account/access.js';
import { ValidationError } from '../../lib/errors.js';
import { requireReader, requireSignedIn, tillStoreOf } from './access.js';
import { todayOf, type PurchaseContext } from './context.js';

export interface Eligibility {
  eligible: boolean;
  refusals: Refusal[];
  book: BookRecord;
  card: LibraryCardRecord;
  rules: PurchaseRules;
  allianceCopies: number;
}

export const unknownCard = (cardNumber: string) =>
  new AppError('NOT_FOUND', `读者证 ${JSON.stringify(cardNumber)} 不存在`, { what: 'LibraryCard', id: cardNumber });

const unknownBook = (isbn: string) => new AppError('NOT_FOUND', `ISBN ${isbn} 不在可选书目中`, { what: 'Book', id: isbn });

/** A library's rules, or the defaults (version 0) until its librarians set their own. */
export async function rulesInTx(ctx: PurchaseContext, tx: Tx, libraryId: string): Promise<PurchaseRules> {
  return (
    (await ctx.repos.purchase.rules.byLibraryInTx(tx, libraryId)) ?? {
      ...DEFAULT_RULES,
      libraryId,
      version: 0,
      updatedAt: null,
      updatedBy: null,
    }
  );
}

/** Every rule of the card's home library on this book, read in `tx` (the request's, once the card is locked). */
export async function evaluateInTx(
  ctx: PurchaseContext,
  tx: Tx,
  input: { card: LibraryCardRecord; isbn: string; channel: Channel },
): Promise<Eligibility> {
  const isbn = toIsbn13(input.isbn);
  const { books, requests } = ctx.repos.purchase;
  const book = await books.byIsbnInTx(tx, isbn);
  if (!book) throw unknownBook(isbn);
  const rules = await rulesInTx(ctx, tx, input.card.homeLibraryId);
  const today = todayOf(ctx);
  const history = await requests.historyInTx(tx, {
    readerId: input.card.accountId,
    isbn,
    since: periodStart(today, rules.periodDays),
    todayStart: today,
    counted: COUNTED_STATUSES,
    loans: LOAN_STATUSES,
    titleStatuses: [...OPEN_STATUSES, 'RETURNED', 'CATALOGUED', 'LOST'],
  });
  const allianceCopies = await books.allianceCopiesInTx(tx, isbn);
  const refusals = checkRules({ rules, book, card: input.card, history, allianceCopies, channel: input.channel, today });
  return { eligible: refusals.length === 0, refusals, book, card: input.card, rules, allianceCopies };
}

/**
 * "Can this card have this book?", answered by the same rules the request runs, without asking.
 * Callers check who is asking (the reader for their own card, a store for its till).
 */
export async function checkEligibility(
  ctx: PurchaseContext,
  input: { cardNumber: string; isbn: string; channel: Channel; storeId?: string | null },
): Promise<Eligibility> {
  const card = await ctx.repos.purchase.cards.byNumber(input.cardNumber.trim());
  if (!card) throw unknownCard(input.cardNumber);
  return ctx.repos.graph.readTx((tx) => evaluateInTx(ctx, tx, { card, isbn: input.isbn, channel: input.channel }));
}

/** The signed-in reader's own "can I have this?". */
export async function checkMyEligibility(
  ctx: PurchaseContext,
  viewer: Viewer | null,
  input: { isbn: string; channel: Channel },
): Promise<Eligibility> {
  const reader = requireReader(viewer);
  const card = await ctx.repos.purchase.cards.byAccount(reader.id);
  if (!card) throw ValidationError('您还没有绑定读者证，请到图书馆办理', { field: 'card' });
  return ctx.repos.graph.readTx((tx) => evaluateInTx(ctx, tx, { card, isbn: input.isbn, channel: input.channel }));
}

/** The till's check, for bookstore staff, before the request. */
export async function checkTillEligibility(
  ctx: PurchaseContext,
  viewer: Viewer | null,
  input: { cardNumber: string; isbn: string },
): Promise<Eligibility> {
  const storeId = await tillStoreOf(ctx.repos, requireSignedIn(viewer));
  return checkEligibility(ctx, { ...input, channel: 'STORE', storeId });
}
