import { audit, parse } from 'isbn3';
import { ValidationError } from './errors.js';

/**
 * ISBNs through `isbn3` (check digits and the registration-group and publisher ranges of the
 * International ISBN Agency): any hyphenated or bare ISBN-10 or ISBN-13 → the ISBN-13 without
 * hyphens, or a VALIDATION error naming the number and what is wrong with it.
 */
export function toIsbn13(text: string): string {
  const source = String(text).trim();
  const parsed = source ? parse(source) : null;
  if (parsed) return parsed.isbn13;
  throw ValidationError(`ISBN ${JSON.stringify(source)} 无效：${whyInvalid(source)}`, { field: 'isbn', isbn: source });
}

/** Null instead of an error, for imports that report bad rows. */
export function tryIsbn13(text: string): string | null {
  const parsed = String(text).trim() ? parse(String(text).trim()) : null;
  return parsed?.isbn13 ?? null;
}

/** 978-7-02-000220-7 for display. */
export function hyphenatedIsbn(isbn13: string): string {
  return parse(isbn13)?.isbn13h ?? isbn13;
}

function whyInvalid(source: string): string {
  const digits = source.replace(/[\s-]/g, '');
  if (!/^(\d{9}[\dXx]|\d{13})$/.test(digits)) return '应为 10 位或 13 位数字（ISBN-10 末位可为 X）';
  const clues = audit(source).clues;
  if (clues.some((clue) => /checksum/i.test(clue.message))) return '校验位不符';
  return '不在已分配的组区号或出版者号段内';
}
