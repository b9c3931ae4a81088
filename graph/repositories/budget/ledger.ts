import type { Budget, BudgetTotals, EncumbranceStatus, LedgerTransaction, TransactionType } from '../../../domain/budget/types.js';
import type { Tx } from '../../driver.js';
import { int } from '../../values.js';

/**
 * Budgets and their transactions. A budget's running totals are written in the same transaction
 * as the transaction node that changes them; `recomputedTotals` sums the transactions again for
 * `hechuang budget verify`. Every amount goes to Cypher as an INTEGER (`int`), never a float.
 */

export const BUDGET = `{ .id, .fundCode, .fiscalYear, .status, plannedFen: coalesce(b.plannedFen, 0),
  allocatedFen: b.allocatedFen, netTransfersFen: b.netTransfersFen, encumberedFen: b.encumberedFen,
  expendedFen: b.expendedFen, creditedFen: b.creditedFen, fundName: f.name, fundKind: f.kind, libraryId: f.libraryId }`;

export const TRANSACTION = `{ .id, .type, .fiscalYear, .amountFen, voidedAmountFen: coalesce(t.voidedAmountFen, 0), .fromBudgetId, .toBudgetId,
  .sourceCode, .requestId, .storeId, .invoiceRef, .initialAmountFen, .encumbranceStatus, .description, .actor, at: toString(t.at) }`;

export interface NewTransaction {
  id: string;
  /** Idempotency key (unique), e.g. ENCUMBRANCE:<requestId>; null for treasurer's transactions. */
  key: string | null;
  type: TransactionType;
  fiscalYear: string;
  amountFen: number;
  fromBudgetId: string | null;
  toBudgetId: string | null;
  sourceCode?: string | null;
  requestId?: string | null;
  storeId?: string | null;
  invoiceRef?: string | null;
  encumbranceStatus?: EncumbranceStatus | null;
  description: string;
  actor: string;
  at: string;
}

const totalsParams = (delta: Partial<BudgetTotals>) => ({
  allocatedFen: int(delta.allocatedFen ?? 0),
  netTransfersFen: int(delta.netTransfersFen ?? 0),
  encumberedFen: int(delta.encumberedFen ?? 0),
  expendedFen: int(delta.expendedFen ?? 0),
  creditedFen: int(delta.creditedFen ?? 0),
});

/** Writes and locked reads inside the caller's transaction; it holds no connection of its own. */
export class LedgerRepository {
  /**
   * Takes the budget's write lock for the rest of `tx`: the exclusive lock of its `(:BudgetLock)`,
   * a node with no relationships, so every later read of the budget in `tx` sees the committed
   * totals and concurrent changes wait. Not the Budget node itself: it is dense (a relationship per
   * transaction), and Neo4j takes a dense node's relationship-group lock shared before its node
   * lock, which deadlocks against the holder adding the next transaction's relationship.
   */
  async lockBudget(tx: Tx, budgetId: string): Promise<boolean> {
    // MATCH, not MERGE: a MERGE takes the unique index entry's lock too, and two of them deadlocked on it.
    const lock = () =>
      tx.run<{ id: string; held: boolean }>(
        `MATCH (b:Budget {id: $budgetId})
         OPTIONAL MATCH (l:BudgetLock {budgetId: $budgetId})
         SET l.seq = coalesce(l.seq, 0) + 1
         RETURN b.id AS id, l IS NOT NULL AS held`,
        { budgetId },
      );
    const [row] = await lock();
    if (!row) return false;
    if (!row.held) {
      // A budget made before its lock node existed (ensureBudget and migration 101 make them).
      await tx.run('MERGE (:BudgetLock {budgetId: $budgetId})', { budgetId });
      await lock();
    }
    return true;
  }

  async budgetInTx(tx: Tx, budgetId: string): Promise<Budget | null> {
    const [row] = await tx.run<{ budget: Budget }>(`MATCH (b:Budget {id: $budgetId})-[:OF_FUND]->(f:Fund) RETURN b ${BUDGET} AS budget`, {
      budgetId,
    });
    return row?.budget ?? null;
  }

  /** The fiscal year whose period holds `date` (YYYY-MM-DD). */
  async fiscalYearAt(tx: Tx, date: string): Promise<string | null> {
    const [row] = await tx.run<{ code: string }>(
      'MATCH (y:FiscalYear) WHERE y.periodStart <= $date AND $date <= y.periodEnd RETURN y.code AS code ORDER BY y.code LIMIT 1',
      { date },
    );
    return row?.code ?? null;
  }

