import type { Tx } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { splitProportionally } from '../../domain/budget/money.js';
import {
  monthRange,
  reconcile,
  requireMonth,
  requireTransition,
  statementTotals,
  type Mismatch,
  type Statement,
  type StoreStatement,
} from '../../domain/budget/settlement.js';
import { requireRole, type Viewer } from '../../domain/account/access.js';
import type { BookstoreConfig, BookstoresConfig } from '../../lib/bookstores.js';
import { offsetAfter, offsetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { fetchStoreStatement } from '../bookstore/stores.js';
import { lockBudgetsInTx } from './ledger.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';

/**
 * Monthly settlement with each bookstore (the treasurer's work): close a month into a statement,
 * review it with the store's invoice number, reconcile it against the store's own statement,
 * approve it, mark it paid. Paying writes the store's discount back to the funds that paid the
 * sales (a CREDIT per fund, split in proportion), so the ledger shows what really left the bank.
 */

export const statementId = (storeId: string, month: string) => `${storeId}:${month}`;

function storeOf(stores: readonly BookstoreConfig[], storeId: string): BookstoreConfig {
  const store = stores.find((s) => s.id === storeId);
  if (!store) throw NotFoundError('Bookstore', storeId);
  return store;
}

async function lockedStatement(repos: Repositories, tx: Tx, id: string) {
  await repos.settlement.lockStatement(tx, id);
  const statement = await repos.settlement.statementInTx(tx, id);
  if (!statement) throw NotFoundError('Statement', id);
  return statement;
}

export async function closeMonth(
  repos: Repositories,
  viewer: Viewer,
  stores: readonly BookstoreConfig[],
  input: { storeId: string; month: string },
  clock: Clock = systemClock,
): Promise<Statement> {
  requireRole({ viewer }, 'ADMIN');
  const store = storeOf(stores, input.storeId);
  const { from, to } = monthRange(requireMonth(input.month));
  const now = clock();
  if (now.toISOString() < to) throw ValidationError(`${input.month} 尚未结束，不能结账`, { rule: 'MONTH_NOT_OVER', month: input.month });
  const id = statementId(store.id, input.month);
  return repos.graph.writeTx(async (tx) => {
    if (await repos.settlement.statementInTx(tx, id)) throw ConflictError(`${store.name} ${input.month} 已结账`, { statementId: id });
    // Month by month, as the store invoices: a statement holds its own month (and late lines of months already closed).
    const open = await repos.settlement.earliestOpenMonthBefore(tx, store.id, from);
    if (open)
      throw ValidationError(`${store.name} ${open} 尚未结账，请先结 ${open} 的账，再结 ${input.month}`, {
        rule: 'EARLIER_MONTH_OPEN',
        month: input.month,
        openMonth: open,
      });
    const lines = await repos.settlement.unsettledLines(tx, store.id, to);
    const totals = statementTotals(lines, store.discountBasisPoints);
    await repos.settlement.create(tx, {
      id,
      storeId: store.id,
      month: input.month,
      discountBasisPoints: store.discountBasisPoints,
      totals,
      lines,
      actor: viewer.id,
      at: now.toISOString(),
    });
    await recordAudit(repos, tx, viewer, 'budget.closeMonth', 'Statement', id, null, { ...totals, lines: lines.length });
    return (await repos.settlement.statementInTx(tx, id))!;
  });
}

export async function reviewStatement(
  repos: Repositories,
  viewer: Viewer,
  id: string,
  invoiceNo: string,
  clock: Clock = systemClock,
): Promise<Statement> {
  requireRole({ viewer }, 'ADMIN');
  const invoice = invoiceNo.trim();
  if (!invoice) throw ValidationError('审核前须填写书店的发票号', { rule: 'STATEMENT_INVOICE' });
  return repos.graph.writeTx(async (tx) => {
    const statement = await lockedStatement(repos, tx, id);
    requireTransition({ ...statement, invoiceNo: invoice }, 'REVIEWED');
    await repos.settlement.setStatus(tx, id, 'REVIEWED', viewer.id, clock().toISOString(), invoice);
    await recordAudit(
      repos,
      tx,
      viewer,
      'budget.reviewStatement',
      'Statement',
      id,
      { status: statement.status },
      { status: 'REVIEWED', invoiceNo: invoice },
    );
    return (await repos.settlement.statementInTx(tx, id))!;
  });
}

/** Compares the statement with the store's own and keeps the mismatches (an approval needs none). */
export async function reconcileStatement(
  repos: Repositories,
  viewer: Viewer,
  id: string,
  theirs: StoreStatement,
  clock: Clock = systemClock,
): Promise<{ statement: Statement; mismatches: Mismatch[] }> {
  requireRole({ viewer }, 'ADMIN');
  return repos.graph.writeTx(async (tx) => {
    const statement = await lockedStatement(repos, tx, id);
    if (theirs.storeId !== statement.storeId || theirs.month !== statement.month) {
      throw ValidationError(`书店对账单是 ${theirs.storeId} ${theirs.month} 的，不是 ${statement.storeId} ${statement.month} 的`);
    }
    const mismatches = reconcile(statement, await repos.settlement.linesInTx(tx, id), theirs);
    await repos.settlement.saveReconciliation(tx, id, mismatches, clock().toISOString());
    await recordAudit(repos, tx, viewer, 'budget.reconcileStatement', 'Statement', id, null, { mismatches: mismatches.length });
    return { statement: (await repos.settlement.statementInTx(tx, id))!, mismatches };
  });
}

export async function approveStatement(repos: Repositories, viewer: Viewer, id: string, clock: Clock = systemClock): Promise<Statement> {
  requireRole({ viewer }, 'ADMIN');
  return repos.graph.writeTx(async (tx) => {
    const statement = await lockedStatement(repos, tx, id);
    requireTransition(statement, 'APPROVED');
    await repos.settlement.setStatus(tx, id, 'APPROVED', viewer.id, clock().toISOString());
    await recordAudit(repos, tx, viewer, 'budget.approveStatement', 'Statement', id, { status: statement.status }, { status: 'APPROVED' });
    return (await repos.settlement.statementInTx(tx, id))!;
  });
}

export async function payStatement(repos: Repositories, viewer: Viewer, id: string, clock: Clock = systemClock): Promise<Statement> {
  requireRole({ viewer }, 'ADMIN');
  const at = clock();
  return repos.graph.writeTx(async (tx) => {
    // The one lock order: the budgets the statement's lines were paid from, by id, before the statement.
    const lines = await repos.settlement.linesInTx(tx, id);
    await lockBudgetsInTx(
      tx,
      lines.map((line) => line.budgetId),
    );
    const statement = await lockedStatement(repos, tx, id);
    requireTransition(statement, 'PAID');
    if (statement.discountFen > 0) {
      const net = new Map<string, number>();
      for (const line of lines) {
        net.set(line.budgetId, (net.get(line.budgetId) ?? 0) + (line.kind === 'SALE' ? line.amountFen : -line.amountFen));
      }
      const budgets = [...net.keys()].sort();
      const parts = splitProportionally(
        statement.discountFen,
        budgets.map((b) => Math.max(0, net.get(b)!)),
      );
      for (const [i, budgetId] of budgets.entries()) {
        if (parts[i]! <= 0) continue;
        const budget = (await repos.ledger.budgetInTx(tx, budgetId))!;
        await repos.ledger.createTransaction(tx, {
          id: newId(at.getTime()),
          key: `DISCOUNT:${id}:${budgetId}`,
          type: 'CREDIT',
          fiscalYear: budget.fiscalYear,
          amountFen: parts[i]!,
          fromBudgetId: null,
          toBudgetId: budgetId,
          storeId: statement.storeId,
          invoiceRef: statement.invoiceNo,
          description: `书店折让：${statement.storeId} ${statement.month}`,
          actor: viewer.id,
          at: at.toISOString(),
        });
        await repos.ledger.addToTotals(tx, budgetId, { creditedFen: parts[i]! });
      }
    }
    await repos.settlement.setStatus(tx, id, 'PAID', viewer.id, at.toISOString());
    await recordAudit(repos, tx, viewer, 'budget.payStatement', 'Statement', id, { status: statement.status }, { status: 'PAID' });
    return (await repos.settlement.statementInTx(tx, id))!;
  });
}

/** Reconciles against the store's own statement fetched over its signed API. */
export async function reconcileWithStore(
  repos: Repositories,
  viewer: Viewer,
  bookstores: BookstoresConfig | undefined,
  id: string,
  clock: Clock = systemClock,
): Promise<Statement> {
  requireRole({ viewer }, 'ADMIN');
  const own = await repos.settlement.statement(id);
  if (!own) throw NotFoundError('Statement', id);
  if (!bookstores) throw ValidationError('没有配置书店（BOOKSTORES），无法取得书店对账单');
  const theirs = await fetchStoreStatement(bookstores, own.storeId, own.month);
  return (await reconcileStatement(repos, viewer, id, theirs, clock)).statement;
}

export async function listStatements(
  repos: Repositories,
  viewer: Viewer,
  filter: { storeId?: string | null; month?: string | null },
  page: { first?: number | null; after?: string | null },
): Promise<Connection<Statement>> {
  requireRole({ viewer }, 'ADMIN');
  const first = pageSize(page.first);
  const offset = offsetAfter(page.after);
  const { items, total } = await repos.settlement.list({ storeId: filter.storeId ?? null, month: filter.month ?? null, first, offset });
  return offsetConnection(items, offset, offset + items.length < total, total);
}
