import type { DocumentFilter } from '../../../domain/document/types.js';
import { int } from '../../values.js';
import { PART_OF_PATH } from '../within.js';

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

/**
 * `d` belongs to the library of `$industryCode`: filed under that industry or one of its
 * sub-industries (a live `FILED_UNDER`), or a member of a topic mapped to one of them (so a library
 * holds its topics' documents before, or without, document filing). The one place that says which
 * documents an industry holds.
 */
export const IN_INDUSTRY_LIBRARY = `(EXISTS {
    MATCH (d)-[f:FILED_UNDER]->(:Industry)${PART_OF_PATH}(:Industry {code: $industryCode}) WHERE NOT coalesce(f.deleted, false) }
  OR EXISTS {
    MATCH (d)-[:IN_TOPIC]->(t:Topic) WHERE NOT coalesce(t.retired, false)
      AND EXISTS { (:Industry {code: t.industryCode})${PART_OF_PATH}(:Industry {code: $industryCode}) } })`;

export const FILTER = `($yearFrom IS NULL OR d.year >= $yearFrom) AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($journal IS NULL OR toLower(d.journal) = $journal)
  AND ($keyword IS NULL OR any(k IN d.keywords WHERE toLower(k) = $keyword))
  AND ($database IS NULL OR d.database = $database)
  AND ($batchId IS NULL OR EXISTS { (d)-[:IMPORTED_IN|REPEATED_IN]->(:ImportBatch {id: $batchId}) })
  AND ($topicId IS NULL OR EXISTS { (d)-[:IN_TOPIC]->(:Topic {id: $topicId}) })
  AND ($industryCode IS NULL OR ${IN_INDUSTRY_LIBRARY})`;

export const filterParams = (filter: DocumentFilter = {}) => ({
  yearFrom: filter.yearFrom == null ? null : int(filter.yearFrom),
  yearTo: filter.yearTo == null ? null : int(filter.yearTo),
  journal: filter.journal?.trim().toLowerCase() || null,
  keyword: filter.keyword?.trim().toLowerCase() || null,
  database: filter.database?.trim() || null,
  batchId: filter.batchId ?? null,
  industryCode: filter.industryCode ?? null,
  topicId: filter.topicId ?? null,
});
