import type { Viewer } from '../../domain/account/access.js';
import type { RequestEvent, RequestStatus } from '../../domain/purchase/lifecycle.js';
import { reviewReason } from '../../domain/purchase/rules.js';
import type { Channel, LibraryCardRecord, PurchaseRequestRecord, Refusal } from '../../domain/purchase/types.js';
import type { Tx } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import { AppError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { toIsbn13 } from '../../lib/isbn.js';
import { requireStoreScope, storeActor } from './access.js';
import { chinaDayStart, nowOf, todayOf, type PurchaseContext } from './context.js';
import { evaluateInTx, unknownCard } from './eligibility.js';
import type { Notice } from './notify.js';
import { commitCommand } from './commit.js';
import { lockCardInTx, lockRequestInTx } from './locks.js';
import { moveRequest, recordCreated } from './transitions.js';

/**
 * The request commands of 你选书我买单, shared by the API, the CLI and the bookstore adapters in
 * purchases/. Each is one write transaction that locks in the one order of `locks.ts` (budgets, then
 * the reader's card, then the request) before it writes: two requests of one reader (a double
 * click) run one after the other and the second finds the first. The `…InTx` forms let a bookstore
 * command (a till sale: request, approval, pick-up, loan and payment) be one transaction.
 */

export interface RequestOutcome {
  request: PurchaseRequestRecord;
  /** Why the till's request was refused (empty when approved or under review). */
  refusals: Refusal[];
  /** False when an identical live request already existed and was returned unchanged. */
  created: boolean;
}

/** Statuses in which a repeated request of the same book through the same store is the same request. */
const PENDING: readonly RequestStatus[] = ['REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'ORDERED'];

async function createAndDecide(
  ctx: PurchaseContext,
  tx: Tx,
  notices: Notice[],
  input: { card: LibraryCardRecord; isbn: string; channel: Channel; storeId: string; actor: Viewer; refuseByRecord: boolean },
): Promise<RequestOutcome> {
  const { card, channel, storeId, actor } = input;
  const existing = await ctx.repos.purchase.requests.openOfReaderInTx(tx, card.accountId, input.isbn, PENDING);
  if (existing && existing.channel === channel && existing.storeId === storeId) return { request: existing, refusals: [], created: false };
  const verdict = await evaluateInTx(ctx, tx, { card, isbn: input.isbn, channel });
  if (!verdict.eligible && !input.refuseByRecord)
    throw ValidationError(verdict.refusals.map((r) => r.message).join('；'), { refusals: verdict.refusals, field: 'isbn' });
  if (!verdict.eligible) {
    // The till asked again today and the answer is the same: that refusal, not a second one.
    const refused = await ctx.repos.purchase.requests.openOfReaderInTx(tx, card.accountId, input.isbn, ['REJECTED']);
    const same = (a: Refusal[], b: Refusal[]) => a.map((r) => r.message).join('\n') === b.map((r) => r.message).join('\n');
    if (
      refused &&
      refused.storeId === storeId &&
      refused.createdAt >= chinaDayStart(todayOf(ctx)) &&
      same(refused.refusals, verdict.refusals)
    )
      return { request: refused, refusals: refused.refusals, created: false };
  }
  const at = nowOf(ctx);
  const request: PurchaseRequestRecord = {
    id: newId(),
    readerId: card.accountId,
    cardNumber: card.cardNumber,
    libraryId: card.homeLibraryId,
    isbn: verdict.book.isbn,
    title: verdict.book.title,
    channel,
    storeId,
    status: 'REQUESTED',
    priceFen: verdict.book.priceFen ?? 0,
    salePriceFen: null,
    refusals: [],
    reviewReason: null,
    fundCode: null,
    storeRef: null,
    dueDate: null,
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
  await ctx.repos.purchase.requests.create(tx, request);
  await recordCreated(ctx, tx, request, actor);
  const review = verdict.eligible ? reviewReason(verdict.rules, request.priceFen) : null;
  const event: RequestEvent = !verdict.eligible ? 'REJECT' : review ? 'SEND_TO_REVIEW' : 'AUTO_APPROVE';
  const extra = !verdict.eligible ? { refusals: verdict.refusals } : review ? { reviewReason: review, note: review } : {};
  const moved = await moveRequest(ctx, tx, notices, request, event, actor, extra);
  return { request: moved.request, refusals: verdict.refusals, created: true };
}

async function requireStore(ctx: PurchaseContext, tx: Tx, storeId: string, channel: Channel): Promise<void> {
  const store = await ctx.repos.purchase.stores.byIdInTx(tx, storeId);
  if (!store) throw new AppError('NOT_FOUND', `书店 ${JSON.stringify(storeId)} 不存在`, { what: 'Bookstore', id: storeId });
  if (store.channel !== channel)
    throw ValidationError(channel === 'STORE' ? `${store.name} 不是实体书店` : `${store.name} 不是网上书店`, { field: 'storeId' });
}

export interface StoreRequestInput {
  storeId: string;
  cardNumber: string;
  isbn: string;
  actor: Viewer;
}

/**
 * The till: reader card + ISBN → approved (money encumbered), under review, or refused with the
 * reasons, in one transaction. A refused request is kept (REJECTED, with the rules) so the till and
 * the reader can see why; the same card and book again while one is pending returns that one.
 */
export async function requestAtStoreInTx(
  ctx: PurchaseContext,
  tx: Tx,
  notices: Notice[],
  input: StoreRequestInput,
): Promise<RequestOutcome> {
  const isbn = toIsbn13(input.isbn);
  await requireStoreScope(ctx.repos, tx, input.actor, input.storeId);
  await requireStore(ctx, tx, input.storeId, 'STORE');
  const card = await lockCardInTx(ctx, tx, { cardNumber: input.cardNumber.trim() }, isbn);
  if (!card) throw unknownCard(input.cardNumber);
  return createAndDecide(ctx, tx, notices, {
    card,
    isbn,
    channel: 'STORE',
    storeId: input.storeId,
    actor: input.actor,
    refuseByRecord: true,
  });
}

export function requestAtStore(ctx: PurchaseContext, input: StoreRequestInput): Promise<RequestOutcome> {
  return commitCommand(ctx, (tx, notices) => requestAtStoreInTx(ctx, tx, notices, input));
}

/**
 * A reader's request for delivery from an online store. Refused requests are not kept: the
 * reader gets a VALIDATION error whose message and `refusals` name every rule that applies.
 */
export function requestOnline(ctx: PurchaseContext, input: OnlineRequestInput): Promise<RequestOutcome> {
  return commitCommand(ctx, (tx, notices) => requestOnlineInTx(ctx, tx, notices, input));
}

export interface OnlineRequestInput {
  readerId: string;
  isbn: string;
  storeId: string;
  actor?: Viewer;
}

/** `requestOnline` inside the caller's transaction (an approval writes its order to the outbox in it). */
export async function requestOnlineInTx(
  ctx: PurchaseContext,
  tx: Tx,
  notices: Notice[],
  input: OnlineRequestInput,
): Promise<RequestOutcome> {
  const isbn = toIsbn13(input.isbn);
  const actor = input.actor ?? { id: input.readerId, role: 'READER', libraryId: null };
  await requireStore(ctx, tx, input.storeId, 'ONLINE');
  const card = await lockCardInTx(ctx, tx, { accountId: input.readerId }, isbn);
  if (!card) throw ValidationError('您还没有绑定读者证，请到图书馆办理', { field: 'card' });
  return createAndDecide(ctx, tx, notices, { card, isbn, channel: 'ONLINE', storeId: input.storeId, actor, refuseByRecord: false });
}

/** The store's ISO time as a reader reads it: China date and minute (an unparsable one as sent). */
function chinaMinute(at: string): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return at;
  return new Date(time.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function isoOrNull(at: string | null | undefined): string | null {
  const time = at ? new Date(at) : null;
  return time && !Number.isNaN(time.getTime()) ? time.toISOString() : null;
}

export type StoreEvent = 'ORDERED' | 'PICKED_UP' | 'DELIVERED' | 'CANCELLED_BY_STORE';

const STORE_EVENTS: Record<StoreEvent, RequestEvent[]> = {
  ORDERED: ['ORDER'],
  // The reader borrows the book at once: the pick-up or delivery starts the loan in the same transaction.
  PICKED_UP: ['PICK_UP', 'LEND'],
  DELIVERED: ['DELIVER', 'LEND'],
  CANCELLED_BY_STORE: ['CANCEL'],
};

export interface StoreEventInput {
  requestId: string;
  event: StoreEvent;
  storeRef?: string | null;
  priceFen?: number | null;
  at?: string | null;
  /** What the reader is told with the step (default: the store's time of it). */
  note?: string | null;
  actor?: Viewer;
}

/**
 * What a bookstore tells us about a request (the till's sale confirmation, the online store's
 * callbacks). Idempotent: the same event again, or one whose effect is already behind the request,
 * changes nothing and answers `changed: false`. `actor` defaults to the request's store. A pick-up
 * or delivery is paid in the same transaction (`moveRequest`): never handed over and unpaid.
 */
export async function applyStoreEventInTx(
  ctx: PurchaseContext,
  tx: Tx,
  notices: Notice[],
  input: StoreEventInput,
): Promise<{ request: PurchaseRequestRecord; changed: boolean }> {
  const events = STORE_EVENTS[input.event];
  if (!events) throw ValidationError(`unknown store event ${JSON.stringify(input.event)}`, { field: 'event' });
  if (input.priceFen !== undefined && input.priceFen !== null && (!Number.isSafeInteger(input.priceFen) || input.priceFen < 0))
    throw ValidationError('priceFen: expected a whole, non-negative number of fen', { field: 'priceFen' });
  let request = await lockRequestInTx(ctx, tx, input.requestId);
  if (!request) throw NotFoundError('PurchaseRequest', input.requestId);
  if (!request.storeId) throw ValidationError('这条申请没有书店', { field: 'requestId' });
  const actor = input.actor ?? storeActor(request.storeId);
  await requireStoreScope(ctx.repos, tx, actor, request.storeId);
  let changed = false;
  const note = input.note ?? (input.at ? `书店时间 ${chinaMinute(input.at)}` : null);
  for (const event of events) {
    const moved = await moveRequest(ctx, tx, notices, request, event, actor, {
      storeRef: input.storeRef ?? null,
      salePriceFen: input.priceFen ?? null,
      storeAt: isoOrNull(input.at),
      note,
    });
    request = moved.request;
    changed = changed || moved.changed;
  }
  return { request, changed };
}

export function applyStoreEvent(
  ctx: PurchaseContext,
  input: StoreEventInput,
): Promise<{ request: PurchaseRequestRecord; changed: boolean }> {
  return commitCommand(ctx, (tx, notices) => applyStoreEventInTx(ctx, tx, notices, input));
}
