import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan, requireFen } from './money.js';

describe('money in fen', () => {
  it('formats fen as yuan with two decimals', () => {
    expect(formatYuan(12800)).toBe('128.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-150)).toBe('-1.50');
  });

  it('parses CNMARC and typed prices without floats', () => {
    expect(parseYuan('CNY79.00')).toBe(7900);
    expect(parseYuan('¥128.5')).toBe(12850);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1,234.56元')).toBe(123456);
    expect(parseYuan('价格不详')).toBeNull();
  });

  it('refuses fractions and negatives', () => {
    expect(() => requireFen(1.5)).toThrow(/whole/);
    expect(() => requireFen(-1)).toThrow(/non-negative/);
    expect(requireFen(0)).toBe(0);
  });
});
