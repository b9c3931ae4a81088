import type { DocumentRecord } from '../../domain/document/types.js';

/**
 * RIS as reference managers read it: `TAG  - value` lines ending in CRLF, one tag per author
 * and keyword, `ER  - ` closing each record. Values are one line (line breaks become spaces,
 * so no text can start a tag line of its own).
 */

const TYPE: Record<string, string> = {
  article: 'JOUR',
  book: 'BOOK',
  chapter: 'CHAP',
  thesis: 'THES',
  conference: 'CPAPER',
  newspaper: 'NEWS',
  patent: 'PAT',
  standard: 'STAND',
  report: 'RPRT',
  other: 'GEN',
};

const oneLine = (value: string) =>
  value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are what this strips
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .trim();

export function risRecord(doc: DocumentRecord): string {
  const lines: string[] = [];
  const tag = (name: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined) return;
    const text = oneLine(String(value));
    if (text) lines.push(`${name}  - ${text}`);
  };
  tag('TY', TYPE[doc.type] ?? 'GEN');
  tag('ID', doc.id);
  tag('TI', doc.title);
  for (const author of doc.authors) tag('AU', author);
  tag('PY', doc.year);
  tag(doc.type === 'book' ? 'T2' : 'JO', doc.journal);
  tag('VL', doc.volume);
  tag('IS', doc.issue);
  const [start, end] = (doc.pages ?? '').split(/[-–]/);
  tag('SP', start);
  tag('EP', end);
  tag('DO', doc.doi);
  tag('SN', doc.issn ?? doc.isbn);
  tag('AB', doc.abstract);
  for (const keyword of doc.keywords) tag('KW', keyword);
  tag('LA', doc.language);
  tag('UR', doc.url);
  tag('DB', doc.database);
  lines.push('ER  - ', '');
  return lines.join('\r\n');
}
