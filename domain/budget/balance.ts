import { ValidationError } from '../../lib/errors.js';
import { formatYuan, type Fen } from './money.js';
import type { BudgetTotals } from './types.js';

/**
 * FOLIO's budget arithmetic (mod-finance-storage), without awaiting payments: our invoices
 * are paid when the store confirms the sale, so nothing waits between the two.
 *   totalFunding = allocated + netTransfers
 *   unavailable  = max(0, encumbered + expended − credited)
 *   available    = totalFunding − (encumbered + expended − credited)
 *   cashBalance  = totalFunding − expended + credited
 */

export const totalFunding = (b: BudgetTotals): Fen => b.allocatedFen + b.netTransfersFen;
export const unavailable = (b: BudgetTotals): Fen => Math.max(0, b.encumberedFen + b.expendedFen - b.creditedFen);
export const available = (b: BudgetTotals): Fen => totalFunding(b) - (b.encumberedFen + b.expendedFen - b.creditedFen);
export const cashBalance = (b: BudgetTotals): Fen => totalFunding(b) - b.expendedFen + b.creditedFen;

export const ZERO_TOTALS: BudgetTotals = { allocatedFen: 0, netTransfersFen: 0, encumberedFen: 0, expendedFen: 0, creditedFen: 0 };

export interface BudgetLabel {
  fundName: string;
  fundCode: string;
  fiscalYear: string;
}

/**
 * Refuses what would take `budget` below zero available (our ledgers restrict encumbrances and
 * expenditures at 100 %: FOLIO's `budgetRestrictedEncumbranceError`), naming the figures in Chinese.
 */
export function requireAvailable(budget: BudgetTotals & BudgetLabel, amountFen: Fen, what: string): void {
  const left = available(budget);
  if (amountFen > left) {
    throw ValidationError(
      `${budget.fundName}（${budget.fiscalYear}）可用余额 ${formatYuan(left)}，不足以${what} ${formatYuan(amountFen)}`,
      { rule: 'BUDGET_AVAILABLE', fundCode: budget.fundCode, fiscalYear: budget.fiscalYear, availableFen: left, amountFen },
    );
  }
}

/** Budget totals with `delta` added field by field. */
export function addTotals(a: BudgetTotals, delta: Partial<BudgetTotals>): BudgetTotals {
  return {
    allocatedFen: a.allocatedFen + (delta.allocatedFen ?? 0),
    netTransfersFen: a.netTransfersFen + (delta.netTransfersFen ?? 0),
    encumberedFen: a.encumberedFen + (delta.encumberedFen ?? 0),
    expendedFen: a.expendedFen + (delta.expendedFen ?? 0),
    creditedFen: a.creditedFen + (delta.creditedFen ?? 0),
  };
}

export const TOTAL_FIELDS = ['allocatedFen', 'netTransfersFen', 'encumberedFen', 'expendedFen', 'creditedFen'] as const;

/** The fields where `stored` and `recomputed` differ. */
export function totalsMismatches(stored: BudgetTotals, recomputed: BudgetTotals): { field: string; storedFen: Fen; recomputedFen: Fen }[] {
  return TOTAL_FIELDS.filter((f) => stored[f] !== recomputed[f]).map((field) => ({
    field,
    storedFen: stored[field],
    recomputedFen: recomputed[field],
  }));
}
