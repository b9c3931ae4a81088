import { describe, expect, it } from 'vitest';
import { monthRange, reconcile, requireTransition, statementTotals, type Statement, type StatementLine } from './settlement.js';

const line = (storeRef: string, amountFen: number, kind: 'SALE' | 'RETURN' = 'SALE'): StatementLine => ({
  transactionId: storeRef,
  kind,
  requestId: `r-${storeRef}`,
  storeRef,
  amountFen,
  budgetId: 'RC-X@FY2026',
  at: '2026-06-02T00:00:00Z',
});

const statement = (over: Partial<Statement> = {}): Statement => ({
  id: 'xinhua:2026-06',
  storeId: 'xinhua',
  month: '2026-06',
  status: 'OPEN',
  invoiceNo: null,
  discountBasisPoints: 0,
  lineCount: 0,
  mismatchCount: null,
  reconciledAt: null,
  createdAt: '',
  version: 1,
  salesFen: 0,
  returnsFen: 0,
  discountFen: 0,
  netFen: 0,
  ...over,
});

describe('settlement', () => {
  it('takes a month in China time', () => {
    expect(monthRange('2026-06')).toEqual({ from: '2026-05-31T16:00:00.000Z', to: '2026-06-30T16:00:00.000Z' });
    expect(monthRange('2026-12').to).toBe('2026-12-31T16:00:00.000Z');
    expect(() => monthRange('2026-13')).toThrow('月份应为 YYYY-MM');
  });

  it('totals sales minus returns minus a discount rounded half up', () => {
    expect(statementTotals([line('a', 3_333), line('b', 1_000, 'RETURN')], 1_500)).toEqual({
      salesFen: 3_333,
      returnsFen: 1_000,
      discountFen: 350,
      netFen: 1_983,
    });
  });

  it('moves one step at a time, needing an invoice number and a clean reconciliation', () => {
    expect(() => requireTransition(statement(), 'APPROVED')).toThrow('不能改为“已批准”');
    expect(() => requireTransition(statement(), 'REVIEWED')).toThrow('发票号');
    expect(() => requireTransition(statement({ status: 'REVIEWED', invoiceNo: '1' }), 'APPROVED')).toThrow('须与书店对账');
    expect(() => requireTransition(statement({ status: 'REVIEWED', invoiceNo: '1', mismatchCount: 2 }), 'APPROVED')).toThrow('2 处不符');
    expect(() => requireTransition(statement({ status: 'REVIEWED', invoiceNo: '1', mismatchCount: 0 }), 'APPROVED')).not.toThrow();
  });

  it('lists each mismatch against the store statement', () => {
    const ours = [line('S1', 4_500), line('S2', 3_000), line('S3', 2_000)];
    const mismatches = reconcile(statement({ invoiceNo: 'INV-1', netFen: 9_500 }), ours, {
      storeId: 'xinhua',
      month: '2026-06',
      invoiceNo: 'INV-2',
      lines: [
        { storeRef: 'S1', kind: 'SALE', amountFen: 4_500 },
        { storeRef: 'S2', kind: 'SALE', amountFen: 3_200 },
        { storeRef: 'S4', kind: 'SALE', amountFen: 1_000 },
      ],
      netFen: 8_700,
    });
    expect(mismatches.map((m) => [m.kind, m.storeRef])).toEqual([
      ['AMOUNT_DIFFERS', 'S2'],
      ['MISSING_AT_STORE', 'S3'],
      ['MISSING_HERE', 'S4'],
      ['NET_DIFFERS', null],
      ['INVOICE_DIFFERS', null],
    ]);
    expect(mismatches[0]!.message).toBe('S2：本馆 30.00 元，书店 32.00 元');
  });
});
