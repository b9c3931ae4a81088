import type { DocumentFilter } from '../../../domain/document/types.js';
import { int } from '../../values.js';

/** What every query of Documents and ImportBatches returns, and the one filter they share. */

export const DOCUMENT_FIELDS = `{
  .id, .title, .abstract, .keywords, .authors, .year, .journal, .volume, .issue, .pages, .doi, .issn, .isbn,
  .language, .url, .database, .type, .sourceId, .dedupeKey, .batchId, importedAt: toString(d.importedAt)
}`;

/** DOCUMENT_FIELDS and the fields a librarian edited, for an import deciding what it may correct. */
export const STORED_DOCUMENT_FIELDS = `{
  .id, .title, .abstract, .keywords, .authors, .year, .journal, .volume, .issue, .pages, .doi, .issn, .isbn,
  .language, .url, .database, .type, .sourceId, .dedupeKey, .batchId, importedAt: toString(d.importedAt),
  curatedFields: coalesce(d.curatedFields, [])
}`;

export const BATCH_FIELDS = `{
  .id, .fileName, .fileHash, .format, .encoding, .database, .importedBy, importedAt: toString(b.importedAt), .status,
  .error, .errorLine, .added, .duplicates, .rejected, .warnings, updated: coalesce(b.updated, 0), .reportJson
}`;

export const FILTER = `($yearFrom IS NULL OR d.year >= $yearFrom) AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($journal IS NULL OR toLower(d.journal) = $journal)
  AND ($keyword IS NULL OR any(k IN d.keywords WHERE toLower(k) = $keyword))
  AND ($database IS NULL OR d.database = $database)
  AND ($batchId IS NULL OR EXISTS { (d)-[:IMPORTED_IN|REPEATED_IN]->(:ImportBatch {id: $batchId}) })`;

export const filterParams = (filter: DocumentFilter = {}) => ({
  yearFrom: filter.yearFrom == null ? null : int(filter.yearFrom),
  yearTo: filter.yearTo == null ? null : int(filter.yearTo),
  journal: filter.journal?.trim().toLowerCase() || null,
  keyword: filter.keyword?.trim().toLowerCase() || null,
  database: filter.database?.trim() || null,
  batchId: filter.batchId ?? null,
});
