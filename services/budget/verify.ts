import type { Repositories } from '../../graph/repositories/index.js';
import { available, totalsMismatches } from '../../domain/budget/balance.js';

/**
 * `hechuang budget verify`: every budget's running totals summed again from its transactions
 * (FOLIO's stored totals drift; ours must not), no budget below zero available, no request
 * encumbered or paid twice, no funding source allocating more than it was credited.
 */

export interface LedgerProblem {
  kind: 'TOTALS_MISMATCH' | 'NEGATIVE_AVAILABLE' | 'DUPLICATE_REQUEST' | 'SOURCE_OVER_ALLOCATED';
  subject: string;
  message: string;
}

export interface VerifyReport {
  budgets: number;
  problems: LedgerProblem[];
}

export async function verifyLedger(repos: Repositories): Promise<VerifyReport> {
  const rows = await repos.budgetQueries.recomputedTotals();
  const problems: LedgerProblem[] = [];
  for (const { budget, recomputed } of rows) {
    for (const m of totalsMismatches(budget, recomputed)) {
      problems.push({
        kind: 'TOTALS_MISMATCH',
        subject: budget.id,
        message: `${budget.fundName}（${budget.fiscalYear}）${m.field}：记录 ${m.storedFen} 分，按交易重算 ${m.recomputedFen} 分`,
      });
    }
    if (available(recomputed) < 0) {
      problems.push({
        kind: 'NEGATIVE_AVAILABLE',
        subject: budget.id,
        message: `${budget.fundName}（${budget.fiscalYear}）可用余额为负：${available(recomputed)} 分`,
      });
    }
  }
  for (const d of await repos.budgetQueries.duplicateRequestTransactions()) {
    problems.push({ kind: 'DUPLICATE_REQUEST', subject: d.requestId, message: `申请 ${d.requestId} 有 ${d.count} 笔 ${d.type}` });
  }
  for (const s of await repos.budgetQueries.overAllocatedSources()) {
    problems.push({
      kind: 'SOURCE_OVER_ALLOCATED',
      subject: s.sourceCode,
      message: `${s.sourceCode}（${s.fiscalYear}）到账 ${s.creditedFen} 分，拨出 ${s.allocatedFen} 分`,
    });
  }
  return { budgets: rows.length, problems };
}
