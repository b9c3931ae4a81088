import { newId } from '../../graph/ids.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { available, requireAvailable } from '../../domain/budget/balance.js';
import { formatYuan, requireFen } from '../../domain/budget/money.js';
import type { LedgerTransaction } from '../../domain/budget/types.js';
import { requireRole, type Viewer } from '../../domain/account/access.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';

/**
 * The alliance treasurer's commands (admins): dated credits of a funding source, allocations from
 * a source's credits to a fund's budget, transfers between budgets, voids. One command, one
 * transaction, one audit entry; every budget it touches is locked first, in id order.
 */

const budgetIdOf = (fundCode: string, fiscalYear: string) => `${fundCode}@${fiscalYear}`;

export async function addFundingCredit(
  repos: Repositories,
  viewer: Viewer,
  input: {
    sourceCode: string;
    fiscalYear: string;
    amountFen: number;
    effectiveDate: string;
    deadlineDate?: string | null;
    note?: string;
    id?: string;
  },
  clock: Clock = systemClock,
): Promise<{ id: string; created: boolean }> {
  requireRole({ viewer }, 'ADMIN');
  requireFen(input.amountFen, '到账金额');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveDate)) throw ValidationError(`到账日期应为 YYYY-MM-DD，而不是 ${input.effectiveDate}`);
  const id = input.id ?? newId(clock().getTime());
  return repos.graph.writeTx(async (tx) => {
    if (!(await repos.budgetSetup.fundingSourceInTx(tx, input.sourceCode))) throw NotFoundError('FundingSource', input.sourceCode);
    if (!(await repos.budgetSetup.fiscalYearInTx(tx, input.fiscalYear))) throw NotFoundError('FiscalYear', input.fiscalYear);
    const credit = { ...input, id, deadlineDate: input.deadlineDate ?? null, note: input.note ?? '' };
    const created = await repos.budgetSetup.addCredit(tx, { ...credit, actor: viewer.id });
    if (created) await recordAudit(repos, tx, viewer, 'budget.credit', 'FundingCredit', id, null, credit);
    return { id, created };
  });
}

/** Moves money from a funding source's credits of the year to a fund's budget; refused beyond what the source has left. */
export async function allocate(
  repos: Repositories,
  viewer: Viewer,
  input: { sourceCode: string; fundCode: string; fiscalYear: string; amountFen: number; description?: string; key?: string },
  clock: Clock = systemClock,
): Promise<LedgerTransaction> {
  requireRole({ viewer }, 'ADMIN');
  requireFen(input.amountFen, '拨款金额');
  const budgetId = budgetIdOf(input.fundCode, input.fiscalYear);
  return repos.graph.writeTx(async (tx) => {
    const repeated = input.key ? await repos.ledger.transactionByKey(tx, input.key) : null;
    if (repeated) return repeated;
    // The one lock order: the budget first, then the funding source (sourceBalanceInTx locks it).
    if (!(await repos.ledger.lockBudget(tx, budgetId))) throw NotFoundError('Budget', budgetId);
    const source = await repos.budgetSetup.fundingSourceInTx(tx, input.sourceCode);
    if (!source) throw NotFoundError('FundingSource', input.sourceCode);
    const { creditedFen, allocatedFen } = await repos.budgetSetup.sourceBalanceInTx(tx, input.sourceCode, input.fiscalYear);
    if (input.amountFen > creditedFen - allocatedFen) {
      throw ValidationError(
        `${source.name}在 ${input.fiscalYear} 到账 ${formatYuan(creditedFen)}，已拨 ${formatYuan(allocatedFen)}，剩余 ${formatYuan(creditedFen - allocatedFen)}，不足以拨款 ${formatYuan(input.amountFen)}`,
        { rule: 'SOURCE_AVAILABLE', sourceCode: input.sourceCode, remainingFen: creditedFen - allocatedFen, amountFen: input.amountFen },
      );
    }
    const budget = (await repos.ledger.budgetInTx(tx, budgetId))!;
    if (budget.status === 'CLOSED') throw ValidationError(`${budget.fundName}（${budget.fiscalYear}）已关闭`, { rule: 'BUDGET_CLOSED' });
    const at = clock();
    const id = newId(at.getTime());
    await repos.ledger.createTransaction(tx, {
      id,
      key: input.key ?? null,
      type: 'ALLOCATION',
      fiscalYear: input.fiscalYear,
      amountFen: input.amountFen,
      fromBudgetId: null,
      toBudgetId: budgetId,
      sourceCode: input.sourceCode,
      description: input.description ?? `拨款：${source.name} → ${budget.fundName}`,
      actor: viewer.id,
      at: at.toISOString(),
    });
    await repos.ledger.addToTotals(tx, budgetId, { allocatedFen: input.amountFen });
    await recordAudit(repos, tx, viewer, 'budget.allocate', 'Budget', budgetId, null, { ...input, transactionId: id });
    return (await repos.ledger.transactionInTx(tx, id))!;
  });
}

