import type { Viewer } from '../../domain/account/access.js';
import { applyEvent, releasesEncumbrance, STATUS_LABELS, type RequestEvent } from '../../domain/purchase/lifecycle.js';
import { dueDate } from '../../domain/purchase/rules.js';
import type { PurchaseRequestRecord } from '../../domain/purchase/types.js';
import { formatYuan } from '../../domain/purchase/money.js';
import type { Tx } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import { recordAudit } from '../audit/audit.js';
import { encumberInTx, payInTx, releaseEncumbranceInTx } from '../budget/ledger.js';
import { nowOf, todayOf, type PurchaseContext } from './context.js';
import { rulesInTx } from './eligibility.js';
import type { Notice } from './notify.js';
import { orderQueued } from './commit.js';
import { queueOrderInTx } from './order-outbox.js';

export interface Moved {
  request: PurchaseRequestRecord;
  changed: boolean;
}

/**
 * One step of a request's life inside the caller's transaction (the request already locked):
 * the state machine decides, then the status, the timeline entry, the audit entry, the money
 * (encumber on approval, pay on pick-up or delivery, release on cancellation), an online approval's
 * order in the outbox, and the loan count change together, and the
 * reader's message is written. A step whose effect is already there changes nothing.
 */
export async function moveRequest(
  ctx: PurchaseContext,
  tx: Tx,
  notices: Notice[],
  request: PurchaseRequestRecord,
  event: RequestEvent,
  actor: Viewer,
  extra: {
    note?: string | null;
    storeRef?: string | null;
    salePriceFen?: number | null;
    /** The store's time of a sale or delivery: the payment is dated by it (never later than now), so it is settled in the store's month. */
    storeAt?: string | null;
    refusals?: PurchaseRequestRecord['refusals'];
    reviewReason?: string;
  } = {},
): Promise<Moved> {
  const step = applyEvent(request.status, event);
  if (step.kind === 'unchanged') return { request, changed: false };
  const { repos } = ctx;
  const at = nowOf(ctx);
  const next: PurchaseRequestRecord = { ...request, status: step.to, updatedAt: at, version: request.version + 1 };
  if (extra.storeRef) next.storeRef = extra.storeRef;
  if (extra.salePriceFen !== undefined && extra.salePriceFen !== null) next.salePriceFen = extra.salePriceFen;
  if (extra.refusals) next.refusals = extra.refusals;
  if (extra.reviewReason) next.reviewReason = extra.reviewReason;

  if (step.to === 'APPROVED') {
    const { fundCode } = await encumberInTx(tx, {
      libraryId: request.libraryId,
      amountFen: request.priceFen,
      requestId: request.id,
      actor,
      at: new Date(at),
    });
    next.fundCode = fundCode;
    if (request.channel === 'ONLINE') {
      await queueOrderInTx(ctx, tx, next);
      orderQueued(notices);
    }
  }
  let paidFen: number | null = null;
  if (step.to === 'PICKED_UP' || step.to === 'DELIVERED') {
    // Paid in the step's own transaction: a crash cannot leave a book handed over and unpaid.
    paidFen = next.salePriceFen ?? request.priceFen;
    await payInTx(tx, {
      requestId: request.id,
      amountFen: paidFen,
      invoiceRef: next.storeRef ?? request.id,
      ...(request.storeId ? { storeId: request.storeId } : {}),
      actor,
      at: new Date(extra.storeAt && extra.storeAt < at ? extra.storeAt : at),
    });
  }
  if (releasesEncumbrance(step.from, step.to)) await releaseEncumbranceInTx(tx, { requestId: request.id, actor, at: new Date(at) });
  if (step.to === 'ON_LOAN') {
    const rules = await rulesInTx(ctx, tx, request.libraryId);
    next.dueDate = dueDate(todayOf(ctx), rules.loanDays);
    await repos.purchase.cards.addLoans(tx, request.cardNumber, 1);
  }
  if ((step.from === 'ON_LOAN' || step.from === 'OVERDUE') && (step.to === 'RETURNED' || step.to === 'LOST'))
    await repos.purchase.cards.addLoans(tx, request.cardNumber, -1);
  if (step.to === 'CATALOGUED') await repos.purchase.books.addCopy(tx, request.libraryId, request.isbn, at);

  await repos.purchase.requests.update(tx, request.id, {
    status: next.status,
    updatedAt: at,
    fundCode: next.fundCode,
    storeRef: next.storeRef,
    dueDate: next.dueDate,
    salePriceFen: next.salePriceFen,
    ...(extra.refusals ? { refusals: extra.refusals } : {}),
    ...(extra.reviewReason ? { reviewReason: extra.reviewReason } : {}),
  });
  await repos.purchase.requests.addTransition(
    tx,
    { requestId: request.id, from: step.from, to: step.to, at, actorId: actor.id, actorRole: actor.role, note: extra.note ?? null },
    next.version,
  );
  await recordAudit(
    repos,
    tx,
    actor,
    `purchase.${event.toLowerCase()}`,
    'PurchaseRequest',
    request.id,
    { status: step.from },
    {
      status: step.to,
      ...(extra.note ? { note: extra.note } : {}),
      ...(next.fundCode && step.to === 'APPROVED' ? { fundCode: next.fundCode, amountFen: request.priceFen } : {}),
      ...(paidFen !== null ? { paidFen, invoiceRef: next.storeRef ?? request.id } : {}),
    },
  );
  await tell(ctx, tx, notices, next, extra.note ?? null);
  return { request: next, changed: true };
}

/** The first entry of a new request's timeline (created → REQUESTED), audited like every step. */
export async function recordCreated(ctx: PurchaseContext, tx: Tx, request: PurchaseRequestRecord, actor: Viewer): Promise<void> {
  await ctx.repos.purchase.requests.addTransition(
    tx,
    { requestId: request.id, from: null, to: 'REQUESTED', at: request.createdAt, actorId: actor.id, actorRole: actor.role, note: null },
    0,
  );
  await recordAudit(ctx.repos, tx, actor, 'purchase.request', 'PurchaseRequest', request.id, null, {
    isbn: request.isbn,
    cardNumber: request.cardNumber,
    channel: request.channel,
    storeId: request.storeId,
    priceFen: request.priceFen,
  });
}

/** Steps the reader hears about (the loan's start is told with the pick-up or delivery). */
const TOLD = new Set(['APPROVED', 'UNDER_REVIEW', 'REJECTED', 'ORDERED', 'ON_LOAN', 'OVERDUE', 'RETURNED', 'CANCELLED', 'LOST']);

async function tell(ctx: PurchaseContext, tx: Tx, notices: Notice[], request: PurchaseRequestRecord, note: string | null): Promise<void> {
  if (!TOLD.has(request.status)) return;
  const subject = `你选书我买单：《${request.title}》${STATUS_LABELS[request.status]}`;
  const lines = [
    `《${request.title}》（ISBN ${request.isbn}，定价 ${formatYuan(request.priceFen)} 元）：${STATUS_LABELS[request.status]}。`,
  ];
  if (request.status === 'REJECTED') for (const refusal of request.refusals) lines.push(`原因：${refusal.message}`);
  if (request.status === 'ON_LOAN' && request.dueDate) lines.push(`请于 ${request.dueDate} 前归还。`);
  if (note) lines.push(`说明：${note}`);
  const body = lines.join('\n');
  await ctx.repos.purchase.messages.create(tx, {
    id: newId(),
    accountId: request.readerId,
    requestId: request.id,
    subject,
    body,
    createdAt: nowOf(ctx),
    read: false,
  });
  notices.push({ accountId: request.readerId, subject, body });
}
