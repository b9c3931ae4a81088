import type { DocumentRecord } from '../../domain/document/types.js';

/**
 * BibTeX entries: values in braces with TeX's special characters escaped (so braces in a
 * title cannot end a field early, and % & $ # _ ^ ~ \ come back as written); `doi` and
 * `url` are verbatim fields, where only braces need care.
 */

const TYPE: Record<string, string> = {
  article: 'article',
  newspaper: 'article',
  book: 'book',
  chapter: 'incollection',
  thesis: 'phdthesis',
  conference: 'inproceedings',
  patent: 'patent',
  standard: 'standard',
  report: 'techreport',
  other: 'misc',
};

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

export const escapeBibtex = (value: string) => oneLine(value).replace(/[\\{}%&$#_^~]/g, (c) => SPECIAL[c]!);

/** Verbatim fields cannot escape; unbalanced braces are percent-encoded (valid in URLs and DOIs alike). */
const verbatim = (value: string) => oneLine(value).replace(/[{}]/g, (c) => encodeURIComponent(c));

/** Citation keys: letters, digits and - _ : only, unique per document. */
export const bibtexKey = (doc: DocumentRecord) => `hc-${doc.id.replace(/[^A-Za-z0-9_:-]/g, '')}`;

/** A name with " and " in it would split into two authors: braced, it stays one. */
const author = (name: string) => (/\sand\s/i.test(name) ? `{${escapeBibtex(name)}}` : escapeBibtex(name));

export function bibtexRecord(doc: DocumentRecord): string {
  const type = TYPE[doc.type] ?? 'misc';
  const fields: [string, string | null][] = [
    ['title', escapeBibtex(doc.title)],
    ['author', doc.authors.length ? doc.authors.map(author).join(' and ') : null],
    ['year', doc.year === null ? null : String(doc.year)],
    [type === 'inproceedings' || type === 'incollection' ? 'booktitle' : 'journal', doc.journal ? escapeBibtex(doc.journal) : null],
    ['volume', doc.volume ? escapeBibtex(doc.volume) : null],
    ['number', doc.issue ? escapeBibtex(doc.issue) : null],
    ['pages', doc.pages ? escapeBibtex(doc.pages).replace(/-+/, '--') : null],
    ['doi', doc.doi ? verbatim(doc.doi) : null],
    ['issn', doc.issn ? escapeBibtex(doc.issn) : null],
    ['isbn', doc.isbn ? escapeBibtex(doc.isbn) : null],
    ['abstract', doc.abstract ? escapeBibtex(doc.abstract) : null],
    ['keywords', doc.keywords.length ? doc.keywords.map(escapeBibtex).join(', ') : null],
    ['language', doc.language ? escapeBibtex(doc.language) : null],
    ['url', doc.url ? verbatim(doc.url) : null],
    ['database', doc.database ? escapeBibtex(doc.database) : null],
  ];
  const body = fields.filter(([, value]) => value !== null && value !== '').map(([name, value]) => `  ${name} = {${value}}`);
  return `@${type}{${bibtexKey(doc)},\n${body.join(',\n')}\n}\n\n`;
}
