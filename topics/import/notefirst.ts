import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { emptyRaw, LiteratureFileError, type RawParse, type RawRecord } from './types.js';

/**
 * NoteFirst XML, as CNKI and Wanfang export it for the NoteFirst reference manager:
 * `<NoteFirst><Items><Item>` with per-language elements (`<Title Lang="zh-CHS">`,
 * `<Keyword Lang="en">`…). Values are read in the record's own language (its Chinese title's
 * language when it has one), so an English translation of the title, authors or keywords does
 * not become a second value. Element names vary between exporters (a title as text or in a
 * `<Text>` child, `PageScope` or `Pages`…): the parser accepts each spelling listed below.
 */

const LISTS = new Set(['Item', 'Title', 'Author', 'Keyword', 'Abstract', 'Info', 'Url', 'URL']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => LISTS.has(name),
});

type Node = unknown;
type Element = Record<string, Node>;

const isElement = (node: Node): node is Element => node !== null && typeof node === 'object' && !Array.isArray(node);
const listOf = (node: Node): Node[] => (node === undefined || node === null ? [] : Array.isArray(node) ? node : [node]);

/** An element's own text: a string, `#text` beside attributes, or the text of its `<Text>`/`<FullName>`/`<Name>` child. */
function textOf(node: Node): string | undefined {
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || undefined;
  if (!isElement(node)) return undefined;
  for (const key of ['#text', 'Text', 'FullName', 'Name', 'Value']) {
    const value = key === '#text' ? node[key] : listOf(node[key])[0];
    const text = value === undefined ? undefined : textOf(value);
    if (text) return text;
  }
  return undefined;
}

/** The first child present among several spellings. */
function first(node: Node, ...names: string[]): Node {
  if (!isElement(node)) return undefined;
  for (const name of names) if (node[name] !== undefined) return node[name];
  return undefined;
}

const langOf = (node: Node): string | undefined => (isElement(node) && typeof node['@Lang'] === 'string' ? node['@Lang'] : undefined);

const CHINESE_LANG = /^(zh|chi|chs|zh-chs|zh-cn|cn|中文)$/i;

/** Elements of a list in one language: `lang`'s when some carry it, else those without a language, else all. */
function inLanguage(nodes: Node[], lang: string | undefined): Node[] {
  if (lang) {
    const same = nodes.filter((node) => langOf(node) === lang);
    if (same.length) return same;
  }
  const neutral = nodes.filter((node) => langOf(node) === undefined);
  return neutral.length ? neutral : nodes;
}

/** `<Titles><Title>` or bare `<Title>` elements of a node. */
const titlesOf = (node: Node): Node[] => listOf(first(first(node, 'Titles') ?? {}, 'Title') ?? first(node, 'Title'));

/** The record's language: its Chinese title's, else its first title's, else its `<Language>`. */
function recordLanguage(item: Node): string | undefined {
  const langs = titlesOf(item)
    .map(langOf)
    .filter((lang): lang is string => Boolean(lang));
  return langs.find((lang) => CHINESE_LANG.test(lang)) ?? langs[0];
}

const text = (item: Node, ...names: string[]) => textOf(listOf(first(item, ...names))[0]);

/** Line of each `<Item>` opening tag, in order, so rejections can point into the file. */
function itemLines(source: string): number[] {
  const lines: number[] = [];
  const pattern = /<Item[\s>]/g;
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    for (let i = last; i < match.index; i += 1) if (source.charCodeAt(i) === 10) line += 1;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

export function parseNoteFirst(source: string): RawParse {
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new LiteratureFileError(`malformed NoteFirst XML: ${valid.err.msg}`, valid.err.line);
  const document = parser.parse(source) as Element;
  const root = document.NoteFirst;
  if (!isElement(root)) throw new LiteratureFileError('not a NoteFirst export: expected <NoteFirst><Items><Item>…');
  const items = listOf(first(first(root, 'Items') ?? {}, 'Item') ?? first(root, 'Item'));
  const lines = itemLines(source);
  return { records: items.map((item, index) => toRaw(item, lines[index] ?? 1, index)), rejected: [] };
}

/** `JournalArticle` → `Journal Article`, a name normaliseType knows. */
const words = (value: string | undefined) => value?.replace(/([a-z])([A-Z])/g, '$1 $2');

function toRaw(item: Node, line: number, index: number): RawRecord {
  const raw = emptyRaw(line);
  const lang = recordLanguage(item);
  const attribute = isElement(item) ? (item['@Type'] ?? item['@type']) : undefined;
  raw.sourceId = text(item, 'ID', 'Id', 'CiteKey') ?? String(index + 1);
  raw.type = words(typeof attribute === 'string' ? attribute : text(item, 'Type', 'DocType', 'ItemType'));
  raw.title = textOf(inLanguage(titlesOf(item), lang)[0]);
  raw.authors = inLanguage(listOf(first(first(item, 'Authors') ?? {}, 'Author')), lang).flatMap((a) => textOf(a) ?? []);
  raw.keywords = inLanguage(listOf(first(first(item, 'Keywords') ?? {}, 'Keyword')), lang).flatMap((k) => textOf(k) ?? []);
  raw.keywordsOnePerElement = true;
  const abstracts = listOf(first(first(item, 'Abstracts') ?? {}, 'Abstract') ?? first(item, 'Abstract'));
  raw.abstract = textOf(inLanguage(abstracts, lang)[0]);
  const media = first(item, 'Media', 'Source');
  const info = inLanguage(listOf(first(media, 'Info')), lang)[0] ?? media;
  raw.journal = textOf(inLanguage(titlesOf(info), lang)[0]) ?? text(item, 'Journal', 'Periodical');
  raw.date = text(item, 'Year', 'PubYear', 'PublishDate', 'Date');
  raw.volume = text(item, 'Volume', 'Volum');
  raw.issue = text(item, 'Issue', 'Number');
  raw.pages = text(item, 'PageScope', 'Pages', 'Page', 'PageNum');
  raw.doi = text(item, 'DOI', 'Doi');
  raw.issn = text(item, 'ISSN', 'Issn') ?? text(info, 'ISSN');
  raw.isbn = text(item, 'ISBN', 'Isbn') ?? text(info, 'ISBN');
  raw.language = text(item, 'Language') ?? lang;
  raw.url = text(item, 'URL', 'Url', 'Link');
  raw.database = text(item, 'DataBase', 'Database', 'Provider');
  raw.typeHint = text(item, 'SubLibrary', 'SrcDatabase', 'DegreeType');
  return raw;
}
