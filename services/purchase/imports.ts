import type { Viewer } from '../../domain/account/access.js';
import { parseYuan } from '../../domain/purchase/money.js';
import { parseBookKind } from '../../domain/purchase/book-kind.js';
import type { BookRecord } from '../../domain/purchase/types.js';
import { recordAudit } from '../audit/audit.js';
import { tryIsbn13 } from '../../lib/isbn.js';
import { readMarc, type MarcBook } from '../../lib/marc.js';
import { readTable } from '../../lib/tables/read.js';
import { ForbiddenError, ValidationError } from '../../lib/errors.js';
import { requireLibraryStaff } from './access.js';
import { nowOf, type PurchaseContext } from './context.js';

/**
 * Books (a store's or publisher's list: 征订目录) and a library's holdings from its ILS, as CSV or
 * .xlsx (through lib/tables) or MARC (ISO 2709 / MARCXML through lib/marc: CNMARC 010 $a ISBN,
 * 010 $d price, 690 $a 中图法 class, one 905 per copy). Bad rows are reported by line, never guessed.
 */

export interface ImportReport {
  format: string;
  books: { created: number; updated: number };
  holdings: number;
  rejected: { line: number; message: string }[];
}

const HEADERS: Record<string, readonly string[]> = {
  isbn: ['isbn', 'ISBN', '书号', '国际标准书号'],
  title: ['title', '题名', '书名', '正题名'],
  authors: ['authors', 'author', '责任者', '作者', '著者'],
  publisher: ['publisher', '出版社', '出版者'],
  year: ['year', '出版年', '出版时间', '出版日期'],
  price: ['price', '定价', '价格'],
  clc: ['clc', 'clcClass', '中图分类号', '分类号', '中图法分类号'],
  binding: ['binding', '装帧', '装订'],
  kind: ['kind', '类型', '图书类型'],
  volume: ['volume', '卷册', '分册'],
  copies: ['copies', '馆藏册数', '复本数', '册数'],
  library: ['library', '馆代码', '图书馆'],
};

const isMarc = (filename: string) => /\.(mrc|marc|iso|iso2709|xml|marcxml)$/i.test(filename);

interface Row {
  line: number;
  book: BookRecord;
  copies: number;
  libraryId: string | null;
}

function fromMarc(record: MarcBook): Row | string {
  const isbn = record.isbn ? tryIsbn13(record.isbn) : null;
  if (!isbn) return `记录 ${record.record}：ISBN ${JSON.stringify(record.isbn ?? '')} 无效`;
  return {
    line: record.record,
    copies: record.copies,
    libraryId: null,
    book: {
      isbn,
      title: record.title ?? isbn,
      authors: record.authors,
      publisher: record.publisher,
      year: record.year,
      priceFen: record.price ? parseYuan(record.price) : null,
      clcClass: record.clcClass,
      binding: record.binding,
      kind: 'GENERAL',
      volume: record.volume,
    },
  };
}

async function readRows(bytes: Uint8Array, filename: string): Promise<{ format: string; rows: (Row | { line: number; error: string })[] }> {
  if (isMarc(filename)) {
    const records = await readMarc(bytes);
    return {
      format: 'marc',
      rows: records.map((r) => {
        const row = fromMarc(r);
        return typeof row === 'string' ? { line: r.record, error: row } : row;
      }),
    };
  }
  const table = await readTable(bytes, filename);
  const index = (name: string) => table.header.findIndex((h) => HEADERS[name]!.includes(h.trim()));
  const at = Object.fromEntries(Object.keys(HEADERS).map((name) => [name, index(name)]));
  if (at.isbn! < 0) throw ValidationError(`the file has no ISBN column (one of ${HEADERS.isbn!.join(', ')})`, { field: 'file' });
  const cell = (cells: string[], name: string) => (at[name]! >= 0 ? (cells[at[name]!] ?? '').trim() : '');
  return {
    format: table.format,
    rows: table.rows.map(({ line, cells }) => {
      const raw = cell(cells, 'isbn');
      const isbn = tryIsbn13(raw);
      if (!isbn) return { line, error: `第 ${line} 行：ISBN ${JSON.stringify(raw)} 无效` };
      const kind = parseBookKind(cell(cells, 'kind'));
      if (!kind) return { line, error: `第 ${line} 行：未知的图书类型 ${JSON.stringify(cell(cells, 'kind'))}` };
      const copiesText = cell(cells, 'copies');
      const copies = copiesText === '' ? 1 : Number(copiesText);
      if (!Number.isSafeInteger(copies) || copies < 0) return { line, error: `第 ${line} 行：册数 ${JSON.stringify(copiesText)} 不是整数` };
      const price = cell(cells, 'price');
      const priceFen = price ? parseYuan(price) : null;
      if (price && priceFen === null) return { line, error: `第 ${line} 行：定价 ${JSON.stringify(price)} 无法识别` };
      const year = /\d{4}/.exec(cell(cells, 'year'))?.[0];
      return {
        line,
        copies,
        libraryId: cell(cells, 'library') || null,
        book: {
          isbn,
          title: cell(cells, 'title') || isbn,
          authors: cell(cells, 'authors')
            .split(/[;；,，、]/)
            .map((a) => a.trim())
            .filter(Boolean),
          publisher: cell(cells, 'publisher') || null,
          year: year ? Number(year) : null,
          priceFen,
          clcClass: cell(cells, 'clc') || null,
          binding: cell(cells, 'binding') || null,
          kind,
          volume: cell(cells, 'volume') || null,
        },
      };
    }),
  };
}

