import type { Graph } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import { int } from '../../graph/values.js';

/**
 * The peer: an approval the way Koha checks its limits, count then insert, no lock. It reads what
 * the fund has committed in one transaction and writes the encumbrance in another, so concurrent
 * approvals all see the same room and all get in.
 */
export async function naiveEncumber(graph: Graph, budgetId: string, requestId: string, amountFen: number): Promise<boolean> {
  const [row] = await graph.read<{ allocated: number; committed: number }>(
    `MATCH (b:Budget {id: $budgetId})
     OPTIONAL MATCH (t:BudgetTransaction {type: 'ENCUMBRANCE', fromBudgetId: $budgetId})
     RETURN b.allocatedFen + b.netTransfersFen AS allocated, coalesce(sum(t.amountFen), 0) AS committed`,
    { budgetId },
  );
  if (!row || row.committed + amountFen > row.allocated) return false;
  await graph.write(
    `CREATE (:BudgetTransaction {id: $id, key: $key, type: 'ENCUMBRANCE', fiscalYear: 'BENCH', amountFen: $amountFen, initialAmountFen: $amountFen,
                                encumbranceStatus: 'UNRELEASED', fromBudgetId: $budgetId, requestId: $requestId, at: datetime()})
     WITH 1 AS one MATCH (b:Budget {id: $budgetId}) SET b.encumberedFen = b.encumberedFen + $amountFen`,
    { id: newId(), key: `NAIVE:${requestId}`, amountFen: int(amountFen), budgetId, requestId },
  );
  return true;
}
