import { ValidationError } from '../../lib/errors.js';

/** Money is integer fen (1 元 = 100 分) everywhere; these are the only conversions to and from text. */

export function requireFen(value: number, field = 'amount'): number {
  if (!Number.isSafeInteger(value) || value < 0) throw ValidationError(`${field}: expected a whole, non-negative number of fen`, { field });
  return value;
}

/** 12800 → "128.00" */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * "128", "128.5", "128.50", "CNY128.00", "¥128.00", "128.00元" → 12800 (decimal text parsed
 * digit by digit, never through a float). Null when the text holds no price.
 */
export function parseYuan(text: string): number | null {
  const match = /(\d{1,9})(?:\.(\d{1,2}))?/.exec(text.replace(/,/g, ''));
  if (!match) return null;
  const yuan = Number(match[1]);
  const cents = (match[2] ?? '').padEnd(2, '0');
  return yuan * 100 + Number(cents);
}