/** Adds or updates the books of a list (admins and librarians). */
export async function importBooks(
  ctx: PurchaseContext,
  actor: Viewer,
  input: { bytes: Uint8Array; filename: string },
): Promise<ImportReport> {
  if (actor.role !== 'ADMIN' && actor.role !== 'LIBRARIAN') throw ForbiddenError('只有馆员可以导入书目');
  const { format, rows } = await readRows(input.bytes, input.filename);
  const good = rows.filter((r): r is Row => 'book' in r);
  const rejected = rows.filter((r): r is { line: number; error: string } => 'error' in r).map((r) => ({ line: r.line, message: r.error }));
  const books = await ctx.repos.graph.writeTx(async (tx) => {
    const counts = await ctx.repos.purchase.books.upsert(
      tx,
      good.map((r) => r.book),
      nowOf(ctx),
    );
    await recordAudit(ctx.repos, tx, actor, 'purchase.books.import', 'Book', input.filename, null, {
      ...counts,
      rejected: rejected.length,
    });
    return counts;
  });
  return { format, books, holdings: 0, rejected };
}

/**
 * A library's holdings from its ILS: the copies of each book (MARC: one per 905 field). Books not
 * yet known are added from the same rows. A CSV may name the library per row (馆代码); otherwise
 * `libraryId` applies. Librarians import their own library's holdings, admins any.
 */
export async function importHoldings(
  ctx: PurchaseContext,
  actor: Viewer,
  input: { bytes: Uint8Array; filename: string; libraryId: string | null },
): Promise<ImportReport> {
  if (actor.role !== 'ADMIN' && actor.role !== 'LIBRARIAN') throw ForbiddenError('只有馆员可以导入馆藏');
  const { format, rows } = await readRows(input.bytes, input.filename);
  const rejected = rows.filter((r): r is { line: number; error: string } => 'error' in r).map((r) => ({ line: r.line, message: r.error }));
  const known = new Set((await ctx.repos.libraries.list()).map((l) => l.id));
  const good: Row[] = [];
  for (const row of rows) {
    if (!('book' in row)) continue;
    const libraryId = row.libraryId ?? input.libraryId;
    if (!libraryId) rejected.push({ line: row.line, message: `第 ${row.line} 行：没有馆代码（用 --library 指定）` });
    else if (!known.has(libraryId))
      rejected.push({ line: row.line, message: `第 ${row.line} 行：未知的图书馆 ${JSON.stringify(libraryId)}` });
    else good.push({ ...row, libraryId });
  }
  for (const libraryId of new Set(good.map((r) => r.libraryId!))) requireLibraryStaff(actor, libraryId);
  const result = await ctx.repos.graph.writeTx(async (tx) => {
    const at = nowOf(ctx);
    const books = await ctx.repos.purchase.books.upsert(
      tx,
      good.map((r) => r.book),
      at,
    );
    const holdings = await ctx.repos.purchase.books.setHoldings(
      tx,
      good.map((r) => ({ libraryId: r.libraryId!, isbn: r.book.isbn, copies: r.copies })),
      at,
    );
    await recordAudit(ctx.repos, tx, actor, 'purchase.holdings.import', 'Library', input.libraryId ?? 'many', null, {
      file: input.filename,
      holdings,
      rejected: rejected.length,
    });
    return { books, holdings };
  });
  return { format, ...result, rejected: rejected.sort((a, b) => a.line - b.line) };
}
