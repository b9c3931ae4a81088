import { Readable } from 'node:stream';
import type { Repositories } from '../../graph/repositories/index.js';
import { fenToDecimal } from '../../domain/budget/money.js';
import { statementStatusLabel } from '../../domain/budget/settlement.js';
import { csvLine, CSV_BOM } from '../../lib/tables/csv.js';
import { xlsxStream } from '../../lib/tables/xlsx-write.js';
import { NotFoundError } from '../../lib/errors.js';

/**
 * A statement as CSV (UTF-8 with BOM, for Excel and WPS) or .xlsx: its lines, then the totals. Amounts
 * are positive and the type column says sale, return or discount (a leading minus would be guarded as a formula).
 */

export interface StatementFile {
  filename: string;
  asciiName: string;
  contentType: string;
  body: Readable;
}

const HEADER = ['日期', '类型', '书店单号', '申请号', '经费', '金额（元）'];

export async function exportStatement(repos: Repositories, id: string, format: 'csv' | 'xlsx'): Promise<StatementFile> {
  const statement = await repos.settlement.statement(id);
  if (!statement) throw NotFoundError('Statement', id);
  const lines = await repos.settlement.lines(id);
  const rows: string[][] = lines.map((l) => [
    l.at.slice(0, 10),
    l.kind === 'SALE' ? '销售' : '退货',
    l.storeRef,
    l.requestId,
    l.budgetId,
    fenToDecimal(l.amountFen),
  ]);
  const totals: string[][] = [
    ['', '销售合计', '', '', '', fenToDecimal(statement.salesFen)],
    ['', '退货合计', '', '', '', fenToDecimal(statement.returnsFen)],
    ['', `折让（${(statement.discountBasisPoints / 100).toFixed(2)}%）`, '', '', '', fenToDecimal(statement.discountFen)],
    [
      '',
      '应付',
      statement.invoiceNo ? `发票号 ${statement.invoiceNo}` : '发票号未填',
      statementStatusLabel(statement.status),
      '',
      fenToDecimal(statement.netFen),
    ],
  ];
  const ascii = `statement-${statement.storeId}-${statement.month}`;
  const name = `结算单-${statement.storeId}-${statement.month}`;
  if (format === 'xlsx') {
    return {
      filename: `${name}.xlsx`,
      asciiName: `${ascii}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: xlsxStream(statement.month, HEADER, Readable.from([...rows, ...totals]) as AsyncIterable<string[]>),
    };
  }
  const text = CSV_BOM + [HEADER, ...rows, ...totals].map(csvLine).join('');
  return { filename: `${name}.csv`, asciiName: `${ascii}.csv`, contentType: 'text/csv; charset=utf-8', body: Readable.from([text]) };
}
