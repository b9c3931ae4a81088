import { createHash } from 'node:crypto';
import { mergeRecords, type MergeableField } from './merge.js';
import { comparableTitle } from './normalise.js';
import type { LiteratureRecord } from './types.js';

export { comparableTitle } from './normalise.js';

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
  /** The earlier record of the file it repeats, as first read. */
  of: LiteratureRecord;
  matchedBy: MatchedBy;
  /** The fields this copy improved in the record kept (empty for an exact copy). */
  merged: MergeableField[];
}

/**
 * One record per work in a file: a later copy of a work (same DOI, or same title key when
 * either lacks a DOI) is merged into the first (merge.ts: the best of both) and reported with
 * the record it repeats and the fields it brought.
 */
export function dedupeWithin(records: LiteratureRecord[]): { unique: LiteratureRecord[]; duplicates: InFileDuplicate[] } {
  const byDoi = new Map<string, number>();
  const byTitle = new Map<string, number[]>();
  const unique: LiteratureRecord[] = [];
  const firstRead: LiteratureRecord[] = [];
  const duplicates: InFileDuplicate[] = [];
  const index = (at: number) => {
    const record = unique[at]!;
    if (record.doi && !byDoi.has(record.doi)) byDoi.set(record.doi, at);
    const key = titleKey(record);
    const same = byTitle.get(key) ?? [];
    if (!same.includes(at)) byTitle.set(key, [...same, at]);
  };
  for (const record of records) {
    const doiMatch = record.doi ? byDoi.get(record.doi) : undefined;
    const titleMatch = doiMatch === undefined ? byTitle.get(titleKey(record))?.find((at) => sameWork(record, unique[at]!)) : undefined;
    const at = doiMatch ?? titleMatch;
    if (at !== undefined) {
      const { record: merged, fields } = mergeRecords(unique[at]!, record);
      unique[at] = merged;
      index(at);
      duplicates.push({ record, of: firstRead[at]!, matchedBy: doiMatch !== undefined ? 'doi' : 'title', merged: fields });
      continue;
    }
    unique.push(record);
    firstRead.push(record);
    index(unique.length - 1);
  }
  return { unique, duplicates };
}
