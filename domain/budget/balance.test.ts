import { describe, expect, it } from 'vitest';
import { addTotals, available, cashBalance, requireAvailable, totalsMismatches, unavailable, ZERO_TOTALS } from './balance.js';
import { formatYuan, parseYuan, requireFen, splitProportionally } from './money.js';
import { planYearEnd } from './year-end.js';
import type { Budget } from './types.js';

const label = { fundName: '海宁市图书馆你选书我买单经费', fundCode: 'RC-HAINING', fiscalYear: 'FY2026' };

describe('budget arithmetic (FOLIO formulas)', () => {
  it('computes available, unavailable and cash balance from the totals', () => {
    const b = addTotals(ZERO_TOTALS, {
      allocatedFen: 100_00,
      netTransfersFen: 50_00,
      encumberedFen: 30_00,
      expendedFen: 40_00,
      creditedFen: 5_00,
    });
    expect(available(b)).toBe(150_00 - (30_00 + 40_00 - 5_00));
    expect(unavailable(b)).toBe(65_00);
    expect(cashBalance(b)).toBe(150_00 - 40_00 + 5_00);
  });

  it('refuses an amount beyond available with the figures in Chinese', () => {
    const b = { ...addTotals(ZERO_TOTALS, { allocatedFen: 100_00, encumberedFen: 80_00 }), ...label };
    expect(() => requireAvailable(b, 20_00, '批准')).not.toThrow();
    expect(() => requireAvailable(b, 20_01, '批准')).toThrow(
      '海宁市图书馆你选书我买单经费（FY2026）可用余额 20.00 元，不足以批准 20.01 元',
    );
  });

  it('names the fields whose stored totals differ from the recomputed ones', () => {
    const stored = addTotals(ZERO_TOTALS, { allocatedFen: 10, encumberedFen: 3 });
    expect(totalsMismatches(stored, addTotals(ZERO_TOTALS, { allocatedFen: 10, encumberedFen: 2 }))).toEqual([
      { field: 'encumberedFen', storedFen: 3, recomputedFen: 2 },
    ]);
  });
});

describe('money in fen', () => {
  it('refuses floats, negatives and zero', () => {
    expect(() => requireFen(12.5, '金额')).toThrow('以分为单位的整数');
    expect(() => requireFen(-1, '金额')).toThrow('不能为负数');
    expect(() => requireFen(0, '金额')).toThrow('必须大于零');
    expect(requireFen(0, '金额', { allowZero: true })).toBe(0);
  });

  it('formats and parses yuan exactly', () => {
    expect(formatYuan(12_800)).toBe('128.00 元');
    expect(formatYuan(123_456_789)).toBe('1,234,567.89 元');
    expect(formatYuan(-5)).toBe('-0.05 元');
    expect(parseYuan('128.5')).toBe(12_850);
    expect(parseYuan('¥1,280.00')).toBe(128_000);
    expect(parseYuan('20万')).toBe(20_000_000);
    expect(parseYuan('0.1万')).toBe(100_000);
    expect(() => parseYuan('12.345')).toThrow('无法识别的金额');
  });

  it('splits an amount in proportion so the parts add up exactly', () => {
    const parts = splitProportionally(100, [1, 1, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(parts).toEqual([34, 33, 33]);
    expect(splitProportionally(7, [0, 0])).toEqual([0, 0]);
  });
});

describe('year end', () => {
  const budget = (over: Partial<Budget>): Budget => ({
    ...ZERO_TOTALS,
    id: 'b',
    fundCode: 'F',
    fundName: 'F',
    fundKind: 'OTHER',
    libraryId: null,
    fiscalYear: 'FY2026',
    status: 'ACTIVE',
    plannedFen: 0,
    ...over,
  });

  it('tops up to the plan and rolls over what is left, the top-up included', () => {
    const plan = planYearEnd('FY2026', [
      budget({ id: 'a', plannedFen: 1000, allocatedFen: 600, expendedFen: 500, encumberedFen: 50 }),
      budget({ id: 'b', plannedFen: 0, allocatedFen: 300, expendedFen: 300 }),
      budget({ id: 'c', status: 'CLOSED', allocatedFen: 999 }),
    ]);
    expect(plan.nextFiscalYear).toBe('FY2027');
    expect(plan.topUps.map((t) => [t.budgetId, t.shortfallFen])).toEqual([['a', 400]]);
    expect(plan.rollovers.map((r) => [r.budgetId, r.amountFen])).toEqual([['a', 450]]);
    expect(plan.openEncumbrancesFen).toBe(50);
  });
});
