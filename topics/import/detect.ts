import path from 'node:path';
import { GBT7714_LINE } from './gbt7714.js';
import { LiteratureFileError, type LiteratureFormat } from './types.js';

const BY_EXTENSION: Record<string, LiteratureFormat> = {
  '.ris': 'ris',
  '.enw': 'enw',
  '.xml': 'endnote-xml',
  '.bib': 'bibtex',
  '.bibtex': 'bibtex',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.net': 'noteexpress',
};

/** The first line that is not blank, trimmed; tagged formats announce themselves there. */
function firstLine(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) if (line.trim()) return line.trim();
  return '';
}

/** The line that opens a record of each tagged format. */
const TAGGED_SIGNATURES: [RegExp, LiteratureFormat][] = [
  [/^TY {2}- ?/, 'ris'],
  [/^%0 /, 'enw'],
  [/^RT [A-Za-z]/, 'refworks'],
  [/^\{Reference Type\}\s*[:：]/i, 'noteexpress'],
  [/^DataType\s*[:：]\s*\d/, 'cnki-estudy'],
  [/^(?:标题|题名)\s*[:：]\s*\S/, 'wanfang-custom'],
  [GBT7714_LINE, 'gbt7714'],
];

/** Lines of a legend or title an export may put before its first record. */
const HEADER_LINES = 200;

/** Recognises a format from the text alone, or undefined when it has no signature. */
export function formatFromContent(text: string): LiteratureFormat | undefined {
  const head = text.slice(0, 4096);
  const first = firstLine(head);
  if (/^<\?xml|^<NoteFirst[\s>]/.test(first) && /<NoteFirst[\s>]/.test(head)) return 'notefirst';
  if (/^<\?xml|^<xml>/.test(first) && /<records?>/.test(head)) return 'endnote-xml';
  if (/^@\w+\s*[{(]/m.test(head) && /^\s*(@|%)/.test(first)) return 'bibtex';
  // The first line that opens a tagged record decides, even after a header (RefWorks legends).
  for (const line of text.slice(0, 65_536).split(/\r\n|\r|\n/, HEADER_LINES)) {
    const found = TAGGED_SIGNATURES.find(([pattern]) => pattern.test(line.trimStart()));
    if (found) return found[1];
  }
  return undefined;
}

/**
 * Chooses the parser: a tagged or XML signature in the content wins (CNKI saves RefWorks and
 * NoteExpress exports as .txt); then the extension; then tabs or commas in the header line.
 */
export function detectLiteratureFormat(filename: string, text: string): LiteratureFormat {
  const fromContent = formatFromContent(text);
  if (fromContent) return fromContent;
  const ext = path.extname(filename).toLowerCase();
  const fromExtension = BY_EXTENSION[ext];
  if (fromExtension) return fromExtension;
  const header = firstLine(text);
  if (header.includes('\t')) return 'tsv';
  if (header.includes(',')) return 'csv';
  throw new LiteratureFileError(
    `cannot tell the format of ${path.basename(filename)}: expected RIS, EndNote (.enw or XML), NoteFirst XML, RefWorks, NoteExpress, CNKI E-Study/自定义, Wanfang 自定义, GB/T 7714 reference lists, BibTeX, CSV or TSV`,
  );
}
