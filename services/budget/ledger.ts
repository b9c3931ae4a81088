import type { Tx } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import { LedgerRepository } from '../../graph/repositories/budget/ledger.js';
import { requireAvailable } from '../../domain/budget/balance.js';
import { formatYuan, requireFen } from '../../domain/budget/money.js';
import type { Budget, LedgerTransaction } from '../../domain/budget/types.js';
import type { Actor } from '../../domain/audit/types.js';
import { chinaDate, systemClock } from '../../lib/clock.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';

/**
 * The money side of a purchase request, run inside the caller's transaction (the purchase
 * service's one transaction per command), and the one lock order of every command that moves
 * money: `lockBudgetsInTx` first (the budgets it may touch, by id), then anything else, then the
 * writes. A command that wrote (a relationship to a shared Book, a timeline entry) before it waited
 * for a budget deadlocked with one that held the budget and wanted the same node. Each call here
 * locks its budget again (already held: no wait), so `available` is read after the lock; each is
 * idempotent per request (a unique key per request and transaction type backs it).
 */

const ledger = new LedgerRepository();

export interface EncumberInput {
  libraryId: string;
  fiscalYear?: string;
  amountFen: number;
  requestId: string;
  actor: Actor;
  /** When it happens (default: now); picks the fiscal year when none is given. */
  at?: Date;
}

const key = (type: 'ENCUMBRANCE' | 'PAYMENT' | 'CREDIT', requestId: string) => `${type}:${requestId}`;

async function lockedBudget(tx: Tx, budgetId: string): Promise<Budget> {
  if (!(await ledger.lockBudget(tx, budgetId))) throw NotFoundError('Budget', budgetId);
  const budget = await ledger.budgetInTx(tx, budgetId);
  if (!budget) throw NotFoundError('Budget', budgetId);
  return budget;
}

/** Takes the write locks of `budgetIds` in one order (by id) for the rest of `tx`; unknown ids are skipped. */
export async function lockBudgetsInTx(tx: Tx, budgetIds: Iterable<string | null | undefined>): Promise<void> {
  const ids = [...new Set([...budgetIds].filter((id): id is string => typeof id === 'string' && id !== ''))].sort();
  for (const id of ids) await ledger.lockBudget(tx, id);
}

/**
 * The budgets a step of a purchase request may touch: the one its encumbrance is on (payments and
 * credits follow it) and the library's 你选书我买单 budget of the fiscal year at `at` (a new approval).
 */
export async function purchaseBudgetIdsInTx(tx: Tx, input: { libraryId: string; requestId?: string | null; at: Date }): Promise<string[]> {
  const ids: string[] = [];
  if (input.requestId) {
    const encumbrance = await ledger.transactionByKey(tx, key('ENCUMBRANCE', input.requestId));
    if (encumbrance?.fromBudgetId) ids.push(encumbrance.fromBudgetId);
  }
  const fiscalYear = await ledger.fiscalYearAt(tx, chinaDate(input.at));
  const current = fiscalYear ? await ledger.readerChoiceBudgetId(tx, input.libraryId, fiscalYear) : null;
  if (current) ids.push(current);
  return ids;
}

async function encumbranceOf(tx: Tx, requestId: string): Promise<LedgerTransaction> {
  const encumbrance = await ledger.transactionByKey(tx, key('ENCUMBRANCE', requestId));
  if (!encumbrance) throw ValidationError(`申请 ${requestId} 没有预占经费`, { requestId });
  return encumbrance;
}

/** Encumbers `amountFen` on the library's 你选书我买单 fund of the fiscal year; refused when available is short. */
export async function encumberInTx(tx: Tx, input: EncumberInput): Promise<{ transactionId: string; fundCode: string }> {
  requireFen(input.amountFen, '预占金额');
  const at = input.at ?? systemClock();
  const fiscalYear = input.fiscalYear ?? (await ledger.fiscalYearAt(tx, chinaDate(at)));
  if (!fiscalYear) throw ValidationError(`${chinaDate(at)} 不在任何财年内，无法预占经费`, { rule: 'BUDGET_FISCAL_YEAR' });
  const budgetId = await ledger.readerChoiceBudgetId(tx, input.libraryId, fiscalYear);
  if (!budgetId) {
    throw ValidationError(`本馆在 ${fiscalYear} 财年没有“你选书我买单”经费`, {
      rule: 'BUDGET_MISSING',
      libraryId: input.libraryId,
      fiscalYear,
    });
  }
  const budget = await lockedBudget(tx, budgetId);
  const existing = await ledger.transactionByKey(tx, key('ENCUMBRANCE', input.requestId));
  if (existing) return { transactionId: existing.id, fundCode: budget.fundCode };
  if (budget.status !== 'ACTIVE') {
    throw ValidationError(`${budget.fundName}（${fiscalYear}）已关闭，不能再预占经费`, {
      rule: 'BUDGET_CLOSED',
      fundCode: budget.fundCode,
    });
  }
  requireAvailable(budget, input.amountFen, '预占');
  const transactionId = newId(at.getTime());
  await ledger.createTransaction(tx, {
    id: transactionId,
    key: key('ENCUMBRANCE', input.requestId),
    type: 'ENCUMBRANCE',
    fiscalYear,
    amountFen: input.amountFen,
    fromBudgetId: budgetId,
    toBudgetId: null,
    requestId: input.requestId,
    encumbranceStatus: 'UNRELEASED',
    description: `预占：你选书我买单申请 ${input.requestId}`,
    actor: input.actor.id,
    at: at.toISOString(),
  });
  await ledger.addToTotals(tx, budgetId, { encumberedFen: input.amountFen });
  return { transactionId, fundCode: budget.fundCode };
}

