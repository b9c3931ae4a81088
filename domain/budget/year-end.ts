import { available, totalFunding } from './balance.js';
import type { Fen } from './money.js';
import type { Budget } from './types.js';

/**
 * Year end, as the seed document has it: the city library covers the shortfall (every budget line
 * funded up to what the directors' meeting planned), then what is left on every budget buys more
 * digital resources next year (a rollover into the next year's digital-resources fund).
 */

export interface TopUp {
  budgetId: string;
  fundCode: string;
  fundName: string;
  plannedFen: Fen;
  fundedFen: Fen;
  shortfallFen: Fen;
}

export interface Rollover {
  budgetId: string;
  fundCode: string;
  fundName: string;
  amountFen: Fen;
}

export interface YearEndPlan {
  fiscalYear: string;
  nextFiscalYear: string;
  topUps: TopUp[];
  topUpTotalFen: Fen;
  rollovers: Rollover[];
  rolloverTotalFen: Fen;
  /** Encumbrances still open: they stay on this year's budgets and can still be paid or released. */
  openEncumbrancesFen: Fen;
}

export function nextFiscalYearCode(code: string): string {
  const match = /^FY(\d{4})$/.exec(code);
  if (!match) throw new Error(`fiscal year codes are FYyyyy, not ${code}`);
  return `FY${Number(match[1]) + 1}`;
}

export function planYearEnd(fiscalYear: string, budgets: readonly Budget[]): YearEndPlan {
  const open = budgets.filter((b) => b.status !== 'CLOSED');
  const topUps: TopUp[] = open
    .map((b) => ({
      budgetId: b.id,
      fundCode: b.fundCode,
      fundName: b.fundName,
      plannedFen: b.plannedFen,
      fundedFen: totalFunding(b),
      shortfallFen: Math.max(0, b.plannedFen - totalFunding(b)),
    }))
    .filter((t) => t.shortfallFen > 0);
  const topUpOf = new Map(topUps.map((t) => [t.budgetId, t.shortfallFen]));
  const rollovers: Rollover[] = open
    .map((b) => ({
      budgetId: b.id,
      fundCode: b.fundCode,
      fundName: b.fundName,
      amountFen: available(b) + (topUpOf.get(b.id) ?? 0),
    }))
    .filter((r) => r.amountFen > 0);
  return {
    fiscalYear,
    nextFiscalYear: nextFiscalYearCode(fiscalYear),
    topUps,
    topUpTotalFen: topUps.reduce((s, t) => s + t.shortfallFen, 0),
    rollovers,
    rolloverTotalFen: rollovers.reduce((s, r) => s + r.amountFen, 0),
    openEncumbrancesFen: open.reduce((s, b) => s + b.encumberedFen, 0),
  };
}
