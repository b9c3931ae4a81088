import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { available } from '../../domain/budget/balance.js';
import type { BookstoreConfig } from '../../lib/bookstores.js';
import { readTable } from '../../lib/tables/read.js';
import { encumberInTx, payInTx } from '../../services/budget/ledger.js';
import { approveStatement, closeMonth, payStatement, reconcileStatement, reviewStatement } from '../../services/budget/settlement.js';
import { exportStatement } from '../../services/budget/statement-export.js';
import { commitYearEnd, previewYearEnd } from '../../services/budget/year-end.js';
import { verifyLedger } from '../../services/budget/verify.js';
import { testGraph } from '../support/graph.js';
import { buildBudget } from '../support/factories/budget.js';

let graph: Graph;
let repos: Repositories;
const actor = { id: 'purchase-service', role: 'ADMIN', libraryId: null };

beforeAll(() => {
  graph = testGraph();
  repos = createRepositories(graph);
});
afterAll(() => graph.close());

async function sale(libraryId: string, requestId: string, priceFen: number, storeId: string, storeRef: string, at: string) {
  await repos.graph.writeTx(async (tx) => {
    await encumberInTx(tx, { libraryId, amountFen: priceFen, requestId, actor, at: new Date(at) });
    await payInTx(tx, { requestId, amountFen: priceFen, invoiceRef: storeRef, actor, storeId, at: new Date(at) });
  });
}

async function bytesOf(body: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(body, new Writable({ write: (chunk: Buffer, _e, done) => (chunks.push(Buffer.from(chunk)), done()) }));
  return Buffer.concat(chunks);
}

describe('monthly settlement with a bookstore', () => {
  it('closes a month into a statement, reconciles it, approves and pays it, crediting the discount back', async () => {
    const storeId = `xinhua-${Date.now().toString(36)}`;
    const stores: BookstoreConfig[] = [
      { id: storeId, name: '新华书店测试店', channel: 'STORE', baseUrl: null, secret: 'x'.repeat(16), discountBasisPoints: 1_000 },
    ];
    const b = await buildBudget(graph, { allocatedFen: 100_000 });
    await sale(b.libraryId, `${storeId}-r1`, 4_500, storeId, 'S-001', '2026-06-01T01:00:00Z');
    await sale(b.libraryId, `${storeId}-r2`, 3_000, storeId, 'S-002', '2026-06-30T15:59:00Z');
    await sale(b.libraryId, `${storeId}-r3`, 2_000, storeId, 'S-003', '2026-06-30T16:00:00Z'); // 1 July in China: next month
    const july = () => new Date('2026-07-02T00:00:00Z');

    await expect(closeMonth(repos, CLI_ACTOR, stores, { storeId, month: '2026-07' }, july)).rejects.toThrow('2026-07 尚未结束');
    const statement = await closeMonth(repos, CLI_ACTOR, stores, { storeId, month: '2026-06' }, july);
    expect(statement).toMatchObject({ status: 'OPEN', lineCount: 2, salesFen: 7_500, discountFen: 750, netFen: 6_750 });
    await expect(closeMonth(repos, CLI_ACTOR, stores, { storeId, month: '2026-06' }, july)).rejects.toThrow('已结账');
    await expect(approveStatement(repos, CLI_ACTOR, statement.id)).rejects.toThrow('不能改为“已批准”');
    await reviewStatement(repos, CLI_ACTOR, statement.id, 'INV-2026-06');

    const theirs = {
      storeId,
      month: '2026-06',
      invoiceNo: 'INV-2026-06',
      lines: [
        { storeRef: 'S-001', kind: 'SALE' as const, amountFen: 4_500 },
        { storeRef: 'S-002', kind: 'SALE' as const, amountFen: 3_100 },
      ],
      netFen: 6_840,
    };
    const first = await reconcileStatement(repos, CLI_ACTOR, statement.id, theirs);
    expect(first.mismatches.map((m) => m.kind)).toEqual(['AMOUNT_DIFFERS', 'NET_DIFFERS']);
    await expect(approveStatement(repos, CLI_ACTOR, statement.id)).rejects.toThrow('2 处不符');
    await reconcileStatement(repos, CLI_ACTOR, statement.id, {
      ...theirs,
      lines: [theirs.lines[0]!, { ...theirs.lines[1]!, amountFen: 3_000 }],
      netFen: 6_750,
    });
    await approveStatement(repos, CLI_ACTOR, statement.id);
    const paid = await payStatement(repos, CLI_ACTOR, statement.id);
    expect(paid.status).toBe('PAID');
    const budget = (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, b.budgetId)))!;
    expect(budget).toMatchObject({ expendedFen: 9_500, creditedFen: 750 });
    expect(available(budget)).toBe(100_000 - 9_500 + 750);
    expect((await verifyLedger(repos)).problems).toEqual([]);

    const csv = (await bytesOf((await exportStatement(repos, statement.id, 'csv')).body)).toString('utf8');
    expect(csv.startsWith('\ufeff日期,类型,书店单号,申请号,经费,金额（元）\r\n')).toBe(true);
    expect(csv).toContain('S-002');
    expect(csv).toContain('应付,发票号 INV-2026-06,已付款,,67.50');
    const xlsx = await readTable(await bytesOf((await exportStatement(repos, statement.id, 'xlsx')).body), 'statement.xlsx');
    expect(xlsx.rows.find((row) => row.cells[1]?.startsWith('折让'))?.cells[5]).toBe('7.50');
  });
});