/** Releases the request's encumbrance (a cancellation or rejection after approval); a second call changes nothing. */
export async function releaseEncumbranceInTx(
  tx: Tx,
  input: { requestId: string; actor: Actor; at?: Date },
): Promise<{ releasedFen: number }> {
  const found = await ledger.transactionByKey(tx, key('ENCUMBRANCE', input.requestId));
  if (!found) return { releasedFen: 0 };
  await lockedBudget(tx, found.fromBudgetId!);
  const encumbrance = (await ledger.transactionInTx(tx, found.id))!;
  if (encumbrance.encumbranceStatus === 'RELEASED') return { releasedFen: 0 };
  await ledger.releaseEncumbrance(tx, encumbrance.id, (input.at ?? systemClock()).toISOString());
  await ledger.addToTotals(tx, encumbrance.fromBudgetId!, { encumberedFen: -encumbrance.amountFen });
  return { releasedFen: encumbrance.amountFen };
}

/**
 * The store's sale is paid from the request's encumbrance: the encumbrance is released and the
 * price expended. A price above what was encumbered is refused when the fund cannot cover the difference.
 */
export async function payInTx(
  tx: Tx,
  input: { requestId: string; amountFen: number; invoiceRef: string; actor: Actor; storeId?: string; at?: Date },
): Promise<{ transactionId: string; fundCode: string }> {
  requireFen(input.amountFen, '支付金额');
  const found = await encumbranceOf(tx, input.requestId);
  const budget = await lockedBudget(tx, found.fromBudgetId!);
  const existing = await ledger.transactionByKey(tx, key('PAYMENT', input.requestId));
  if (existing) return { transactionId: existing.id, fundCode: budget.fundCode };
  const encumbrance = (await ledger.transactionInTx(tx, found.id))!;
  const held = encumbrance.encumbranceStatus === 'UNRELEASED' ? encumbrance.amountFen : 0;
  if (input.amountFen > held) {
    const extra = input.amountFen - held;
    try {
      requireAvailable(budget, extra, '支付超出预占的');
    } catch (error) {
      throw ValidationError(`实付 ${formatYuan(input.amountFen)} 超出预占 ${formatYuan(held)}，${(error as Error).message}`, {
        rule: 'BUDGET_AVAILABLE',
        fundCode: budget.fundCode,
        requestId: input.requestId,
      });
    }
  }
  const at = input.at ?? systemClock();
  const transactionId = newId(at.getTime());
  if (held > 0) await ledger.releaseEncumbrance(tx, encumbrance.id, at.toISOString());
  await ledger.createTransaction(tx, {
    id: transactionId,
    key: key('PAYMENT', input.requestId),
    type: 'PAYMENT',
    fiscalYear: budget.fiscalYear,
    amountFen: input.amountFen,
    fromBudgetId: budget.id,
    toBudgetId: null,
    requestId: input.requestId,
    storeId: input.storeId ?? null,
    invoiceRef: input.invoiceRef,
    description: `支付：你选书我买单申请 ${input.requestId}（${input.invoiceRef}）`,
    actor: input.actor.id,
    at: at.toISOString(),
  });
  await ledger.addToTotals(tx, budget.id, { encumberedFen: -held, expendedFen: input.amountFen });
  return { transactionId, fundCode: budget.fundCode };
}

/** A book returned to the store: its money comes back to the fund that paid it (at most what was paid). */
export async function creditInTx(
  tx: Tx,
  input: { requestId: string; amountFen: number; actor: Actor; storeId?: string; at?: Date },
): Promise<{ transactionId: string; fundCode: string }> {
  requireFen(input.amountFen, '退款金额');
  const payment = await ledger.transactionByKey(tx, key('PAYMENT', input.requestId));
  if (!payment) throw ValidationError(`申请 ${input.requestId} 尚未支付，不能退款`, { requestId: input.requestId });
  const budget = await lockedBudget(tx, payment.fromBudgetId!);
  const existing = await ledger.transactionByKey(tx, key('CREDIT', input.requestId));
  if (existing) return { transactionId: existing.id, fundCode: budget.fundCode };
  if (input.amountFen > payment.amountFen) {
    throw ValidationError(`退款 ${formatYuan(input.amountFen)} 超过实付 ${formatYuan(payment.amountFen)}`, {
      requestId: input.requestId,
      paidFen: payment.amountFen,
    });
  }
  const at = input.at ?? systemClock();
  const transactionId = newId(at.getTime());
  await ledger.createTransaction(tx, {
    id: transactionId,
    key: key('CREDIT', input.requestId),
    type: 'CREDIT',
    fiscalYear: budget.fiscalYear,
    amountFen: input.amountFen,
    fromBudgetId: null,
    toBudgetId: budget.id,
    requestId: input.requestId,
    storeId: input.storeId ?? payment.storeId,
    invoiceRef: payment.invoiceRef,
    description: `退款：你选书我买单申请 ${input.requestId}`,
    actor: input.actor.id,
    at: at.toISOString(),
  });
  await ledger.addToTotals(tx, budget.id, { creditedFen: input.amountFen });
  return { transactionId, fundCode: budget.fundCode };
}
