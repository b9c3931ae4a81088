import { normaliseDatabase } from '../../domain/document/databases.js';
import { normaliseDoi, normaliseIsbn, normaliseIssn, standardNumberKind } from './identifiers.js';
import type { LineWarning, LiteratureRecord, LiteratureType, RawRecord } from './types.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Full-width ASCII (Ａ-Ｚ, ０-９, （）…) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One text value: trimmed, inner whitespace collapsed, undefined when empty. */
function clean(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const value = collapseSpaces(text);
  return value || undefined;
}

/** Splits a name list on ; ； ， 、 (and on commas between Chinese names, where a comma cannot be "Last, First"). */
function splitNames(value: string): string[] {
  return value
    .split(/[;；，、\n]/)
    .flatMap((part) => (CJK.test(part) && part.includes(',') ? part.split(',') : [part]))
    .map((part) => part.trim())
    .filter(Boolean);
}

/** 张 三 → 张三 (and affiliation marks such as 张三1,2 or 张三* dropped); "John Smith" / "Smith,John" → "Smith, John". */
export function normaliseAuthor(name: string): string | undefined {
  const value = collapseSpaces(toHalfWidth(name));
  if (!value) return undefined;
  if (CJK.test(value)) {
    const unspaced = value.replace(/\s+/g, '').replace(/[\d,*#]+$/, '');
    return unspaced || undefined;
  }
  const bare = value.replace(/[\d*#]+$/, '').trim();
  if (bare.includes(',')) {
    const [last, ...rest] = bare.split(',');
    const first = collapseSpaces(rest.join(' '));
    return first ? `${last!.trim()}, ${first}` : last!.trim();
  }
  const parts = bare.split(' ');
  if (parts.length < 2) return bare || undefined;
  const tail = parts[parts.length - 1]!;
  // "Smith JK" (initials after the surname, as PubMed writes) stays surname first.
  if (/^[A-Z]{1,3}$/.test(tail)) return `${parts.slice(0, -1).join(' ')}, ${tail}`;
  return `${tail}, ${parts.slice(0, -1).join(' ')}`;
}

export function normaliseAuthors(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values.flatMap(splitNames)) {
    const author = normaliseAuthor(value);
    if (author && !seen.has(author.toLowerCase())) {
      seen.add(author.toLowerCase());
      out.push(author);
    }
  }
  return out;
}

/** Keywords split on ; ； , ， 、 (and line breaks), trimmed, deduplicated ignoring case and width. */
export function normaliseKeywords(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values.flatMap((v) => v.split(/[;；,，、\n]/))) {
    const keyword = collapseSpaces(value);
    const key = toHalfWidth(keyword).toLowerCase();
    if (keyword && !seen.has(key)) {
      seen.add(key);
      out.push(keyword);
    }
  }
  return out;
}

/** A 4-digit year found in a date such as 2019, 2019-03-01, 2019/3, 2019年3月; undefined when absent or implausible. */
export function normaliseYear(value: string, now = new Date()): number | undefined {
  const match = /(?:^|\D)(\d{4})(?!\d)/.exec(toHalfWidth(value));
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1000 && year <= now.getUTCFullYear() + 1 ? year : undefined;
}

/** Journal name: half-width ASCII, no 《》 book-title marks, spaces collapsed. */
export function normaliseJournal(value: string): string | undefined {
  return clean(toHalfWidth(value).replace(/[《》]/g, ''));
}

const LANGUAGES: Record<string, string> = {
  中文: 'zh',
  汉语: 'zh',
  chinese: 'zh',
  chi: 'zh',
  zho: 'zh',
  zh: 'zh',
  'zh-cn': 'zh',
  cn: 'zh',
  英文: 'en',
  英语: 'en',
  english: 'en',
  eng: 'en',
  en: 'en',
};

export function normaliseLanguage(value: string): string | undefined {
  const cleaned = clean(value.replace(/[;；]+$/, ''));
  if (!cleaned) return undefined;
  return LANGUAGES[cleaned.toLowerCase()] ?? cleaned;
}

const TYPES: [RegExp, LiteratureType][] = [
  [/^(jour|jfull|ejour|mgzn|article|journal article|electronic article|magazine article|期刊|期刊论文|j)$/i, 'article'],
  [/^(chap|inbook|incollection|book section|图书章节)$/i, 'chapter'],
  [/^(book|ebook|edbook|图书|专著|m)$/i, 'book'],
  [/^(thes|thesis|phdthesis|mastersthesis|dissertation|学位论文|博士论文|硕士论文|d)$/i, 'thesis'],
  [/^(conf|cpaper|inproceedings|proceedings|conference|conference paper|conference proceedings|会议|会议论文|c)$/i, 'conference'],
  [/^(news|newspaper|newspaper article|报纸|报纸文章|n)$/i, 'newspaper'],
  [/^(pat|patent|专利|p)$/i, 'patent'],
  [/^(stand|standard|标准|s)$/i, 'standard'],
  [/^(rprt|report|techreport|报告|r)$/i, 'report'],
];

export function normaliseType(value: string | undefined): LiteratureType {
  const cleaned = clean(value);
  if (!cleaned) return 'article';
  return TYPES.find(([pattern]) => pattern.test(cleaned))?.[1] ?? 'other';
}

function normaliseUrl(value: string): string | null {
  const cleaned = value.trim().split(/\s+/)[0] ?? '';
  try {
    const url = new URL(cleaned);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Strips the label some exports put before an abstract (摘要：, 【摘要】, Abstract:). */
const abstractLabel = /^(?:[【[]?\s*摘\s*要\s*[】\]]?\s*[:：]?|abstract\s*[:：])\s*/i;

export interface NormalisedRecord {
  record?: LiteratureRecord;
  rejection?: string;
  warnings: LineWarning[];
}

export interface NormaliseDefaults {
  /** The database the librarian says the file came from, used when a record names none. */
  database?: string | undefined;
}

/** Turns what a parser read into a LiteratureRecord; invalid identifiers are dropped with a warning. */
export function normaliseRecord(raw: RawRecord, position: number, defaults: NormaliseDefaults = {}): NormalisedRecord {
  const warnings: LineWarning[] = [];
  const warn = (message: string) => warnings.push({ line: raw.line, message });
  const title = clean(raw.title)?.replace(/^[《]|[》]$/g, '');
  if (!title) return { rejection: 'missing title', warnings };

  const record: LiteratureRecord = {
    sourceId: clean(raw.sourceId) ?? String(position),
    title,
    keywords: normaliseKeywords(raw.keywords),
    authors: normaliseAuthors(raw.authors),
    type: normaliseType(raw.type),
    line: raw.line,
  };
  const abstract = clean(raw.abstract?.replace(abstractLabel, ''));
  if (abstract) record.abstract = abstract;

  if (raw.date !== undefined && clean(raw.date)) {
    const year = normaliseYear(raw.date);
    if (year === undefined) warn(`year dropped: no plausible 4-digit year in "${clean(raw.date)}"`);
    else record.year = year;
  }
  const journal = raw.journal === undefined ? undefined : normaliseJournal(raw.journal);
  if (journal) record.journal = journal;
  for (const key of ['volume', 'issue'] as const) {
    const value = clean(raw[key] === undefined ? undefined : toHalfWidth(raw[key]));
    if (value) record[key] = value;
  }
  const pages =
    clean(raw.pages) ?? (clean(raw.startPage) ? [clean(raw.startPage), clean(raw.endPage)].filter(Boolean).join('-') : clean(raw.endPage));
  if (pages) record.pages = toHalfWidth(pages).replace(/\s*[–—~～]\s*|\s*-\s*/g, '-');

  if (raw.doi !== undefined && clean(raw.doi)) {
    const doi = normaliseDoi(raw.doi);
    if (doi) record.doi = doi;
    else warn(`invalid DOI dropped: "${clean(raw.doi)}"`);
  }

  const issnCandidates: string[] = [];
  const isbnCandidates: string[] = [];
  if (raw.issn) issnCandidates.push(...raw.issn.split(/[;；,，\s]+/));
  if (raw.isbn) isbnCandidates.push(...raw.isbn.split(/[;；,，]+/));
  if (raw.standardNumber) {
    for (const part of raw.standardNumber.split(/[;；,，]+/)) {
      const kind = standardNumberKind(part);
      if (kind === 'isbn') isbnCandidates.push(part);
      else if (kind === 'issn' || clean(part)) {
        // Unrecognisable shapes are reported as the type the record most likely carries.
        (kind === 'issn' || record.type === 'article' ? issnCandidates : isbnCandidates).push(part);
      }
    }
  }
  for (const candidate of issnCandidates.filter((c) => c.trim())) {
    const issn = normaliseIssn(candidate);
    if (issn && !record.issn) record.issn = issn;
    else if (!issn) warn(`invalid ISSN dropped: "${candidate.trim()}"`);
  }
  for (const candidate of isbnCandidates.filter((c) => c.trim())) {
    const isbn = normaliseIsbn(candidate);
    if (isbn && !record.isbn) record.isbn = isbn;
    else if (!isbn) warn(`invalid ISBN dropped: "${candidate.trim()}"`);
  }

  const language = raw.language === undefined ? undefined : normaliseLanguage(raw.language);
  if (language) record.language = language;
  if (raw.url !== undefined && clean(raw.url)) {
    const url = normaliseUrl(raw.url);
    if (url) record.url = url;
    else warn(`invalid URL dropped: "${clean(raw.url)}"`);
  }
  const database = normaliseDatabase(raw.database ?? '') ?? (defaults.database ? normaliseDatabase(defaults.database) : undefined);
  if (database) record.database = database;
  return { record, warnings };
}
