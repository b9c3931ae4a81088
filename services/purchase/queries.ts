import type { Viewer } from '../../domain/account/access.js';
import { COUNTED_STATUSES, LOAN_STATUSES, OPEN_STATUSES, type RequestStatus } from '../../domain/purchase/lifecycle.js';
import { periodStart } from '../../domain/purchase/rules.js';
import type { LibraryCardRecord, MessageRecord, PurchaseRequestRecord } from '../../domain/purchase/types.js';
import { decodeKeysetCursor, keysetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { canSee, requireLibraryStaff, requireReader } from './access.js';
import { todayOf, type PurchaseContext } from './context.js';
import { getRules } from './rules.js';

type Page = { first?: number | null; after?: string | null };

const connection = async (
  ctx: PurchaseContext,
  filter: { readerId?: string | null; libraryId?: string | null; storeId?: string | null; statuses?: readonly RequestStatus[] | null },
  page: Page,
): Promise<Connection<PurchaseRequestRecord>> => {
  const first = pageSize(page.first);
  const after = decodeKeysetCursor(page.after, 1)?.[0] ?? null;
  const { items, hasNextPage } = await ctx.repos.purchase.requests.list({ ...filter, first, after });
  return keysetConnection(items, hasNextPage, (r) => [r.id]);
};

/** One request, for whoever may see it (others get FORBIDDEN, so nothing leaks about it). */
export async function getRequest(ctx: PurchaseContext, viewer: Viewer, id: string): Promise<PurchaseRequestRecord> {
  const [request] = await ctx.repos.purchase.requests.byIds([id]);
  if (!request) throw NotFoundError('PurchaseRequest', id);
  if (!(await canSee(ctx.repos, viewer, request))) throw ForbiddenError('这不是您的申请');
  return request;
}

export function myRequests(ctx: PurchaseContext, viewer: Viewer | null, page: Page) {
  const reader = requireReader(viewer);
  return connection(ctx, { readerId: reader.id }, page);
}

/** A library's requests, optionally of some statuses (the review queue is UNDER_REVIEW; returns are ON_LOAN/OVERDUE). */
export function libraryRequests(
  ctx: PurchaseContext,
  viewer: Viewer,
  libraryId: string,
  statuses: readonly RequestStatus[] | null,
  page: Page,
) {
  requireLibraryStaff(viewer, libraryId);
  return connection(ctx, { libraryId, statuses }, page);
}

export async function storeRequests(ctx: PurchaseContext, viewer: Viewer, page: Page) {
  if (viewer.role !== 'BOOKSTORE') throw ForbiddenError('只有书店员工可以查看本店的申请');
  const store = await ctx.repos.purchase.stores.storeOfStaff(viewer.id);
  if (!store) throw ForbiddenError('您的账号还没有绑定书店');
  return connection(ctx, { storeId: store.id }, page);
}

export interface Quota {
  card: LibraryCardRecord;
  periodDays: number;
  booksUsed: number;
  booksLeft: number;
  fenUsed: number;
  fenLeft: number;
  loansOut: number;
  openRequests: number;
}

/** The reader's card, what is left of their quota in the current period, and their purchase loans. */
export async function myQuota(ctx: PurchaseContext, viewer: Viewer | null): Promise<Quota | null> {
  const reader = requireReader(viewer);
  const card = await ctx.repos.purchase.cards.byAccount(reader.id);
  if (!card) return null;
  const rules = await getRules(ctx, card.homeLibraryId);
  const since = periodStart(todayOf(ctx), rules.periodDays);
  const history = await ctx.repos.graph.readTx((tx) =>
    ctx.repos.purchase.requests.historyInTx(tx, {
      readerId: reader.id,
      isbn: '',
      since,
      todayStart: todayOf(ctx),
      counted: COUNTED_STATUSES,
      loans: LOAN_STATUSES,
      titleStatuses: OPEN_STATUSES,
    }),
  );
  const open = await ctx.repos.purchase.requests.list({
    readerId: reader.id,
    statuses: ['REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'ORDERED'],
    first: 100,
    after: null,
  });
  return {
    card,
    periodDays: rules.periodDays,
    booksUsed: history.booksInPeriod,
    booksLeft: Math.max(0, rules.maxBooksPerPeriod - history.booksInPeriod),
    fenUsed: history.fenInPeriod,
    fenLeft: Math.max(0, rules.maxFenPerPeriod - history.fenInPeriod),
    loansOut: history.purchaseLoansOut,
    openRequests: open.items.length,
  };
}

export async function myMessages(ctx: PurchaseContext, viewer: Viewer | null, page: Page): Promise<Connection<MessageRecord>> {
  const reader = requireReader(viewer);
  const first = pageSize(page.first);
  const after = decodeKeysetCursor(page.after, 1)?.[0] ?? null;
  const { items, hasNextPage } = await ctx.repos.purchase.messages.list(reader.id, first, after);
  return keysetConnection(items, hasNextPage, (m) => [m.id]);
}

export async function markMessagesRead(ctx: PurchaseContext, viewer: Viewer | null): Promise<number> {
  const reader = requireReader(viewer);
  return ctx.repos.graph.writeTx((tx) => ctx.repos.purchase.messages.markRead(tx, reader.id));
}
