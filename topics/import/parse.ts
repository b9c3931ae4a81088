import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBibtex } from './bibtex.js';
import { parseDelimited, type ColumnMapping } from './csv.js';
import { detectLiteratureFormat } from './detect.js';
import { decodeChineseText, hasUndecodableBytes } from '../../lib/encoding.js';
import { parseEndnoteXml } from './endnote-xml.js';
import { parseGbt7714 } from './gbt7714.js';
import { parseNoteFirst } from './notefirst.js';
import { normaliseRecord } from './normalise.js';
import { parseTagged } from './tagged.js';
import { CNKI_ESTUDY, ENDNOTE_TAGGED, NOTEEXPRESS, REFWORKS, RIS } from './tagged-formats.js';
import { WANFANG_CUSTOM } from './wanfang-custom.js';
import {
  LiteratureFileError,
  type LineProblem,
  type LineWarning,
  type LiteratureEncoding,
  type LiteratureFormat,
  type LiteratureRecord,
  type LiteratureType,
  type ParsedLiteratureFile,
  type RawParse,
  type RawRecord,
} from './types.js';

export interface ParseLiteratureOptions {
  /** Skip detection and use this parser. */
  format?: LiteratureFormat;
  /** Skip detection and decode with this encoding. */
  encoding?: LiteratureEncoding;
  /** CSV/TSV: which column holds which field (headers such as 标题, 摘要, 关键词 are recognised without one). */
  columns?: ColumnMapping;
  /** The database the file came from, for records that do not name one (CNKI, Wanfang, VIP…). */
  database?: string;
}

export type LiteratureInput = string | { buffer: Uint8Array; filename: string };

function parseText(format: LiteratureFormat, text: string, options: ParseLiteratureOptions): RawParse {
  switch (format) {
    case 'ris':
      return parseTagged(text, RIS);
    case 'enw':
      return parseTagged(text, ENDNOTE_TAGGED);
    case 'refworks':
      return parseTagged(text, REFWORKS);
    case 'noteexpress':
      return parseTagged(text, NOTEEXPRESS);
    case 'cnki-estudy':
      return parseTagged(text, CNKI_ESTUDY);
    case 'wanfang-custom':
      return parseTagged(text, WANFANG_CUSTOM);
    case 'notefirst':
      return parseNoteFirst(text);
    case 'gbt7714':
      return parseGbt7714(text);
    case 'endnote-xml':
      return parseEndnoteXml(text);
    case 'bibtex':
      return parseBibtex(text);
    case 'csv':
      return parseDelimited(text, ',', options.columns);
    case 'tsv':
      return parseDelimited(text, '\t', options.columns);
  }
}

const hasBrokenText = (raw: RawRecord) =>
  Object.values(raw).some((value) =>
    typeof value === 'string' ? hasUndecodableBytes(value) : Array.isArray(value) && value.some((v) => hasUndecodableBytes(String(v))),
  );

/**
 * Reads one literature export file: decodes it (UTF-8, UTF-8 with BOM, GB18030/GBK), detects
 * its format, parses and normalises every record. A record that cannot be used is rejected
 * alone with its line and reason; a file that cannot be read as literature at all throws a
 * LiteratureFileError. Records are in file order; duplicates are not removed here.
 */
export async function parseLiteratureFile(input: LiteratureInput, options: ParseLiteratureOptions = {}): Promise<ParsedLiteratureFile> {
  const { buffer, filename } = typeof input === 'string' ? { buffer: await readFile(input), filename: path.basename(input) } : input;
  return parseLiteratureBuffer(buffer, filename, options);
}

export function parseLiteratureBuffer(buffer: Uint8Array, filename: string, options: ParseLiteratureOptions = {}): ParsedLiteratureFile {
  const { text, encoding } = decodeChineseText(buffer, options.encoding);
  if (!text.trim()) throw new LiteratureFileError(`${filename} is empty`);
  const format = options.format ?? detectLiteratureFormat(filename, text);
  const parsed = parseText(format, text, options);
  const records: LiteratureRecord[] = [];
  const rejected: LineProblem[] = [...parsed.rejected];
  const warnings: LineWarning[] = [];
  parsed.records.forEach((raw, index) => {
    if (hasBrokenText(raw)) {
      rejected.push({ line: raw.line, reason: `contains bytes that are not valid ${encoding === 'gb18030' ? 'GB18030' : 'UTF-8'} text` });
      return;
    }
    const normalised = normaliseRecord(raw, index + 1, { database: options.database });
    warnings.push(...normalised.warnings);
    if (normalised.record) records.push(normalised.record);
    else rejected.push({ line: raw.line, reason: normalised.rejection ?? 'unusable record' });
  });
  if (records.length === 0 && rejected.length === 0) {
    throw new LiteratureFileError(`${filename} holds no ${format} records`);
  }
  rejected.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  return {
    format,
    encoding,
    records,
    rejected,
    warnings,
    headerLines: parsed.headerLines ?? 0,
    documentTypes: mostFrequent(records.map((r) => r.type)).map(([type, count]) => ({ type: type as LiteratureType, count })),
    databases: mostFrequent(records.flatMap((r) => (r.database ? [r.database] : []))).map(([name]) => name),
  };
}

/** Distinct values with their counts, most frequent first (then by first appearance). */
function mostFrequent(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