  /** The budget of `libraryId`'s 你选书我买单 fund in `fiscalYear`. */
  async readerChoiceBudgetId(tx: Tx, libraryId: string, fiscalYear: string): Promise<string | null> {
    const [row] = await tx.run<{ id: string }>(
      `MATCH (b:Budget {fiscalYear: $fiscalYear})-[:OF_FUND]->(f:Fund {libraryId: $libraryId, kind: 'READER_CHOICE'})
       RETURN b.id AS id ORDER BY f.code LIMIT 1`,
      { libraryId, fiscalYear },
    );
    return row?.id ?? null;
  }

  async transactionByKey(tx: Tx, key: string): Promise<LedgerTransaction | null> {
    const [row] = await tx.run<{ t: LedgerTransaction }>(`MATCH (t:BudgetTransaction {key: $key}) RETURN t ${TRANSACTION} AS t`, { key });
    return row?.t ?? null;
  }

  async transactionInTx(tx: Tx, id: string): Promise<LedgerTransaction | null> {
    const [row] = await tx.run<{ t: LedgerTransaction }>(`MATCH (t:BudgetTransaction {id: $id}) RETURN t ${TRANSACTION} AS t`, { id });
    return row?.t ?? null;
  }

  async createTransaction(tx: Tx, t: NewTransaction): Promise<void> {
    await tx.run(
      `CREATE (t:BudgetTransaction {id: $id, key: $key, type: $type, fiscalYear: $fiscalYear, amountFen: $amountFen, voidedAmountFen: 0,
                                    initialAmountFen: CASE WHEN $type = 'ENCUMBRANCE' THEN $amountFen ELSE null END,
                                    encumbranceStatus: $encumbranceStatus, fromBudgetId: $fromBudgetId, toBudgetId: $toBudgetId,
                                    sourceCode: $sourceCode, requestId: $requestId, storeId: $storeId, invoiceRef: $invoiceRef,
                                    description: $description, actor: $actor, at: datetime($at)})
       WITH t
       OPTIONAL MATCH (from:Budget {id: $fromBudgetId})
       OPTIONAL MATCH (to:Budget {id: $toBudgetId})
       FOREACH (_ IN CASE WHEN from IS NULL THEN [] ELSE [1] END | CREATE (t)-[:FROM]->(from))
       FOREACH (_ IN CASE WHEN to IS NULL THEN [] ELSE [1] END | CREATE (t)-[:TO]->(to))`,
      {
        sourceCode: null,
        requestId: null,
        storeId: null,
        invoiceRef: null,
        encumbranceStatus: null,
        ...t,
        amountFen: int(t.amountFen),
      },
    );
  }

  /** Adds `delta` to the budget's running totals (the budget is locked by the caller). */
  async addToTotals(tx: Tx, budgetId: string, delta: Partial<BudgetTotals>): Promise<void> {
    await tx.run(
      `MATCH (b:Budget {id: $budgetId})
       SET b.allocatedFen = b.allocatedFen + $allocatedFen, b.netTransfersFen = b.netTransfersFen + $netTransfersFen,
           b.encumberedFen = b.encumberedFen + $encumberedFen, b.expendedFen = b.expendedFen + $expendedFen,
           b.creditedFen = b.creditedFen + $creditedFen`,
      { budgetId, ...totalsParams(delta) },
    );
  }

  /** An encumbrance stops holding money: amount 0, RELEASED (FOLIO's release). */
  async releaseEncumbrance(tx: Tx, id: string, at: string): Promise<void> {
    await tx.run(
      `MATCH (t:BudgetTransaction {id: $id}) SET t.amountFen = 0, t.encumbranceStatus = 'RELEASED', t.releasedAt = datetime($at)`,
      { id, at },
    );
  }

  /** Void instead of delete: the amount moves to voidedAmountFen. */
  async voidTransaction(tx: Tx, id: string, actor: string, at: string): Promise<void> {
    await tx.run(
      `MATCH (t:BudgetTransaction {id: $id})
       SET t.voidedAmountFen = t.amountFen, t.amountFen = 0, t.voidedBy = $actor, t.voidedAt = datetime($at)`,
      { id, actor, at },
    );
  }

  async setBudgetStatus(tx: Tx, budgetId: string, status: Budget['status']): Promise<void> {
    await tx.run('MATCH (b:Budget {id: $budgetId}) SET b.status = $status', { budgetId, status });
  }

  async budgetsOfYearInTx(tx: Tx, fiscalYear: string): Promise<Budget[]> {
    const rows = await tx.run<{ budget: Budget }>(
      `MATCH (b:Budget {fiscalYear: $fiscalYear})-[:OF_FUND]->(f:Fund) RETURN b ${BUDGET} AS budget ORDER BY f.kind DESC, f.code`,
      { fiscalYear },
    );
    return rows.map((r) => r.budget);
  }
}