/** Moves available money from one budget of the year to another. */
export async function transfer(
  repos: Repositories,
  viewer: Viewer,
  input: { fromFundCode: string; toFundCode: string; fiscalYear: string; amountFen: number; description?: string },
  clock: Clock = systemClock,
): Promise<LedgerTransaction> {
  requireRole({ viewer }, 'ADMIN');
  requireFen(input.amountFen, '调剂金额');
  if (input.fromFundCode === input.toFundCode) throw ValidationError('调出与调入不能是同一项经费');
  const fromId = budgetIdOf(input.fromFundCode, input.fiscalYear);
  const toId = budgetIdOf(input.toFundCode, input.fiscalYear);
  return repos.graph.writeTx(async (tx) => {
    for (const id of [fromId, toId].sort()) if (!(await repos.ledger.lockBudget(tx, id))) throw NotFoundError('Budget', id);
    const from = (await repos.ledger.budgetInTx(tx, fromId))!;
    const to = (await repos.ledger.budgetInTx(tx, toId))!;
    for (const b of [from, to])
      if (b.status === 'CLOSED') throw ValidationError(`${b.fundName}（${b.fiscalYear}）已关闭`, { rule: 'BUDGET_CLOSED' });
    requireAvailable(from, input.amountFen, '调出');
    const at = clock();
    const id = newId(at.getTime());
    await repos.ledger.createTransaction(tx, {
      id,
      key: null,
      type: 'TRANSFER',
      fiscalYear: input.fiscalYear,
      amountFen: input.amountFen,
      fromBudgetId: fromId,
      toBudgetId: toId,
      description: input.description ?? `调剂：${from.fundName} → ${to.fundName}`,
      actor: viewer.id,
      at: at.toISOString(),
    });
    await repos.ledger.addToTotals(tx, fromId, { netTransfersFen: -input.amountFen });
    await repos.ledger.addToTotals(tx, toId, { netTransfersFen: input.amountFen });
    await recordAudit(repos, tx, viewer, 'budget.transfer', 'Budget', fromId, null, { ...input, transactionId: id });
    return (await repos.ledger.transactionInTx(tx, id))!;
  });
}

/**
 * Void, never delete: an allocation or transfer entered by mistake gets amount 0 (the old one kept
 * as voidedAmountFen) and its effect reversed, refused when the money is already spent or committed.
 */
export async function voidTransaction(
  repos: Repositories,
  viewer: Viewer,
  transactionId: string,
  clock: Clock = systemClock,
): Promise<LedgerTransaction> {
  requireRole({ viewer }, 'ADMIN');
  return repos.graph.writeTx(async (tx) => {
    const t = await repos.ledger.transactionInTx(tx, transactionId);
    if (!t) throw NotFoundError('BudgetTransaction', transactionId);
    if (t.type !== 'ALLOCATION' && t.type !== 'TRANSFER') {
      throw ValidationError('只有拨款和调剂可以作废；预占、支付和退款随申请的状态变化', { type: t.type });
    }
    if (t.voidedAmountFen > 0 || t.amountFen === 0) throw ValidationError('这笔交易已作废', { transactionId });
    for (const id of [t.fromBudgetId, t.toBudgetId].filter((x): x is string => x !== null).sort()) await repos.ledger.lockBudget(tx, id);
    const to = (await repos.ledger.budgetInTx(tx, t.toBudgetId!))!;
    if (available(to) < t.amountFen) requireAvailable(to, t.amountFen, '作废');
    await repos.ledger.voidTransaction(tx, t.id, viewer.id, clock().toISOString());
    if (t.type === 'ALLOCATION') await repos.ledger.addToTotals(tx, to.id, { allocatedFen: -t.amountFen });
    else {
      await repos.ledger.addToTotals(tx, to.id, { netTransfersFen: -t.amountFen });
      await repos.ledger.addToTotals(tx, t.fromBudgetId!, { netTransfersFen: t.amountFen });
    }
    await recordAudit(repos, tx, viewer, 'budget.void', 'BudgetTransaction', t.id, t, null);
    return (await repos.ledger.transactionInTx(tx, t.id))!;
  });
}
