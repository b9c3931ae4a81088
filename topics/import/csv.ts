import { parse } from 'csv-parse/sync';
import { unguardFormula } from '../../lib/tables/csv.js';
import { emptyRaw, LiteratureFileError, type LineProblem, type RawParse, type RawRecord } from './types.js';

/** The record fields a CSV/TSV column can feed. */
export type CsvField =
  | 'id'
  | 'title'
  | 'abstract'
  | 'keywords'
  | 'authors'
  | 'year'
  | 'journal'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'doi'
  | 'issn'
  | 'isbn'
  | 'language'
  | 'url'
  | 'database'
  | 'type';

/** Field → header of the column that holds it. Unmapped fields fall back to the usual header names. */
export type ColumnMapping = Partial<Record<CsvField, string>>;

/** Header names (lower case) recognised without a mapping, English and as Chinese databases write them. */
const ALIASES: Record<CsvField, string[]> = {
  id: ['id', 'record id', 'recordid', '编号', '序号'],
  title: ['title', 'article title', '标题', '题名', '篇名', '文献标题'],
  abstract: ['abstract', '摘要'],
  keywords: ['keywords', 'keyword', '关键词', '关键字'],
  authors: ['authors', 'author', '作者', '责任者'],
  year: ['year', 'date', 'publication year', '年', '年份', '出版年', '发表时间', '出版日期'],
  journal: ['journal', 'source', 'source title', '期刊', '刊名', '期刊名称', '来源', '文献来源'],
  volume: ['volume', '卷'],
  issue: ['issue', 'number', '期'],
  pages: ['pages', '页码'],
  doi: ['doi'],
  issn: ['issn'],
  isbn: ['isbn'],
  language: ['language', '语种'],
  url: ['url', 'link', '链接'],
  database: ['database', '数据库'],
  type: ['type', '文献类型'],
};

function resolveColumns(header: string[], mapping: ColumnMapping): Partial<Record<CsvField, number>> {
  const normalised = header.map((h) => h.trim().toLowerCase());
  const columns: Partial<Record<CsvField, number>> = {};
  for (const [field, given] of Object.entries(mapping) as [CsvField, string][]) {
    const index = normalised.indexOf(given.trim().toLowerCase());
    if (index === -1) {
      throw new LiteratureFileError(
        `column mapping names "${given}" for ${field}, but the header has no such column (it has: ${header.join(', ')})`,
        1,
      );
    }
    columns[field] = index;
  }
  for (const field of Object.keys(ALIASES) as CsvField[]) {
    if (columns[field] !== undefined) continue;
    const index = normalised.findIndex((h) => ALIASES[field].includes(h));
    if (index !== -1) columns[field] = index;
  }
  if (columns.title === undefined) {
    throw new LiteratureFileError(
      `no title column in the header (${header.join(', ')}): name one title/标题/题名, or pass a column mapping such as --columns title=篇名`,
      1,
    );
  }
  return columns;
}

export function parseDelimited(source: string, delimiter: ',' | '\t', mapping: ColumnMapping = {}): RawParse {
  let rows: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    rows = parse(source, {
      delimiter,
      // TSV exports do not quote: a quotation mark inside an abstract is text.
      quote: delimiter === '\t' ? false : '"',
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new LiteratureFileError(`malformed ${delimiter === ',' ? 'CSV' : 'TSV'}: ${(error as Error).message}`, lines);
  }
  const [header, ...body] = rows;
  if (!header) return { records: [], rejected: [] };
  const columns = resolveColumns(header.record, mapping);
  const records: RawRecord[] = [];
  const rejected: LineProblem[] = [];
  for (const row of body) {
    const line = row.info.lines - (row.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    if (row.record.length !== header.record.length) {
      rejected.push({ line, reason: `expected ${header.record.length} columns as in the header, found ${row.record.length}` });
      continue;
    }
    const cell = (field: CsvField) => {
      const index = columns[field];
      const value = index === undefined ? undefined : row.record[index]?.trim();
      return value ? unguardFormula(value) : undefined;
    };
    const raw = emptyRaw(line);
    raw.sourceId = cell('id');
    raw.type = cell('type');
    raw.title = cell('title');
    raw.abstract = cell('abstract');
    raw.keywords = [cell('keywords')].filter((k): k is string => !!k);
    raw.authors = [cell('authors')].filter((a): a is string => !!a);
    raw.date = cell('year');
    raw.journal = cell('journal');
    raw.volume = cell('volume');
    raw.issue = cell('issue');
    raw.pages = cell('pages');
    raw.doi = cell('doi');
    raw.issn = cell('issn');
    raw.isbn = cell('isbn');
    raw.language = cell('language');
    raw.url = cell('url');
    raw.database = cell('database');
    records.push(raw);
  }
  return { records, rejected };
}
