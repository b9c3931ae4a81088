import { createHash } from 'node:crypto';
import type { LiteratureRecord } from './types.js';

/** Indexed keys longer than this (in UTF-8 bytes) are stored as their hash: Neo4j's index keys are bounded (about 8 KB). */
const MAX_KEY_BYTES = 512;

const bounded = (key: string) =>
  Buffer.byteLength(key, 'utf8') <= MAX_KEY_BYTES ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;

/** A name's words, lower case, sorted: "Raber, Jacob", "Raber Jacob" and "Jacob Raber" compare equal; 张三 stays 张三. */
function comparableName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter(Boolean)
    .sort()
    .join('');
}

/** Title for comparison: NFKC, lower case, without whitespace, punctuation or symbols. */
export function comparableTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * Normalised title + first author + year: the second way two records are the same work.
 * Bounded: a key over MAX_KEY_BYTES is its SHA-256.
 */
export function titleKey(record: Pick<LiteratureRecord, 'title' | 'authors' | 'year'>): string {
  const author = comparableName(record.authors[0] ?? '');
  return bounded(`${comparableTitle(record.title)}|${author}|${record.year ?? ''}`);
}

/** The identity a Document is stored under (unique in the graph): the DOI when there is one, else the title key. */
export function dedupeKey(record: Pick<LiteratureRecord, 'title' | 'authors' | 'year' | 'doi'>): string {
  return record.doi ? `doi:${record.doi}` : `title:${titleKey(record)}`;
}

export type MatchedBy = 'doi' | 'title';

/** Whether two records are the same work: DOIs decide when both have one, else the title key. */
export function sameWork(a: LiteratureRecord, b: LiteratureRecord): MatchedBy | null {
  if (a.doi && b.doi) return a.doi === b.doi ? 'doi' : null;
  return titleKey(a) === titleKey(b) ? 'title' : null;
}

export interface InFileDuplicate {
  record: LiteratureRecord;
  of: LiteratureRecord;
  matchedBy: MatchedBy;
}

/** Keeps the first of each work in a file; later copies are reported with the record they repeat. */
export function dedupeWithin(records: LiteratureRecord[]): { unique: LiteratureRecord[]; duplicates: InFileDuplicate[] } {
  const byDoi = new Map<string, LiteratureRecord>();
  const byTitle = new Map<string, LiteratureRecord[]>();
  const unique: LiteratureRecord[] = [];
  const duplicates: InFileDuplicate[] = [];
  for (const record of records) {
    const doiMatch = record.doi ? byDoi.get(record.doi) : undefined;
    const titleMatch = doiMatch ? undefined : byTitle.get(titleKey(record))?.find((other) => sameWork(record, other));
    const of = doiMatch ?? titleMatch;
    if (of) {
      duplicates.push({ record, of, matchedBy: doiMatch ? 'doi' : 'title' });
      continue;
    }
    unique.push(record);
    if (record.doi) byDoi.set(record.doi, record);
    const key = titleKey(record);
    byTitle.set(key, [...(byTitle.get(key) ?? []), record]);
  }
  return { unique, duplicates };
}
