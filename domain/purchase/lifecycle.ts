import { ConflictError } from '../../lib/errors.js';

/**
 * The life of a purchase request (你选书我买单), one state machine for both channels:
 *
 *   REQUESTED ─AUTO_APPROVE─▶ APPROVED ─ORDER─▶ ORDERED ─DELIVER─▶ DELIVERED ─LEND─▶ ON_LOAN ─RETURN─▶ RETURNED ─CATALOGUE─▶ CATALOGUED
 *       │                     ▲   └──────────PICK_UP (till)──────▶ PICKED_UP ─LEND─▶    │  ▲
 *       └─SEND_TO_REVIEW─▶ UNDER_REVIEW ─APPROVE                                        │  └ RETURN ─ OVERDUE ◀─MARK_OVERDUE
 *   REJECT (from REQUESTED or UNDER_REVIEW) → REJECTED; CANCEL (before the book is handed over) → CANCELLED;
 *   MARK_LOST (on loan or overdue) → LOST.
 *
 * Money: APPROVED encumbers the price, CANCEL from APPROVED or ORDERED releases it (`releasesEncumbrance`).
 * Applying an event whose effect is already there (a double click, a store callback delivered twice, an
 * ORDERED callback that arrives after the pick-up) is `unchanged`, never an error and never a second move.
 */

export const REQUEST_STATUSES = [
  'REQUESTED',
  'UNDER_REVIEW',
  'APPROVED',
  'ORDERED',
  'PICKED_UP',
  'DELIVERED',
  'ON_LOAN',
  'OVERDUE',
  'RETURNED',
  'CATALOGUED',
  'REJECTED',
  'CANCELLED',
  'LOST',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_EVENTS = [
  'AUTO_APPROVE',
  'SEND_TO_REVIEW',
  'APPROVE',
  'REJECT',
  'ORDER',
  'PICK_UP',
  'DELIVER',
  'LEND',
  'MARK_OVERDUE',
  'RETURN',
  'CATALOGUE',
  'CANCEL',
  'MARK_LOST',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

interface EventRule {
  from: readonly RequestStatus[];
  to: RequestStatus;
}

const EVENTS: Record<RequestEvent, EventRule> = {
  AUTO_APPROVE: { from: ['REQUESTED'], to: 'APPROVED' },
  SEND_TO_REVIEW: { from: ['REQUESTED'], to: 'UNDER_REVIEW' },
  APPROVE: { from: ['UNDER_REVIEW'], to: 'APPROVED' },
  REJECT: { from: ['REQUESTED', 'UNDER_REVIEW'], to: 'REJECTED' },
  ORDER: { from: ['APPROVED'], to: 'ORDERED' },
  PICK_UP: { from: ['APPROVED', 'ORDERED'], to: 'PICKED_UP' },
  DELIVER: { from: ['ORDERED'], to: 'DELIVERED' },
  LEND: { from: ['PICKED_UP', 'DELIVERED'], to: 'ON_LOAN' },
  MARK_OVERDUE: { from: ['ON_LOAN'], to: 'OVERDUE' },
  RETURN: { from: ['ON_LOAN', 'OVERDUE'], to: 'RETURNED' },
  CATALOGUE: { from: ['RETURNED'], to: 'CATALOGUED' },
  CANCEL: { from: ['REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'ORDERED'], to: 'CANCELLED' },
  MARK_LOST: { from: ['ON_LOAN', 'OVERDUE'], to: 'LOST' },
};

/** How far along the way to the shelf a status is; the ends off the way (rejected, cancelled, lost) have none. */
const PROGRESS: Partial<Record<RequestStatus, number>> = {
  REQUESTED: 0,
  UNDER_REVIEW: 1,
  APPROVED: 2,
  ORDERED: 3,
  PICKED_UP: 4,
  DELIVERED: 4,
  ON_LOAN: 5,
  OVERDUE: 6,
  RETURNED: 7,
  CATALOGUED: 8,
};

export const STATUS_LABELS: Record<RequestStatus, string> = {
  REQUESTED: '已申请',
  UNDER_REVIEW: '待馆员审核',
  APPROVED: '已批准',
  ORDERED: '书店已下单',
  PICKED_UP: '已在书店取书',
  DELIVERED: '已送达',
  ON_LOAN: '借阅中',
  OVERDUE: '已逾期',
  RETURNED: '已归还',
  CATALOGUED: '已编目入藏',
  REJECTED: '未通过',
  CANCELLED: '已取消',
  LOST: '已遗失',
};

export type Transition = { kind: 'moved'; from: RequestStatus; to: RequestStatus } | { kind: 'unchanged'; status: RequestStatus };

/** The effect of `event` on a request in `status`; CONFLICT when the event cannot happen now. */
export function applyEvent(status: RequestStatus, event: RequestEvent): Transition {
  const rule = EVENTS[event];
  if (rule.from.includes(status)) return { kind: 'moved', from: status, to: rule.to };
  if (isAlreadyDone(status, rule.to)) return { kind: 'unchanged', status };
  throw ConflictError(`申请当前状态为「${STATUS_LABELS[status]}」，不能${EVENT_LABELS[event]}`, { status, event });
}

const APPROVED_PROGRESS = 2;

function isAlreadyDone(status: RequestStatus, target: RequestStatus): boolean {
  if (status === target) return true;
  const here = PROGRESS[status];
  const there = PROGRESS[target];
  // Further along the way than the target (e.g. ORDERED after PICKED_UP) means the event's effect is behind us.
  return here !== undefined && there !== undefined && there >= APPROVED_PROGRESS && here > there;
}

const EVENT_LABELS: Record<RequestEvent, string> = {
  AUTO_APPROVE: '自动批准',
  SEND_TO_REVIEW: '转馆员审核',
  APPROVE: '批准',
  REJECT: '驳回',
  ORDER: '下单',
  PICK_UP: '取书',
  DELIVER: '送达',
  LEND: '借出',
  MARK_OVERDUE: '标记逾期',
  RETURN: '归还',
  CATALOGUE: '编目入藏',
  CANCEL: '取消',
  MARK_LOST: '标记遗失',
};

/** Whether leaving `from` by this event gives back the money put aside at approval. */
export const releasesEncumbrance = (from: RequestStatus, to: RequestStatus) =>
  to === 'CANCELLED' && (from === 'APPROVED' || from === 'ORDERED');

const except = (...left: RequestStatus[]): readonly RequestStatus[] => REQUEST_STATUSES.filter((s) => !left.includes(s));

/** Statuses in which the request still holds (or will hold) money and a title for the reader. */
export const OPEN_STATUSES = except('RETURNED', 'CATALOGUED', 'REJECTED', 'CANCELLED', 'LOST');

/** Statuses that count against the reader's quota of books and money (everything asked for and not refused or cancelled). */
export const COUNTED_STATUSES = except('REJECTED', 'CANCELLED');

/** Statuses in which the reader has the book at home. */
export const LOAN_STATUSES: readonly RequestStatus[] = ['ON_LOAN', 'OVERDUE'];
