import { machineWrites } from '../curation/precedence.js';
import type { DocumentRecord } from './types.js';

/**
 * A record imported again (same DOI or the same title key) may carry better fields than the
 * stored document: a corrected export, or a parser that now reads what it used to miss. What
 * it may change: a re-export from the same database is a correction and replaces every field
 * it gives; a copy from another database only fills fields the document lacks. Fields a
 * librarian edited (`curatedFields`) are never changed (domain/curation/precedence.ts).
 */

export const CORRECTABLE_FIELDS = [
  'title',
  'abstract',
  'keywords',
  'authors',
  'year',
  'journal',
  'volume',
  'issue',
  'pages',
  'doi',
  'issn',
  'isbn',
  'language',
  'url',
  'type',
] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type CorrectableValues = Pick<DocumentRecord, CorrectableField | 'database'>;
export type Correction = Partial<Pick<DocumentRecord, CorrectableField>>;

const isEmpty = (field: CorrectableField, value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (field === 'type' && value === 'other');

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields to write on the stored document; empty when the record brings nothing better. */
export function correctionOf(stored: CorrectableValues, incoming: CorrectableValues, curatedFields: readonly string[]): Correction {
  const sameSource = !stored.database || !incoming.database || stored.database === incoming.database;
  const proposed: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIELDS) {
    const next = incoming[field];
    if (isEmpty(field, next) || same(stored[field], next)) continue;
    if (sameSource || isEmpty(field, stored[field])) proposed[field] = next;
  }
  return machineWrites(proposed, curatedFields);
}
