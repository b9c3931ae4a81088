import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { available } from '../../domain/budget/balance.js';
import { encumberInTx, payInTx, creditInTx, releaseEncumbranceInTx } from '../../services/budget/ledger.js';
import { allocate, transfer, voidTransaction } from '../../services/budget/treasury.js';
import { verifyLedger } from '../../services/budget/verify.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { testGraph } from '../support/graph.js';
import { buildBudget } from '../support/factories/budget.js';
import { isAppError } from '../../lib/errors.js';

let graph: Graph;
let repos: Repositories;
const actor = { id: 'purchase-service', role: 'ADMIN', libraryId: null };
const at = new Date('2026-06-01T02:00:00Z');

beforeAll(() => {
  graph = testGraph();
  repos = createRepositories(graph);
});
afterAll(() => graph.close());

const budgetOf = async (id: string) => (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, id)))!;
const encumber = (libraryId: string, requestId: string, amountFen: number) =>
  repos.graph.writeTx((tx) => encumberInTx(tx, { libraryId, amountFen, requestId, actor, at }));

async function expectBalanced() {
  const report = await verifyLedger(repos);
  expect(report.problems).toEqual([]);
}

describe('the ledger under the purchase flow', () => {
  it('encumbers, pays, credits and releases, each once per request, and every total matches its transactions', async () => {
    const b = await buildBudget(graph, { allocatedFen: 50_000 });
    const first = await encumber(b.libraryId, 'req-a', 4_500);
    expect(first.fundCode).toBe(b.fundCode);
    expect(await encumber(b.libraryId, 'req-a', 4_500)).toEqual(first);
    await encumber(b.libraryId, 'req-b', 3_000);
    expect(await budgetOf(b.budgetId)).toMatchObject({ encumberedFen: 7_500, expendedFen: 0 });

    await repos.graph.writeTx((tx) =>
      payInTx(tx, { requestId: 'req-a', amountFen: 4_200, invoiceRef: 'XH-001', actor, storeId: 'xinhua-jx', at }),
    );
    await repos.graph.writeTx((tx) => payInTx(tx, { requestId: 'req-a', amountFen: 4_200, invoiceRef: 'XH-001', actor, at }));
    expect(await budgetOf(b.budgetId)).toMatchObject({ encumberedFen: 3_000, expendedFen: 4_200 });

    await repos.graph.writeTx((tx) => creditInTx(tx, { requestId: 'req-a', amountFen: 4_200, actor, at }));
    await repos.graph.writeTx((tx) => creditInTx(tx, { requestId: 'req-a', amountFen: 4_200, actor, at }));
    expect(await repos.graph.writeTx((tx) => releaseEncumbranceInTx(tx, { requestId: 'req-b', actor, at }))).toEqual({
      releasedFen: 3_000,
    });
    expect(await repos.graph.writeTx((tx) => releaseEncumbranceInTx(tx, { requestId: 'req-b', actor, at }))).toEqual({ releasedFen: 0 });
    const after = await budgetOf(b.budgetId);
    expect(after).toMatchObject({ encumberedFen: 0, expendedFen: 4_200, creditedFen: 4_200 });
    expect(available(after)).toBe(50_000);
    await expectBalanced();
  });

  it('refuses an approval beyond available in Chinese, and a float amount', async () => {
    const b = await buildBudget(graph, { allocatedFen: 10_000 });
    await encumber(b.libraryId, 'req-c', 8_000);
    const refusal = await encumber(b.libraryId, 'req-d', 2_001).catch((e: unknown) => e);
    expect(isAppError(refusal) && refusal.code).toBe('VALIDATION');
    expect((refusal as Error).message).toBe(`${b.fundName}（FY2026）可用余额 20.00 元，不足以预占 20.01 元`);
    await expect(encumber(b.libraryId, 'req-e', 12.5)).rejects.toThrow('以分为单位的整数');
    await expect(encumber('no-such-library', 'req-f', 100)).rejects.toThrow('本馆在 FY2026 财年没有“你选书我买单”经费');
    expect(await budgetOf(b.budgetId)).toMatchObject({ encumberedFen: 8_000 });
  });

  it('refuses a payment above the encumbrance when the fund cannot cover the difference', async () => {
    const b = await buildBudget(graph, { allocatedFen: 5_000 });
    await encumber(b.libraryId, 'req-g', 4_000);
    await encumber(b.libraryId, 'req-h', 1_000);
    await expect(
      repos.graph.writeTx((tx) => payInTx(tx, { requestId: 'req-g', amountFen: 4_001, invoiceRef: 'X', actor, at })),
    ).rejects.toThrow('实付 40.01 元 超出预占 40.00 元');
    expect(await budgetOf(b.budgetId)).toMatchObject({ encumberedFen: 5_000, expendedFen: 0 });
  });

  it('lets exactly as many of 50 concurrent approvals through as the fund has room for', async () => {
    const b = await buildBudget(graph, { allocatedFen: 3_500 });
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => encumber(b.libraryId, `race-${b.fundCode}-${i}`, 1_000)));
    const approved = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(approved).toHaveLength(3);
    expect(refused).toHaveLength(47);
    for (const r of refused) expect((r.reason as Error).message).toContain('不足以预占 10.00 元');
    const after = await budgetOf(b.budgetId);
    expect(after.encumberedFen).toBe(3_000);
    expect(available(after)).toBe(500);
    await expectBalanced();
  });
});

