import type { Budget, BudgetTotals, LedgerTransaction } from '../../../domain/budget/types.js';
import type { Graph } from '../../driver.js';
import { int } from '../../values.js';
import { BUDGET, TRANSACTION } from './ledger.js';

/** Reads of the ledger outside any write: the dashboard, the transaction list, `verify`. */
export class BudgetQueryRepository {
  constructor(private readonly graph: Graph) {}

  async budgetsOfYear(fiscalYear: string): Promise<Budget[]> {
    const rows = await this.graph.read<{ budget: Budget }>(
      `MATCH (b:Budget {fiscalYear: $fiscalYear})-[:OF_FUND]->(f:Fund) RETURN b ${BUDGET} AS budget ORDER BY f.kind DESC, f.code`,
      { fiscalYear },
    );
    return rows.map((r) => r.budget);
  }

  /** Every budget with its stored totals and the totals summed from its transactions again. */
  async recomputedTotals(): Promise<{ budget: Budget; recomputed: BudgetTotals }[]> {
    return this.graph.read<{ budget: Budget; recomputed: BudgetTotals }>(
      `MATCH (b:Budget)-[:OF_FUND]->(f:Fund)
       CALL (b) {
         OPTIONAL MATCH (t:BudgetTransaction) WHERE t.toBudgetId = b.id OR t.fromBudgetId = b.id
         WITH b, collect(t) AS ts
         RETURN {
           allocatedFen: reduce(s = 0, t IN ts | s + CASE WHEN t.type = 'ALLOCATION' AND t.toBudgetId = b.id THEN t.amountFen ELSE 0 END),
           netTransfersFen: reduce(s = 0, t IN ts | s + CASE WHEN t.type IN ['TRANSFER', 'ROLLOVER']
               THEN (CASE WHEN t.toBudgetId = b.id THEN t.amountFen ELSE 0 END) - (CASE WHEN t.fromBudgetId = b.id THEN t.amountFen ELSE 0 END)
               ELSE 0 END),
           encumberedFen: reduce(s = 0, t IN ts | s + CASE WHEN t.type = 'ENCUMBRANCE' AND t.fromBudgetId = b.id THEN t.amountFen ELSE 0 END),
           expendedFen: reduce(s = 0, t IN ts | s + CASE WHEN t.type = 'PAYMENT' AND t.fromBudgetId = b.id THEN t.amountFen ELSE 0 END),
           creditedFen: reduce(s = 0, t IN ts | s + CASE WHEN t.type = 'CREDIT' AND t.toBudgetId = b.id THEN t.amountFen ELSE 0 END)
         } AS recomputed
       }
       RETURN b ${BUDGET} AS budget, recomputed ORDER BY b.id`,
    );
  }

  /** Transactions naming a request more than once per type (the unique key forbids it; verify checks anyway). */
  async duplicateRequestTransactions(): Promise<{ requestId: string; type: string; count: number }[]> {
    return this.graph.read(
      `MATCH (t:BudgetTransaction) WHERE t.requestId IS NOT NULL AND t.type IN ['ENCUMBRANCE', 'PAYMENT']
       WITH t.requestId AS requestId, t.type AS type, count(*) AS count WHERE count > 1
       RETURN requestId, type, count`,
    );
  }

  /** One page of transactions, newest first, optionally of one budget. */
  async listTransactions(filter: {
    budgetId: string | null;
    fiscalYear: string | null;
    first: number;
    after: string | null;
  }): Promise<{ items: LedgerTransaction[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<{ t: LedgerTransaction }>(
      `MATCH (t:BudgetTransaction)
       WHERE ($budgetId IS NULL OR t.fromBudgetId = $budgetId OR t.toBudgetId = $budgetId)
         AND ($fiscalYear IS NULL OR t.fiscalYear = $fiscalYear) AND ($after IS NULL OR t.id < $after)
       RETURN t ${TRANSACTION} AS t ORDER BY t.id DESC LIMIT $limit`,
      { ...filter, limit: int(filter.first + 1) },
    );
    return { items: rows.slice(0, filter.first).map((r) => r.t), hasNextPage: rows.length > filter.first };
  }

  /** Funding sources whose allocations in a year exceed their credits. */
  async overAllocatedSources(): Promise<{ sourceCode: string; fiscalYear: string; creditedFen: number; allocatedFen: number }[]> {
    return this.graph.read(
      `MATCH (t:BudgetTransaction {type: 'ALLOCATION'}) WHERE t.sourceCode IS NOT NULL
       WITH t.sourceCode AS sourceCode, t.fiscalYear AS fiscalYear, sum(t.amountFen) AS allocatedFen
       OPTIONAL MATCH (c:FundingCredit {sourceCode: sourceCode, fiscalYear: fiscalYear})
       WITH sourceCode, fiscalYear, allocatedFen, coalesce(sum(c.amountFen), 0) AS creditedFen
       WHERE allocatedFen > creditedFen
       RETURN sourceCode, fiscalYear, creditedFen, allocatedFen`,
    );
  }

  /** Per month of the year (China time) and per kind: what was encumbered, paid and credited. */
  async monthly(fiscalYear: string): Promise<{ month: string; encumberedFen: number; expendedFen: number; creditedFen: number }[]> {
    return this.graph.read(
      `MATCH (t:BudgetTransaction {fiscalYear: $fiscalYear}) WHERE t.type IN ['ENCUMBRANCE', 'PAYMENT', 'CREDIT']
       WITH substring(toString(t.at + duration({hours: 8})), 0, 7) AS month, t
       RETURN month,
              sum(CASE WHEN t.type = 'ENCUMBRANCE' THEN coalesce(t.initialAmountFen, t.amountFen) ELSE 0 END) AS encumberedFen,
              sum(CASE WHEN t.type = 'PAYMENT' THEN t.amountFen ELSE 0 END) AS expendedFen,
              sum(CASE WHEN t.type = 'CREDIT' THEN t.amountFen ELSE 0 END) AS creditedFen
       ORDER BY month`,
      { fiscalYear },
    );
  }
}
