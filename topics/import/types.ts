import type { TextEncoding } from '../../lib/encoding.js';
import { AppError } from '../../lib/errors.js';
/** The shapes every literature parser produces and every consumer (import, clustering CLI) reads. */

export type LiteratureFormat =
  | 'ris'
  | 'enw'
  | 'endnote-xml'
  | 'notefirst'
  | 'refworks'
  | 'noteexpress'
  | 'cnki-estudy'
  | 'wanfang-custom'
  | 'gbt7714'
  | 'bibtex'
  | 'csv'
  | 'tsv';

export const LITERATURE_FORMATS: readonly LiteratureFormat[] = [
  'ris',
  'enw',
  'endnote-xml',
  'notefirst',
  'refworks',
  'noteexpress',
  'cnki-estudy',
  'wanfang-custom',
  'gbt7714',
  'bibtex',
  'csv',
  'tsv',
];

/** How the bytes were decoded: strict UTF-8, UTF-8 after a byte-order mark, or GB18030 (a superset of GBK and GB2312). */
export type LiteratureEncoding = TextEncoding;

export type LiteratureType =
  'article' | 'book' | 'chapter' | 'thesis' | 'conference' | 'newspaper' | 'patent' | 'standard' | 'yearbook' | 'report' | 'other';

export const LITERATURE_TYPES: readonly LiteratureType[] = [
  'article',
  'book',
  'chapter',
  'thesis',
  'conference',
  'newspaper',
  'patent',
  'standard',
  'yearbook',
  'report',
  'other',
];

/** One normalised literature record. */
export interface LiteratureRecord {
  /** The record's own id in its file (RIS `ID`, BibTeX key, CSV `id` column…), else its 1-based position. */
  sourceId: string;
  title: string;
  abstract?: string;
  keywords: string[];
  /** Chinese names unspaced (张三), Latin names as "Last, First". */
  authors: string[];
  year?: number;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  /** Lower case, without a resolver prefix: 10.xxxx/… */
  doi?: string;
  /** NNNN-NNNC with a verified check digit. */
  issn?: string;
  /** ISBN-13, digits only, with a verified check digit (ISBN-10 converted). */
  isbn?: string;
  /** `zh`, `en` or what the file said. */
  language?: string;
  url?: string;
  /** CNKI, Wanfang, VIP or the name the file gives. */
  database?: string;
  type: LiteratureType;
  /** 1-based line where the record starts in the decoded file. */
  line: number;
}

export interface LineProblem {
  line: number;
  reason: string;
}

export interface LineWarning {
  line: number;
  message: string;
}

export interface ParsedLiteratureFile {
  format: LiteratureFormat;
  encoding: LiteratureEncoding;
  records: LiteratureRecord[];
  /** Records that could not be used, each alone, with where and why. */
  rejected: LineProblem[];
  /** Values dropped or repaired in records that were kept (an invalid DOI, a tag glued to its value, markup in an abstract…). */
  warnings: LineWarning[];
  /** Lines before the first record that are the export's own header or legend (skipped, not rejected). */
  headerLines: number;
  /** Kept records per document type, most frequent first. */
  documentTypes: { type: LiteratureType; count: number }[];
  /** The databases the kept records name (or the one given for the file), most frequent first. */
  databases: string[];
}

/**
 * What a parser hands to normalisation: the file's values as written, grouped by field.
 * Multi-valued fields keep one entry per tag or cell; splitting happens in normalisation.
 */
export interface RawRecord {
  line: number;
  sourceId?: string | undefined;
  type?: string | undefined;
  title?: string | undefined;
  abstract?: string | undefined;
  keywords: string[];
  authors: string[];
  date?: string | undefined;
  journal?: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  startPage?: string | undefined;
  endPage?: string | undefined;
  doi?: string | undefined;
  issn?: string | undefined;
  isbn?: string | undefined;
  /** A field that may hold an ISSN or an ISBN (RIS SN, EndNote %@, NoteExpress {ISBN/ISSN}). */
  standardNumber?: string | undefined;
  language?: string | undefined;
  url?: string | undefined;
  database?: string | undefined;
  /** A sub-library or category the record names (CNKI `DB 科技成果`, E-Study `SrcDatabase-来源库: 硕士`): a hint at its type. */
  typeHint?: string | undefined;
  /** Keywords came one per element (XML `<keyword>`, one RIS `KW` per line): do not split them on commas. */
  keywordsOnePerElement?: boolean;
  /** What the parser repaired or noticed in this record. */
  warnings?: LineWarning[];
}

export interface RawParse {
  records: RawRecord[];
  rejected: LineProblem[];
  /** Lines before the first record skipped as the export's header. */
  headerLines?: number;
}

/** The whole file is unusable (not a literature file, malformed XML, no title column…). */
export class LiteratureFileError extends AppError {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super('VALIDATION', line === undefined ? message : `line ${line}: ${message}`, line === undefined ? {} : { line });
  }
}

export const emptyRaw = (line: number): RawRecord => ({ line, keywords: [], authors: [] });
