import type { TextEncoding } from '../../lib/encoding.js';
import { AppError } from '../../lib/errors.js';
/** The shapes every literature parser produces and every consumer (import, clustering CLI) reads. */

export type LiteratureFormat = 'ris' | 'enw' | 'endnote-xml' | 'refworks' | 'noteexpress' | 'bibtex' | 'csv' | 'tsv';

export const LITERATURE_FORMATS: readonly LiteratureFormat[] = [
  'ris',
  'enw',
  'endnote-xml',
  'refworks',
  'noteexpress',
  'bibtex',
  'csv',
  'tsv',
];

/** How the bytes were decoded: strict UTF-8, UTF-8 after a byte-order mark, or GB18030 (a superset of GBK and GB2312). */
export type LiteratureEncoding = TextEncoding;

export type LiteratureType =
  'article' | 'book' | 'chapter' | 'thesis' | 'conference' | 'newspaper' | 'patent' | 'standard' | 'report' | 'other';

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
  /** Values dropped from records that were kept (an invalid DOI, ISSN, ISBN, year…). */
  warnings: LineWarning[];
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
}

export interface RawParse {
  records: RawRecord[];
  rejected: LineProblem[];
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
