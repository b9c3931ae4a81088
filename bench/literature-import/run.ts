import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-enw';
import '@citation-js/plugin-ris';
import { writeResults } from '../lib/report.js';
import { comparable, DATABASE_FIXTURES, FIELDS, type ExpectedRecord } from '../../topics/import/fixtures/databases/expected.js';
import { normaliseRecord } from '../../topics/import/normalise.js';
import { parseLiteratureBuffer } from '../../topics/import/parse.js';
import { emptyRaw, type RawRecord } from '../../topics/import/types.js';

/**
 * Fields right on the per-database fixtures: Hechuang's parsers against citation-js (its
 * `@citation-js/plugin-enw` and `plugin-ris`), whose CSL-JSON goes through Hechuang's same
 * normaliser, so only the parsing differs. Formats citation-js has no plugin for (RefWorks,
 * NoteExpress, CNKI E-Study/自定义, Wanfang 自定义, NoteFirst XML, GB/T 7714, EndNote XML) count as
 * zero for it.
 *   npm run bench:literature-import
 */

const DIR = path.resolve(import.meta.dirname, '..', '..', 'topics', 'import', 'fixtures', 'databases');

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
interface CslItem {
  type?: string;
  title?: string;
  author?: CslName[];
  issued?: { 'date-parts'?: (number | string)[][] };
  'container-title'?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  DOI?: string;
  ISSN?: string;
  ISBN?: string;
  keyword?: string | string[];
  abstract?: string;
  URL?: string;
  language?: string;
  source?: string;
}

const CSL_TYPES: Record<string, string> = {
  'article-journal': 'journal article',
  thesis: 'thesis',
  'paper-conference': 'conference paper',
  'article-newspaper': 'newspaper article',
  patent: 'patent',
  book: 'book',
  chapter: 'book section',
  report: 'report',
  standard: 'standard',
};

const nameOf = (name: CslName) =>
  name.literal ??
  (/\p{Script=Han}/u.test(`${name.family ?? ''}${name.given ?? ''}`)
    ? `${name.family ?? ''}${name.given ?? ''}`
    : [name.family, name.given].filter(Boolean).join(', '));

function fromCsl(item: CslItem, index: number): RawRecord {
  const raw = emptyRaw(index + 1);
  raw.type = item.type ? (CSL_TYPES[item.type] ?? item.type) : undefined;
  raw.title = item.title;
  raw.authors = (item.author ?? []).map(nameOf);
  raw.date = item.issued?.['date-parts']?.[0]?.[0]?.toString();
  raw.journal = item['container-title'];
  raw.volume = item.volume?.toString();
  raw.issue = item.issue?.toString();
  raw.pages = item.page;
  raw.doi = item.DOI;
  raw.issn = item.ISSN;
  raw.isbn = item.ISBN;
  raw.keywords = Array.isArray(item.keyword) ? item.keyword : item.keyword ? [item.keyword] : [];
  raw.abstract = item.abstract;
  raw.url = item.URL;
  raw.language = item.language;
  raw.database = item.source;
  return raw;
}

function citationJs(file: string, text: string, database: string): Record<string, unknown>[] | null {
  const format = file.endsWith('.ris') ? '@ris/file' : /endnote|\.enw$/.test(file) && !file.endsWith('.xml') ? '@enw/file' : null;
  if (!format) return null;
  try {
    const items = new Cite(text, { forceType: format }).data as CslItem[];
    return items.map((item, i) => normaliseRecord(fromCsl(item, i), i + 1, { database }).record ?? {});
  } catch {
    return [];
  }
}

/** Fields equal to the expected record, counting a field expected absent as right when the parser leaves it out. */
function fieldsRight(got: Record<string, unknown>[] | null, expected: ExpectedRecord[]): number {
  if (!got) return 0;
  let right = 0;
  expected.forEach((want, i) => {
    const have = got[i] ? comparable(got[i]) : null;
    if (!have) return;
    for (const field of FIELDS) if (JSON.stringify(have[field]) === JSON.stringify(want[field])) right += 1;
  });
  return right;
}

const rows: Record<string, string | number>[] = [];
const totalRecords = DATABASE_FIXTURES.reduce((sum, { records }) => sum + records.length, 0);
const totals = {
  files: DATABASE_FIXTURES.length,
  records: totalRecords,
  fields: 0,
  hechuang: 0,
  citationJs: 0,
  citationJsReadable: 0,
  hechuangOnReadable: 0,
};
for (const { file, database, format, records } of DATABASE_FIXTURES) {
  const bytes = readFileSync(path.join(DIR, file));
  const text = bytes.toString('utf8');
  const ours = parseLiteratureBuffer(bytes, file, database ? { database } : {}).records as unknown as Record<string, unknown>[];
  const theirs = citationJs(file, text, database);
  const fields = records.length * FIELDS.length;
  const hechuang = fieldsRight(ours, records);
  const cite = fieldsRight(theirs, records);
  totals.fields += fields;
  totals.hechuang += hechuang;
  totals.citationJs += cite;
  if (theirs) {
    totals.citationJsReadable += cite;
    totals.hechuangOnReadable += hechuang;
  }
  rows.push({
    database: database || '—',
    file,
    format,
    records: records.length,
    fields,
    hechuang,
    'citation-js': theirs ? cite : 'no plugin',
  });
}
rows.push({
  database: '',
  file: `total (${DATABASE_FIXTURES.length} files)`,
  format: '',
  records: totalRecords,
  fields: totals.fields,
  hechuang: totals.hechuang,
  'citation-js': totals.citationJs,
});
writeResults('literature-import', { totals, rows }, rows);
