import type { Tx } from '../../graph/driver.js';
import { readerHistory } from '../../domain/purchase/history.js';
import type { CardKey, EligibilityFacts } from '../../graph/repositories/purchase/eligibility.js';
import { checkRules, DEFAULT_RULES, periodStart, type PurchaseRules } from '../../domain/purchase/rules.js';
import type { BookRecord, Channel, LibraryCardRecord, Refusal } from '../../domain/purchase/types.js';
import { AppError } from '../../lib/errors.js';
import { toIsbn13 } from '../../lib/isbn.js';
import type { Viewer } from '../../domain/account/access.js';
import { ValidationError } from '../../lib/errors.js';
import { requireReader, requireSignedIn, tillStoreOf } from './access.js';
import { chinaDayStart, todayOf, type PurchaseContext } from './context.js';
import { cachedRules } from './rules-cache.js';

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

const defaultRules = (libraryId: string): PurchaseRules => ({ ...DEFAULT_RULES, libraryId, version: 0, updatedAt: null, updatedBy: null });

/** A library's rules, or the defaults (version 0) until its librarians set their own. */
export async function rulesInTx(ctx: PurchaseContext, tx: Tx, libraryId: string): Promise<PurchaseRules> {
  return (await ctx.repos.purchase.rules.byLibraryInTx(tx, libraryId)) ?? defaultRules(libraryId);
}

/**
 * The rules on the facts of one read. `load` reads the rules only when this revision is not in
 * memory yet (after a rule change, or the first check of the library in this process).
 */
async function decide(
  ctx: PurchaseContext,
  facts: EligibilityFacts,
  input: { card: LibraryCardRecord; isbn: string; channel: Channel },
  load: () => Promise<PurchaseRules | null>,
): Promise<Eligibility> {
  const { book, allianceCopies } = facts;
  if (!book) throw unknownBook(input.isbn);
  const libraryId = input.card.homeLibraryId;
  const rules = (facts.rulesRevision ? await cachedRules(facts.rulesRevision, load) : null) ?? defaultRules(libraryId);
  const today = todayOf(ctx);
  const history = readerHistory(facts.requests, input.isbn, {
    since: chinaDayStart(periodStart(today, rules.periodDays)),
    todayStart: chinaDayStart(today),
  });
  const refusals = checkRules({ rules, book, card: input.card, history, allianceCopies, channel: input.channel, today });
  return { eligible: refusals.length === 0, refusals, book, card: input.card, rules, allianceCopies };
}

/** Every rule of the card's home library on this book, read in `tx` (the request's, once the card is locked): one statement. */
export async function evaluateInTx(
  ctx: PurchaseContext,
  tx: Tx,
  input: { card: LibraryCardRecord; isbn: string; channel: Channel },
): Promise<Eligibility> {
  const isbn = toIsbn13(input.isbn);
  const facts = await ctx.repos.purchase.eligibility.factsInTx(tx, { cardNumber: input.card.cardNumber }, isbn);
  if (!facts) throw unknownCard(input.card.cardNumber);
  return decide(ctx, facts, { ...input, isbn }, () => ctx.repos.purchase.rules.byLibraryInTx(tx, input.card.homeLibraryId));
}

/** A check that changes nothing: one auto-commit read (card, book, rules revision, the reader's requests, the holdings). */
async function evaluate(ctx: PurchaseContext, by: CardKey, isbnInput: string, channel: Channel): Promise<Eligibility | null> {
  const isbn = toIsbn13(isbnInput);
  const facts = await ctx.repos.purchase.eligibility.facts(by, isbn);
  if (!facts) return null;
  return decide(ctx, facts, { card: facts.card, isbn, channel }, () => ctx.repos.purchase.rules.byLibrary(facts.card.homeLibraryId));
}

/**
 * "Can this card have this book?", answered by the same rules the request runs, without asking.
 * Callers check who is asking (the reader for their own card, a store for its till).
 */
export async function checkEligibility(
  ctx: PurchaseContext,
  input: { cardNumber: string; isbn: string; channel: Channel; storeId?: string | null },
): Promise<Eligibility> {
  const verdict = await evaluate(ctx, { cardNumber: input.cardNumber.trim() }, input.isbn, input.channel);
  if (!verdict) throw unknownCard(input.cardNumber);
  return verdict;
}

/** The signed-in reader's own "can I have this?". */
export async function checkMyEligibility(
  ctx: PurchaseContext,
  viewer: Viewer | null,
  input: { isbn: string; channel: Channel },
): Promise<Eligibility> {
  const reader = requireReader(viewer);
  const verdict = await evaluate(ctx, { accountId: reader.id }, input.isbn, input.channel);
  if (!verdict) throw ValidationError('您还没有绑定读者证，请到图书馆办理', { field: 'card' });
  return verdict;
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
