import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { decodeChineseText } from '../encoding.js';
import { unguardFormula } from './csv.js';
import { checkXlsxBytes, isOle2, isZip, SpreadsheetError } from './xlsx-guard.js';
import { Semaphore } from './limit.js';
import { streamSheet } from './workbook-stream.js';

/**
 * A table file (CSV or .xlsx) as a header and rows of text cells, each row with the line
 * (CSV) or row number (.xlsx) a report can point at. Cells of a workbook become the text a
 * person would have typed in a CSV: dates as YYYY-MM-DD, whole numbers without ".0".
 */

export interface Table {
  format: 'csv' | 'xlsx';
  /** The sheet read, for workbooks. */
  sheet: string | null;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export { SpreadsheetError };

export interface ReadTableOptions {
  sheet?: string | null;
  /** More data rows than this refuse the file, and a workbook is read no further than that. */
  maxRows?: number;
}

/** Workbooks read at once in this process (each streamed): a burst of uploads cannot add up. */
const workbooks = new Semaphore(2);

export async function readTable(bytes: Uint8Array, filename: string, options: ReadTableOptions = {}): Promise<Table> {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  const maxRows = options.maxRows ?? Number.MAX_SAFE_INTEGER;
  let table: Table;
  if (isZip(bytes) || isOle2(bytes) || ['xlsx', 'xls', 'et', 'xlsm'].includes(extension)) {
    table = await workbooks.run(() => readWorkbook(bytes, options.sheet ?? null, maxRows));
  } else {
    if (options.sheet) throw new SpreadsheetError('--sheet applies to .xlsx workbooks only');
    table = readCsv(bytes);
  }
  if (table.rows.length > maxRows) throw tooManyRows(maxRows);
  return table;
}

const tooManyRows = (maxRows: number) => new SpreadsheetError(`more than ${maxRows} rows; at most ${maxRows} per file`);

function readCsv(bytes: Uint8Array): Table {
  const { text } = decodeChineseText(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: false, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw new SpreadsheetError(`not a valid CSV file: ${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new SpreadsheetError('the file is empty');
  return {
    format: 'csv',
    sheet: null,
    header: header.record,
    rows: body.map(({ record, info }) => ({ line: info.lines, cells: record.map(unguardFormula) })),
  };
}

async function readWorkbook(bytes: Uint8Array, sheetName: string | null, maxRows: number): Promise<Table> {
  checkXlsxBytes(bytes);
  const sheet = await streamSheet(bytes, sheetName, maxRows, cellText);
  if (sheet.overLimit) throw tooManyRows(maxRows);
  if (sheet.header === null) throw new SpreadsheetError(`sheet ${sheet.sheet} is empty`);
  return { format: 'xlsx', sheet: sheet.sheet, header: sheet.header, rows: sheet.rows };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text: the visible value, not its formula or formatting. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates have no zone; exceljs reads them as UTC.
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time =
      value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() === 0
        ? ''
        : `T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
    return date + time;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in value) return '';
  return String(value);
}