describe('closing months in order', () => {
  it('refuses December while November is open, naming November; a late line of a closed month comes in the next statement', async () => {
    const storeId = `xinhua-order-${Date.now().toString(36)}`;
    const stores: BookstoreConfig[] = [
      { id: storeId, name: '新华书店顺序店', channel: 'STORE', baseUrl: null, secret: 'x'.repeat(16), discountBasisPoints: 0 },
    ];
    const b = await buildBudget(graph, { allocatedFen: 100_000 });
    await sale(b.libraryId, `${storeId}-nov`, 1_000, storeId, 'N-1', '2026-11-10T02:00:00Z');
    await sale(b.libraryId, `${storeId}-dec`, 2_000, storeId, 'D-1', '2026-12-10T02:00:00Z');
    const january = () => new Date('2027-01-05T00:00:00Z');

    await expect(closeMonth(repos, CLI_ACTOR, stores, { storeId, month: '2026-12' }, january)).rejects.toThrow(
      '新华书店顺序店 2026-11 尚未结账，请先结 2026-11 的账，再结 2026-12',
    );
    const november = await closeMonth(repos, CLI_ACTOR, stores, { storeId, month: '2026-11' }, january);
    expect(november).toMatchObject({ lineCount: 1, salesFen: 1_000 });
    await sale(b.libraryId, `${storeId}-nov-late`, 500, storeId, 'N-2', '2026-11-20T02:00:00Z'); // reported after November closed
    const december = await closeMonth(repos, CLI_ACTOR, stores, { storeId, month: '2026-12' }, january);
    expect(december).toMatchObject({ lineCount: 2, salesFen: 2_500 });
  });
});

describe('year end', () => {
  it("previews, then commits the city library's top-up and the rollover into next year's digital resources, once", async () => {
    const year = `FY${2300 + Math.floor(Math.random() * 600)}`;
    const next = `FY${Number(year.slice(2)) + 1}`;
    const rc = await buildBudget(graph, { fiscalYear: year, allocatedFen: 20_000, plannedFen: 30_000 });
    const digital = await buildBudget(graph, { fiscalYear: year, allocatedFen: 50_000, kind: 'DIGITAL_RESOURCES' });
    await repos.graph.writeTx((tx) =>
      repos.budgetSetup.upsertFiscalYear(tx, {
        code: year,
        name: year,
        periodStart: `${year.slice(2)}-01-01`,
        periodEnd: `${year.slice(2)}-12-31`,
        topUpSourceCode: digital.sourceCode,
      }),
    );
    await repos.graph.writeTx((tx) =>
      encumberInTx(tx, { libraryId: rc.libraryId, fiscalYear: year, amountFen: 5_000, requestId: `${year}-open`, actor }),
    );

    const preview = await previewYearEnd(repos, CLI_ACTOR, year);
    const mine = <T extends { budgetId: string }>(items: T[]) =>
      items.filter((x) => x.budgetId === rc.budgetId || x.budgetId === digital.budgetId);
    expect(mine(preview.topUps).map((t) => [t.budgetId, t.shortfallFen])).toEqual([[rc.budgetId, 10_000]]);
    expect(
      mine(preview.rollovers)
        .map((r) => [r.budgetId, r.amountFen])
        .sort(),
    ).toEqual(
      [
        [digital.budgetId, 50_000],
        [rc.budgetId, 25_000],
      ].sort(),
    );
    const untouched = (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, rc.budgetId)))!;
    expect(untouched.allocatedFen).toBe(20_000);

    const committed = await commitYearEnd(repos, CLI_ACTOR, year);
    expect(committed.rolloverTotalFen).toBe(preview.rolloverTotalFen);
    const after = (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, rc.budgetId)))!;
    expect(after).toMatchObject({ status: 'CLOSED', allocatedFen: 30_000, netTransfersFen: -25_000, encumberedFen: 5_000 });
    expect(available(after)).toBe(0);
    const target = (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, `${committed.digitalFundCode}@${next}`)))!;
    expect(target.netTransfersFen).toBeGreaterThanOrEqual(75_000);
    await expect(commitYearEnd(repos, CLI_ACTOR, year)).rejects.toThrow('已完成年终结转');
    expect((await verifyLedger(repos)).problems).toEqual([]);
  });
});
