import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ENDNOTE_REF_TYPES } from './document-types.js';
import { emptyRaw, LiteratureFileError, type RawParse, type RawRecord } from './types.js';

/** EndNote XML (`<xml><records><record>…`), as EndNote and NoteExpress export it. */

const LISTS = new Set(['record', 'author', 'keyword', 'url', 'style', 'secondary-author']);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  // Character references (`&#xD;` after an ISSN, `&#x2013;` in page ranges) as the characters they name.
  htmlEntities: true,
  isArray: (name) => LISTS.has(name),
});

type Node = unknown;

/** Concatenated text of an element, through EndNote's `<style>` wrappers. */
function textOf(node: Node): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return Object.entries(node as Record<string, Node>)
    .map(([, value]) => textOf(value))
    .join('');
}

function child(node: Node, ...path: string[]): Node {
  let at = node;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) return undefined;
    at = (at as Record<string, Node>)[key];
  }
  return at;
}

const listOf = (node: Node): Node[] => (node === undefined ? [] : Array.isArray(node) ? node : [node]);

const text = (node: Node): string | undefined => {
  const value = textOf(node).trim();
  return value || undefined;
};

/** Line of each `<record>` opening tag, in order, so rejections can point into the file. */
function recordLines(source: string): number[] {
  const lines: number[] = [];
  const pattern = /<record[\s>]/g;
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    for (let i = last; i < match.index; i += 1) if (source.charCodeAt(i) === 10) line += 1;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

export function parseEndnoteXml(source: string): RawParse {
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new LiteratureFileError(`malformed EndNote XML: ${valid.err.msg}`, valid.err.line);
  }
  const document = parser.parse(source) as Node;
  const records = listOf(child(document, 'xml', 'records', 'record'));
  if (!child(document, 'xml', 'records')) {
    throw new LiteratureFileError('not an EndNote XML export: expected <xml><records><record>…');
  }
  const lines = recordLines(source);
  return {
    records: records.map((record, index) => toRaw(record, lines[index] ?? 1, index)),
    rejected: [],
  };
}

function toRaw(record: Node, line: number, index: number): RawRecord {
  const raw = emptyRaw(line);
  raw.sourceId = text(child(record, 'rec-number')) ?? text(child(record, 'accession-num')) ?? String(index + 1);
  const refType = text(child(record, 'ref-type'));
  raw.type = refType === undefined ? undefined : (ENDNOTE_REF_TYPES[refType] ?? refType);
  raw.title = text(child(record, 'titles', 'title'));
  raw.journal =
    text(child(record, 'periodical', 'full-title')) ??
    text(child(record, 'titles', 'secondary-title')) ??
    text(child(record, 'periodical', 'abbr-1'));
  raw.authors = listOf(child(record, 'contributors', 'authors', 'author')).map(textOf);
  raw.keywords = listOf(child(record, 'keywords', 'keyword')).map(textOf);
  raw.keywordsOnePerElement = true;
  raw.abstract = text(child(record, 'abstract'));
  raw.date = text(child(record, 'dates', 'year')) ?? text(child(record, 'dates', 'pub-dates', 'date'));
  raw.volume = text(child(record, 'volume'));
  raw.issue = text(child(record, 'number')) ?? text(child(record, 'issue'));
  raw.pages = text(child(record, 'pages'));
  raw.doi = text(child(record, 'electronic-resource-num'));
  raw.standardNumber = text(child(record, 'isbn'));
  raw.language = text(child(record, 'language'));
  raw.url = text(listOf(child(record, 'urls', 'related-urls', 'url'))[0]) ?? text(listOf(child(record, 'urls', 'web-urls', 'url'))[0]);
  raw.database = text(child(record, 'remote-database-name')) ?? text(child(record, 'remote-database-provider'));
  return raw;
}