describe('the treasurer', () => {
  it('allocates within what a source was credited, transfers within available, and voids instead of deleting', async () => {
    const a = await buildBudget(graph, { allocatedFen: 10_000, creditFen: 15_000 });
    const b = await buildBudget(graph, { allocatedFen: 0, creditFen: 1 });
    await expect(
      allocate(repos, CLI_ACTOR, { sourceCode: a.sourceCode, fundCode: a.fundCode, fiscalYear: 'FY2026', amountFen: 5_001 }),
    ).rejects.toThrow('剩余 50.00 元，不足以拨款 50.01 元');
    await encumber(a.libraryId, 'req-t1', 6_000);
    await expect(
      transfer(repos, CLI_ACTOR, { fromFundCode: a.fundCode, toFundCode: b.fundCode, fiscalYear: 'FY2026', amountFen: 4_001 }),
    ).rejects.toThrow('可用余额 40.00 元，不足以调出 40.01 元');
    const moved = await transfer(repos, CLI_ACTOR, {
      fromFundCode: a.fundCode,
      toFundCode: b.fundCode,
      fiscalYear: 'FY2026',
      amountFen: 4_000,
    });
    expect((await budgetOf(b.budgetId)).netTransfersFen).toBe(4_000);
    const voided = await voidTransaction(repos, CLI_ACTOR, moved.id);
    expect(voided).toMatchObject({ amountFen: 0, voidedAmountFen: 4_000 });
    expect((await budgetOf(a.budgetId)).netTransfersFen).toBe(0);
    await expect(voidTransaction(repos, CLI_ACTOR, moved.id)).rejects.toThrow('已作废');
    await expect(
      allocate(
        repos,
        { id: 'x', role: 'LIBRARIAN', libraryId: a.libraryId },
        { sourceCode: a.sourceCode, fundCode: a.fundCode, fiscalYear: 'FY2026', amountFen: 1 },
      ),
    ).rejects.toThrow();
    await expectBalanced();
  });

  it('finds a total that no longer matches its transactions', async () => {
    const b = await buildBudget(graph, { allocatedFen: 1_000 });
    await graph.write('MATCH (b:Budget {id: $id}) SET b.encumberedFen = b.encumberedFen + 7', { id: b.budgetId });
    const report = await verifyLedger(repos);
    expect(report.problems.filter((p) => p.subject === b.budgetId).map((p) => p.kind)).toEqual(['TOTALS_MISMATCH']);
    await graph.write('MATCH (b:Budget {id: $id}) SET b.encumberedFen = b.encumberedFen - 7', { id: b.budgetId });
  });
});
