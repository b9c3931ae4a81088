import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SpreadsheetError } from './xlsx-guard.js';

/**
 * Reads one sheet of an .xlsx workbook as a stream (exceljs' WorkbookReader): rows are turned
 * into text as they are parsed, nothing else of the workbook is held, and reading stops as
 * soon as the sheet has more than `maxRows` data rows.
 */

export interface SheetRows {
  sheet: string;
  header: string[] | null;
  rows: { line: number; cells: string[] }[];
  /** True when reading stopped at `maxRows`: the sheet has more rows than that. */
  overLimit: boolean;
}

type WorkbookModel = { model?: { sheets?: Array<{ name: string }> } };

export async function streamSheet(
  bytes: Uint8Array,
  sheetName: string | null,
  maxRows: number,
  cellText: (value: ExcelJS.CellValue) => string,
): Promise<SheetRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let names: string[] = [];
  try {
    for await (const worksheet of reader) {
      names = ((reader as unknown as WorkbookModel).model?.sheets ?? []).map((sheet) => sheet.name);
      const name = (worksheet as unknown as { name: string }).name;
      const wanted = sheetName ?? names[0] ?? name;
      if (name !== wanted) {
        for await (const row of worksheet) void row; // another sheet: let it pass through
        continue;
      }
      return await readRows(worksheet, name, maxRows, cellText);
    }
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw new SpreadsheetError(`the workbook cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  throw new SpreadsheetError(
    sheetName === null || names.length === 0
      ? 'the workbook has no sheet'
      : `no sheet ${JSON.stringify(sheetName)}; the workbook has ${names.join(', ')}`,
  );
}

async function readRows(
  worksheet: AsyncIterable<ExcelJS.Row>,
  sheet: string,
  maxRows: number,
  cellText: (value: ExcelJS.CellValue) => string,
): Promise<SheetRows> {
  const rows: { line: number; cells: string[] }[] = [];
  let header: string[] | null = null;
  for await (const row of worksheet) {
    const width: number = header?.length ?? row.cellCount;
    const cells: string[] = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim());
    if (cells.every((c) => c === '')) continue;
    if (header === null) header = cells;
    else {
      if (rows.length === maxRows) return { sheet, header, rows, overLimit: true };
      rows.push({ line: row.number, cells });
    }
  }
  return { sheet, header, rows, overLimit: false };
}
