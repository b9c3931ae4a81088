import { parse, type Creator } from '@retorquere/bibtex-parser';
import { emptyRaw, type LineProblem, type RawParse, type RawRecord } from './types.js';

/** BibTeX through @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero). */

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i += 1) if (source.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Finds where a piece of the source starts, searching forward from `from` so repeated text maps in order. */
function locate(source: string, piece: string | undefined, from: number): number {
  if (!piece) return -1;
  return source.indexOf(piece.trim(), from);
}

const creatorName = (creator: Creator): string =>
  creator.name ?? (creator.firstName ? `${creator.lastName ?? ''}, ${creator.firstName}` : (creator.lastName ?? ''));

const field = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * The parser returns keywords as a sorted list; put them back in the order the entry wrote
 * them, looking inside its keywords field only (a keyword also found in the title must not
 * move forward).
 */
function keywordsInOrder(value: unknown, input: string): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  const field = /\bkeywords?\s*=/i.exec(input);
  const from = field ? field.index + field[0].length : 0;
  const position = (keyword: string) => {
    const at = input.indexOf(keyword, from);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return (value as unknown[]).map(String).sort((a, b) => position(a) - position(b));
}

export function parseBibtex(source: string): RawParse {
  const library = parse(source, {
    english: false,
    sentenceCase: false,
    unsupported: 'ignore',
  });
  const rejected: LineProblem[] = [];
  let errorCursor = 0;
  for (const error of library.errors) {
    const at = locate(source, error.input, errorCursor);
    if (at >= 0) errorCursor = at + 1;
    rejected.push({ line: at >= 0 ? lineAt(source, at) : 1, reason: `BibTeX: ${error.error}` });
  }
  const records: RawRecord[] = [];
  let cursor = 0;
  for (const entry of library.entries) {
    // An entry the parser could not finish comes back with no input; its error is reported above.
    if (!entry.input) continue;
    const at = locate(source, entry.input, cursor);
    if (at >= 0) cursor = at + 1;
    const raw = emptyRaw(at >= 0 ? lineAt(source, at) : 1);
    const f = entry.fields as Record<string, unknown>;
    raw.sourceId = entry.key;
    raw.type = entry.type;
    raw.title = field(f.title);
    raw.abstract = field(f.abstract);
    raw.keywords = keywordsInOrder(f.keywords ?? f.keyword, entry.input);
    raw.keywordsOnePerElement = true;
    raw.authors = ((f.author as Creator[] | undefined) ?? []).map(creatorName);
    raw.date = field(f.year) ?? field(f.date);
    raw.journal = field(f.journal) ?? field(f.journaltitle) ?? field(f.booktitle);
    raw.volume = field(f.volume);
    raw.issue = field(f.number) ?? field(f.issue);
    raw.pages = field(f.pages);
    raw.doi = field(f.doi);
    raw.issn = field(f.issn);
    raw.isbn = field(f.isbn);
    raw.language = field(f.language) ?? field(f.langid);
    raw.url = field(f.url);
    raw.database = field(f.database);
    records.push(raw);
  }
  return { records, rejected };
}
