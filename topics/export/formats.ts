import type { DocumentRecord } from '../../domain/document/types.js';
import { CSV_BOM } from '../../lib/tables/csv.js';
import { bibtexRecord } from './bibtex.js';
import { documentCsvHeader, documentCsvRecord } from './csv.js';
import { risRecord } from './ris.js';

/** The document export formats: how a file starts and how each record is written. */

export type DocumentExportFormat = 'ris' | 'bibtex' | 'csv';

export interface DocumentWriter {
  extension: string;
  contentType: string;
  start(): string;
  record(doc: DocumentRecord): string;
}

export const DOCUMENT_WRITERS: Record<DocumentExportFormat, DocumentWriter> = {
  ris: { extension: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8', start: () => '', record: risRecord },
  bibtex: { extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8', start: () => '', record: bibtexRecord },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8', start: () => CSV_BOM + documentCsvHeader(), record: documentCsvRecord },
};
