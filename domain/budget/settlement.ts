import { ValidationError } from '../../lib/errors.js';
import { formatYuan, type Fen } from './money.js';

/**
 * Monthly settlement with a bookstore, after FOLIO's invoices: a statement per store and month
 * (Open → Reviewed → Approved → Paid, never partially paid), its lines the sales (payments) and
 * returns (credits) of that month, reconciled line by line against the store's own statement.
 */

export const STATEMENT_STATUSES = ['OPEN', 'REVIEWED', 'APPROVED', 'PAID'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export interface StatementLine {
  transactionId: string;
  kind: 'SALE' | 'RETURN';
  requestId: string;
  /** The store's reference of the sale (its receipt or order number). */
  storeRef: string;
  amountFen: Fen;
  budgetId: string;
  at: string;
}

export interface StatementTotals {
  salesFen: Fen;
  returnsFen: Fen;
  discountFen: Fen;
  netFen: Fen;
}

export interface Statement extends StatementTotals {
  id: string;
  storeId: string;
  month: string;
  status: StatementStatus;
  invoiceNo: string | null;
  discountBasisPoints: number;
  lineCount: number;
  mismatchCount: number | null;
  reconciledAt: string | null;
  createdAt: string;
  version: number;
}

/** A store's own statement of the month, as its system sends it. */
export interface StoreStatement {
  storeId: string;
  month: string;
  invoiceNo: string;
  lines: { storeRef: string; kind: 'SALE' | 'RETURN'; amountFen: Fen }[];
  netFen: Fen;
}

export type MismatchKind = 'MISSING_AT_STORE' | 'MISSING_HERE' | 'AMOUNT_DIFFERS' | 'KIND_DIFFERS' | 'NET_DIFFERS' | 'INVOICE_DIFFERS';

export interface Mismatch {
  kind: MismatchKind;
  storeRef: string | null;
  oursFen: Fen | null;
  theirsFen: Fen | null;
  message: string;
}

export function requireMonth(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw ValidationError(`月份应为 YYYY-MM，而不是 ${JSON.stringify(month)}`, { field: 'month' });
  return month;
}

/** The month in China time as an instant range [from, to) in UTC. */
export function monthRange(month: string): { from: string; to: string } {
  requireMonth(month);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1) - 8 * 3_600_000);
  const to = new Date(Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) - 8 * 3_600_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Discount rounded half up, in integer arithmetic. */
export function statementTotals(lines: readonly Pick<StatementLine, 'kind' | 'amountFen'>[], discountBasisPoints: number): StatementTotals {
  const salesFen = lines.filter((l) => l.kind === 'SALE').reduce((s, l) => s + l.amountFen, 0);
  const returnsFen = lines.filter((l) => l.kind === 'RETURN').reduce((s, l) => s + l.amountFen, 0);
  const base = BigInt(Math.max(0, salesFen - returnsFen));
  const discountFen = Number((base * BigInt(discountBasisPoints) + 5_000n) / 10_000n);
  return { salesFen, returnsFen, discountFen, netFen: salesFen - returnsFen - discountFen };
}

const NEXT: Record<StatementStatus, StatementStatus | null> = { OPEN: 'REVIEWED', REVIEWED: 'APPROVED', APPROVED: 'PAID', PAID: null };
const LABEL: Record<StatementStatus, string> = { OPEN: '待审核', REVIEWED: '已审核', APPROVED: '已批准', PAID: '已付款' };

/** Refuses a status change other than the next step, and an approval the reconciliation does not back. */
export function requireTransition(statement: Statement, to: StatementStatus): void {
  if (NEXT[statement.status] !== to) {
    throw ValidationError(`结算单 ${statement.id} 当前为“${LABEL[statement.status]}”，不能改为“${LABEL[to]}”`, {
      rule: 'STATEMENT_STATUS',
      from: statement.status,
      to,
    });
  }
  if (to === 'REVIEWED' && !statement.invoiceNo) throw ValidationError('审核前须填写书店的发票号', { rule: 'STATEMENT_INVOICE' });
  if (to === 'APPROVED' && statement.mismatchCount !== 0) {
    throw ValidationError(
      statement.mismatchCount === null ? '批准前须与书店对账' : `与书店对账有 ${statement.mismatchCount} 处不符，不能批准`,
      { rule: 'STATEMENT_RECONCILED', mismatchCount: statement.mismatchCount },
    );
  }
}

export const statementStatusLabel = (status: StatementStatus) => LABEL[status];

/** Every difference between our lines and the store's, by the store's reference. */
export function reconcile(
  statement: Pick<Statement, 'invoiceNo' | 'netFen'>,
  ours: readonly StatementLine[],
  theirs: StoreStatement,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const key = (kind: string, ref: string) => `${kind}:${ref}`;
  const theirsByRef = new Map(theirs.lines.map((l) => [key(l.kind, l.storeRef), l]));
  const oursByRef = new Map(ours.map((l) => [key(l.kind, l.storeRef), l]));
  for (const line of ours) {
    const other = theirsByRef.get(key(line.kind, line.storeRef));
    if (!other) {
      mismatches.push({
        kind: 'MISSING_AT_STORE',
        storeRef: line.storeRef,
        oursFen: line.amountFen,
        theirsFen: null,
        message: `${line.storeRef}：本馆记录 ${formatYuan(line.amountFen)}，书店对账单中没有`,
      });
    } else if (other.amountFen !== line.amountFen) {
      mismatches.push({
        kind: 'AMOUNT_DIFFERS',
        storeRef: line.storeRef,
        oursFen: line.amountFen,
        theirsFen: other.amountFen,
        message: `${line.storeRef}：本馆 ${formatYuan(line.amountFen)}，书店 ${formatYuan(other.amountFen)}`,
      });
    }
  }
  for (const line of theirs.lines) {
    if (!oursByRef.has(key(line.kind, line.storeRef))) {
      mismatches.push({
        kind: 'MISSING_HERE',
        storeRef: line.storeRef,
        oursFen: null,
        theirsFen: line.amountFen,
        message: `${line.storeRef}：书店对账单列有 ${formatYuan(line.amountFen)}，本馆没有这笔记录`,
      });
    }
  }
  if (theirs.netFen !== statement.netFen) {
    mismatches.push({
      kind: 'NET_DIFFERS',
      storeRef: null,
      oursFen: statement.netFen,
      theirsFen: theirs.netFen,
      message: `应付合计：本馆 ${formatYuan(statement.netFen)}，书店 ${formatYuan(theirs.netFen)}`,
    });
  }
  if (statement.invoiceNo && theirs.invoiceNo !== statement.invoiceNo) {
    mismatches.push({
      kind: 'INVOICE_DIFFERS',
      storeRef: null,
      oursFen: null,
      theirsFen: null,
      message: `发票号：本馆登记 ${statement.invoiceNo}，书店 ${theirs.invoiceNo}`,
    });
  }
  return mismatches;
}
