import { ValidationError } from '../../lib/errors.js';

/** Money is integer fen (1 元 = 100 fen), never a float. */
export type Fen = number;

/** `value` as fen, refused unless it is a safe integer (and, unless `allowZero`, positive). */
export function requireFen(value: number, what: string, options: { allowZero?: boolean; allowNegative?: boolean } = {}): Fen {
  if (!Number.isSafeInteger(value)) throw ValidationError(`${what}必须是以分为单位的整数，而不是 ${String(value)}`, { field: what, value });
  if (!options.allowNegative && value < 0) throw ValidationError(`${what}不能为负数（${formatYuan(value)}）`, { field: what, value });
  if (!options.allowZero && !options.allowNegative && value === 0) throw ValidationError(`${what}必须大于零`, { field: what, value });
  return value;
}

/** "1,234.50 元" from 123450 fen, exact (no float arithmetic). */
export function formatYuan(fen: Fen): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents} 元`;
}

/** "1234.50" for tables and exports: no thousands separator, no unit. */
export function fenToDecimal(fen: Fen): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  return `${negative ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Parses "128", "128.5", "128.50", "¥1,280.00", "100万" into fen, exactly; refuses anything else. */
export function parseYuan(text: string): Fen {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '')
    .replace(/元$/, '');
  const wan = /^(\d+)(?:\.(\d{1,6}))?万$/.exec(cleaned);
  if (wan) {
    const fraction = (wan[2] ?? '').padEnd(6, '0');
    return requireFen(Number(wan[1]) * 1_000_000 + Number(fraction), '金额', { allowZero: true });
  }
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) throw ValidationError(`无法识别的金额：${JSON.stringify(text)}（应为“128.00”或“20万”这样的写法）`, { value: text });
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return requireFen(match[1] === '-' ? -fen : fen, '金额', { allowZero: true, allowNegative: true });
}

/**
 * Splits `total` fen over `weights` in proportion, by largest remainder, so the parts are integers that
 * add up to `total` exactly (a discount spread over funds, for instance).
 */
export function splitProportionally(total: Fen, weights: readonly Fen[]): Fen[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (BigInt(total) * BigInt(w)) / BigInt(sum));
  const parts = exact.map(Number);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, remainder: Number((BigInt(total) * BigInt(w)) % BigInt(sum)) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}
