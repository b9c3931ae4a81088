import { comparableTitle, toHalfWidth } from './normalise.js';
import type { LiteratureRecord } from './types.js';

/** The fields a copy of a record can improve, in report order. */
const MERGEABLE_FIELDS = [
  'title',
  'authors',
  'year',
  'journal',
  'volume',
  'issue',
  'pages',
  'doi',
  'issn',
  'isbn',
  'keywords',
  'abstract',
  'type',
  'url',
  'language',
  'database',
] as const;

export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

const FILLED: MergeableField[] = ['year', 'journal', 'volume', 'issue', 'doi', 'issn', 'isbn', 'url', 'language', 'database'];

const keywordKey = (keyword: string) => toHalfWidth(keyword).toLowerCase();

/**
 * The best of two records of one work (two copies in one file): every field the first lacks
 * is taken from the second; the longer abstract, the longer author list, a page range over a
 * single page, a known type over `other`, and a title that extends the first (its subtitle)
 * win; keywords are the union, the first record's order first. The first record's position,
 * id and line are kept. Returns the merged record and the fields the second one improved.
 */
export function mergeRecords(kept: LiteratureRecord, copy: LiteratureRecord): { record: LiteratureRecord; fields: MergeableField[] } {
  const record: LiteratureRecord = { ...kept, keywords: [...kept.keywords], authors: [...kept.authors] };
  const fields: MergeableField[] = [];

  if (copy.title.length > kept.title.length && comparableTitle(copy.title).startsWith(comparableTitle(kept.title))) {
    record.title = copy.title;
    fields.push('title');
  }
  if (copy.authors.length > kept.authors.length) {
    record.authors = [...copy.authors];
    fields.push('authors');
  }
  for (const field of FILLED) {
    if (record[field] === undefined && copy[field] !== undefined) {
      (record as unknown as Record<string, unknown>)[field] = copy[field];
      fields.push(field);
    }
  }
  if (copy.pages && (!record.pages || (!record.pages.includes('-') && copy.pages.includes('-')))) {
    record.pages = copy.pages;
    fields.push('pages');
  }
  const known = new Set(record.keywords.map(keywordKey));
  const added = copy.keywords.filter((keyword) => !known.has(keywordKey(keyword)) && known.add(keywordKey(keyword)));
  if (added.length) {
    record.keywords.push(...added);
    fields.push('keywords');
  }
  if (copy.abstract && copy.abstract.length > (record.abstract?.length ?? 0)) {
    record.abstract = copy.abstract;
    fields.push('abstract');
  }
  if (record.type === 'other' && copy.type !== 'other') {
    record.type = copy.type;
    fields.push('type');
  }
  return { record, fields: MERGEABLE_FIELDS.filter((field) => fields.includes(field)) };
}
