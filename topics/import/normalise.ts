import { normaliseDatabase } from '../../domain/document/databases.js';
import { normaliseDoi, normaliseIsbn, normaliseIssn, standardNumberKind } from './identifiers.js';
import { cleanAbstract } from './abstract.js';
import { normaliseType } from './document-types.js';
import type { LineWarning, LiteratureRecord, RawRecord } from './types.js';

export { normaliseType } from './document-types.js';

/** Longer titles are broken records (an abstract or a whole page run into the title field), not titles. */
export const MAX_TITLE_LENGTH = 1000;
/** Longer DOIs are not DOIs (and would overrun the DOI index). */
const MAX_DOI_LENGTH = 300;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Full-width ASCII (Ａ-Ｚ, ０-９, （）…) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Title for comparison: NFKC, lower case, without whitespace, punctuation or symbols. */
export function comparableTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
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

/**
 * 张 三 → 张三 (and affiliation marks such as 张三1,2 or 张三* dropped); "Smith,John" → "Smith, John".
 * A Latin name without a comma is taken surname first, as CNKI, Wanfang, VIP and PubMed write
 * foreign names ("Raber Jacob", "Smith JK"): → "Raber, Jacob". Whichever order a file used,
 * deduplication compares the name's words regardless of order.
 */
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
  return `${parts[0]!}, ${parts.slice(1).join(' ')}`;
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

const looksLikeUrl = (text: string) => /^(?:https?:\/\/|www\.)|^[\w.-]+=[^\s=]*(?:&amp)?$|&amp$/i.test(text);

/**
 * Keywords trimmed and deduplicated ignoring case and width. One value is a list as the file
 * wrote it, split on ; ； , ， 、 and line breaks; several values (one per `<keyword>` or `KW`
 * line) are a keyword each, split only on semicolons, so "Aged, 80 and over" stays one.
 * Values that are URLs or pieces of one are dropped and reported.
 */
export function normaliseKeywords(values: string[], onePerElement = values.length > 1): { keywords: string[]; dropped: string[] } {
  const seen = new Set<string>();
  const keywords: string[] = [];
  const dropped: string[] = [];
  const separators = onePerElement ? /[;；\n]/ : /[;；,，、\n]/;
  for (const value of values.flatMap((v) => (onePerElement ? v.split(separators) : splitKeywordList(v, separators)))) {
    const keyword = collapseSpaces(value);
    if (!keyword) continue;
    if (looksLikeUrl(keyword)) {
      dropped.push(keyword);
      continue;
    }
    const key = toHalfWidth(keyword).toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      keywords.push(keyword);
    }
  }
  return { keywords, dropped };
}

/**
 * One keyword value as a list: split on its separators; a value with none whose words are all
 * Chinese is a space-separated list (VIP's platform writes `%K 毛衫 产业集群 数字化`), while
 * a Latin phrase such as "machine learning" stays one keyword.
 */
function splitKeywordList(value: string, separators: RegExp): string[] {
  const parts = value.split(separators);
  if (parts.length > 1) return parts;
  const words = value.trim().split(/\s+/);
  return words.length > 1 && words.every((word) => CJK.test(word)) ? words : parts;
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
  'zh-chs': 'zh',
  chs: 'zh',
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

function normaliseUrl(value: string): string | null {
  // CNKI writes its links HTML-escaped (`&amp;uniplatform=NZKPT`).
  const cleaned = (value.trim().split(/\s+/)[0] ?? '').replace(/&amp;/gi, '&');
  try {
    const url = new URL(cleaned);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

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
  if (title.length > MAX_TITLE_LENGTH) {
    return {
      rejection: `title is ${title.length} characters long (at most ${MAX_TITLE_LENGTH}): not a title but a broken record`,
      warnings,
    };
  }
  warnings.push(...(raw.warnings ?? []));

  const { keywords, dropped } = normaliseKeywords(raw.keywords, raw.keywordsOnePerElement ?? raw.keywords.length > 1);
  for (const keyword of dropped) warn(`keyword that is (part of) a URL dropped: "${keyword}"`);
  const record: LiteratureRecord = {
    sourceId: clean(raw.sourceId) ?? String(position),
    title,
    keywords,
    authors: normaliseAuthors(raw.authors),
    type: normaliseType(clean(raw.type), clean(raw.typeHint)),
    line: raw.line,
  };
  if (raw.abstract !== undefined) {
    const cleaned = cleanAbstract(raw.abstract);
    if (cleaned.markup.length) warn(`markup removed from the abstract: ${cleaned.markup.join(' ')}`);
    const abstract = clean(cleaned.text);
    if (abstract) record.abstract = abstract;
  }

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
  const pages = pageRange(raw);
  if (pages) record.pages = pages;

  if (raw.doi !== undefined && clean(raw.doi)) {
    const doi = normaliseDoi(raw.doi);
    if (doi && doi.length <= MAX_DOI_LENGTH) record.doi = doi;
    else warn(`invalid DOI dropped: "${clean(raw.doi)!.slice(0, MAX_DOI_LENGTH)}"`);
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
  const database = chooseDatabase(raw.database, defaults.database);
  if (database) record.database = database;
  return { record, warnings };
}

const KNOWN_DATABASES = new Set(['CNKI', 'Wanfang', 'VIP', 'Chaoxing']);

/**
 * The record's own database when it names one of the subscribed ones; else the one the
 * librarian gave for the file (a record's sub-library or provider name never replaces it);
 * else whatever the record says.
 */
function chooseDatabase(own: string | undefined, given: string | undefined): string | undefined {
  const named = normaliseDatabase(own ?? '');
  if (named && KNOWN_DATABASES.has(named)) return named;
  return (given ? normaliseDatabase(given) : undefined) ?? named;
}

const dashes = (text: string) => toHalfWidth(text).replace(/\s*[–—~～]\s*|\s*-\s*/g, '-');

/**
 * Pages as a range: the pages field, else start and end page. A start page that is already a
 * range wins over an end page that is then a page count (CNKI conference papers: `SP 127-131`,
 * `OP 5`); an end page smaller than the start page is a count too.
 */
function pageRange(raw: RawRecord): string | undefined {
  const pages = clean(raw.pages);
  if (pages) return dashes(pages);
  const start = clean(raw.startPage) && dashes(clean(raw.startPage)!);
  const end = clean(raw.endPage) && dashes(clean(raw.endPage)!);
  if (!start) return end;
  if (!end || start.includes('-')) return start;
  if (end.includes('-')) return end;
  const [from, to] = [Number(start), Number(end)];
  if (Number.isFinite(from) && Number.isFinite(to) && to < from) return start;
  return `${start}-${end}`;
}
