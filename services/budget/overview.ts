import type { Repositories } from '../../graph/repositories/index.js';
import { requireRole, type Viewer } from '../../domain/account/access.js';
import type { Budget, FiscalYear, FundingSource } from '../../domain/budget/types.js';
import { chinaDate, systemClock, type Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import { decodeKeysetCursor, keysetConnection, pageSize, type Connection } from '../../lib/connection.js';
import type { LedgerTransaction } from '../../domain/budget/types.js';

/** What the treasurer's dashboard shows: a year's budgets, contributions and months. Admins only. */

export interface BudgetOverview {
  fiscalYear: FiscalYear;
  budgets: Budget[];
  contributions: { source: FundingSource; creditedFen: number; allocatedFen: number }[];
  months: { month: string; encumberedFen: number; expendedFen: number; creditedFen: number }[];
}

export async function budgetOverview(
  repos: Repositories,
  viewer: Viewer,
  code: string | null,
  clock: Clock = systemClock,
): Promise<BudgetOverview> {
  requireRole({ viewer }, 'ADMIN');
  const years = await repos.budgetSetup.fiscalYears();
  const today = chinaDate(clock());
  const year = code
    ? years.find((y) => y.code === code)
    : (years.find((y) => y.periodStart <= today && today <= y.periodEnd) ?? years[years.length - 1]);
  if (!year) throw NotFoundError('FiscalYear', code ?? today);
  const [budgets, contributions, months] = await Promise.all([
    repos.budgetQueries.budgetsOfYear(year.code),
    repos.budgetSetup.creditsBySource(year.code),
    repos.budgetQueries.monthly(year.code),
  ]);
  return { fiscalYear: year, budgets, contributions, months };
}

export async function fiscalYears(repos: Repositories, viewer: Viewer): Promise<FiscalYear[]> {
  requireRole({ viewer }, 'ADMIN');
  return repos.budgetSetup.fiscalYears();
}

export async function budgetTransactions(
  repos: Repositories,
  viewer: Viewer,
  filter: { fiscalYear?: string | null; budgetId?: string | null },
  page: { first?: number | null; after?: string | null },
): Promise<Connection<LedgerTransaction>> {
  requireRole({ viewer }, 'ADMIN');
  const first = pageSize(page.first);
  const after = decodeKeysetCursor(page.after, 1)?.[0] ?? null;
  const { items, hasNextPage } = await repos.budgetQueries.listTransactions({
    budgetId: filter.budgetId ?? null,
    fiscalYear: filter.fiscalYear ?? null,
    first,
    after,
  });
  return keysetConnection(items, hasNextPage, (t) => [t.id]);
}
