import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Streams rows into an .xlsx workbook of one sheet (exceljs's streaming writer: rows are
 * committed as they come, so a long export never holds the whole sheet). Every cell is
 * written as text, so nothing in it can run as a formula.
 */
export function xlsxStream(sheetName: string, header: readonly string[], rows: AsyncIterable<readonly string[]>): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(sheetName);
  (async () => {
    sheet.addRow([...header]).commit();
    for await (const row of rows) sheet.addRow([...row]).commit();
    sheet.commit();
    await book.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
