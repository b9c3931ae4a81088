import { COUNTED_STATUSES, LOAN_STATUSES, OPEN_STATUSES, type RequestStatus } from './lifecycle.js';
import type { ReaderHistory } from './rules.js';

/** What the quota rules need of one of the reader's earlier requests. */
export interface PastRequest {
  isbn: string;
  status: RequestStatus;
  /** ISO timestamp, as stored. */
  createdAt: string;
  priceFen: number;
}

/** Statuses in which an earlier request of the same title refuses another (one copy per reader per title). */
export const SAME_TITLE_STATUSES: readonly RequestStatus[] = [...OPEN_STATUSES, 'RETURNED', 'CATALOGUED', 'LOST'];

/**
 * The reader's history as the rules see it, from their earlier requests. `since` and `todayStart`
 * are the instants (ISO, comparable with `createdAt`) the rules' period and today began.
 */
export function readerHistory(
  requests: readonly PastRequest[],
  isbn: string,
  window: { since: string; todayStart: string },
): ReaderHistory {
  const counted = requests.filter((r) => COUNTED_STATUSES.includes(r.status));
  const inPeriod = counted.filter((r) => r.createdAt >= window.since);
  return {
    booksInPeriod: inPeriod.length,
    fenInPeriod: inPeriod.reduce((sum, r) => sum + r.priceFen, 0),
    booksToday: counted.filter((r) => r.createdAt >= window.todayStart).length,
    hasSameTitle: requests.some((r) => r.isbn === isbn && SAME_TITLE_STATUSES.includes(r.status)),
    purchaseLoansOut: requests.filter((r) => LOAN_STATUSES.includes(r.status)).length,
    purchaseOverdue: requests.filter((r) => r.status === 'OVERDUE').length,
  };
}
