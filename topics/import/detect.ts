import path from 'node:path';
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

/** Recognises a format from the text alone, or undefined when it has no signature. */
export function formatFromContent(text: string): LiteratureFormat | undefined {
  const head = text.slice(0, 4096);
  const first = firstLine(head);
  if (/^TY {2}- ?/.test(first)) return 'ris';
  if (/^%0 /.test(first)) return 'enw';
  if (/^RT /.test(first)) return 'refworks';
  if (/^\{Reference Type\}\s*:/i.test(first)) return 'noteexpress';
  if (/^<\?xml|^<xml>/.test(first) && /<records?>/.test(head)) return 'endnote-xml';
  if (/^@\w+\s*[{(]/m.test(head) && /^\s*(@|%)/.test(first)) return 'bibtex';
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
    `cannot tell the format of ${path.basename(filename)}: expected RIS, EndNote (.enw or XML), RefWorks, NoteExpress, BibTeX, CSV or TSV`,
  );
}
