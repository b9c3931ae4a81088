import type { Fen } from './money.js';

/**
 * The alliance's money, after FOLIO's finance model (fiscal years, funds, budgets, transactions)
 * and Evergreen's funding sources with dated credits. Every amount is integer fen.
 */

export type FiscalYearStatus = 'OPEN' | 'CLOSED';
export type BudgetStatus = 'ACTIVE' | 'PLANNED' | 'CLOSED';
/** READER_CHOICE: a library's 你选书我买单 fund; DIGITAL_RESOURCES: where year-end leftovers go; OTHER: the other budget lines. */
export type FundKind = 'READER_CHOICE' | 'DIGITAL_RESOURCES' | 'OTHER';
export const TRANSACTION_TYPES = ['ALLOCATION', 'TRANSFER', 'ENCUMBRANCE', 'PAYMENT', 'CREDIT', 'ROLLOVER'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export type EncumbranceStatus = 'UNRELEASED' | 'RELEASED';

export interface FiscalYear {
  code: string;
  name: string;
  /** YYYY-MM-DD, China dates, inclusive. */
  periodStart: string;
  periodEnd: string;
  status: FiscalYearStatus;
}

export interface FundingSource {
  code: string;
  name: string;
  /** The member library that gives the money. */
  libraryId: string;
}

export interface FundingCredit {
  id: string;
  sourceCode: string;
  fiscalYear: string;
  amountFen: Fen;
  /** When the money arrived (YYYY-MM-DD). */
  effectiveDate: string;
  /** Spend by this date (Evergreen's deadline_date), if any. */
  deadlineDate: string | null;
  note: string;
}

export interface Fund {
  code: string;
  name: string;
  kind: FundKind;
  /** The member library the fund belongs to; null for the alliance's own funds. */
  libraryId: string | null;
}

/** The running totals of one budget; each equals a sum over its transactions (see `verify`). */
export interface BudgetTotals {
  allocatedFen: Fen;
  netTransfersFen: Fen;
  encumberedFen: Fen;
  expendedFen: Fen;
  creditedFen: Fen;
}

export interface Budget extends BudgetTotals {
  id: string;
  fundCode: string;
  fundName: string;
  fundKind: FundKind;
  libraryId: string | null;
  fiscalYear: string;
  status: BudgetStatus;
  /** The amount the directors' meeting planned for this line; the city library tops up to it at year end. */
  plannedFen: Fen;
}

export interface LedgerTransaction {
  id: string;
  type: TransactionType;
  fiscalYear: string;
  /** Current amount; 0 once voided (and, for an encumbrance, once released). */
  amountFen: Fen;
  /** What a void took away (FOLIO's voidedAmount); 0 otherwise. */
  voidedAmountFen: Fen;
  /** The budget the money leaves (encumbrance, payment, transfer, rollover). */
  fromBudgetId: string | null;
  /** The budget the money reaches (allocation, transfer, rollover, credit). */
  toBudgetId: string | null;
  /** An allocation's funding source. */
  sourceCode: string | null;
  requestId: string | null;
  storeId: string | null;
  invoiceRef: string | null;
  /** Encumbrances: the amount first encumbered, and whether it still holds money. */
  initialAmountFen: Fen | null;
  encumbranceStatus: EncumbranceStatus | null;
  description: string;
  actor: string;
  at: string;
}
