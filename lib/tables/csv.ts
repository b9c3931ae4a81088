/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting. A cell that a
 * spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return)
 * gets a leading apostrophe, which Excel and WPS show as text; `unguardFormula` takes it off
 * again when Hechuang reads such a file back.
 */

export const CSV_BOM = '\ufeff';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly (string | number | boolean | null | undefined)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** A cell written by `csvCell`'s formula guard, as it was before. */
export const unguardFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
