import type { DocumentRecord } from '../../domain/document/types.js';
import { csvLine } from '../../lib/tables/csv.js';

/** Documents as CSV with the column names the literature import recognises, lists joined by "; ". */

export const DOCUMENT_CSV_COLUMNS = [
  'id',
  'type',
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
  'language',
  'url',
  'database',
] as const;

export const documentCsvHeader = () => csvLine(DOCUMENT_CSV_COLUMNS);

export function documentCsvRecord(doc: DocumentRecord): string {
  return csvLine(
    DOCUMENT_CSV_COLUMNS.map((column) => {
      const value = doc[column];
      return Array.isArray(value) ? value.join('; ') : value;
    }),
  );
}
