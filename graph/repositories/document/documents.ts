import { PART_OF_PATH } from '../within.js';
import { plainTextQuery } from '../../../lib/fulltext.js';
import {
  type DocumentRecord,
  type DocumentInput,
  type ImportBatchRecord,
  type ImportBatchInput,
  type StoredOutcome,
  type ProvenanceRecord,
  type DocumentFilter,
  type DocumentExportScope,
  type DocumentListPosition,
} from '../../../domain/document/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

const DOCUMENT_FIELDS = `{
  .id, .title, .abstract, .keywords, .authors, .year, .journal, .volume, .issue, .pages, .doi, .issn, .isbn,
  .language, .url, .database, .type, .sourceId, .dedupeKey, .batchId, importedAt: toString(d.importedAt)
}`;

const BATCH_FIELDS = `{
  .id, .fileName, .fileHash, .format, .encoding, .database, .importedBy, importedAt: toString(b.importedAt), .status,
  .error, .errorLine, .added, .duplicates, .rejected, .warnings, .reportJson
}`;

const FILTER = `($yearFrom IS NULL OR d.year >= $yearFrom) AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($journal IS NULL OR toLower(d.journal) = $journal)
  AND ($keyword IS NULL OR any(k IN d.keywords WHERE toLower(k) = $keyword))
  AND ($database IS NULL OR d.database = $database)
  AND ($batchId IS NULL OR EXISTS { (d)-[:IMPORTED_IN|REPEATED_IN]->(:ImportBatch {id: $batchId}) })`;

const filterParams = (filter: DocumentFilter = {}) => ({
  yearFrom: filter.yearFrom == null ? null : int(filter.yearFrom),
  yearTo: filter.yearTo == null ? null : int(filter.yearTo),
  journal: filter.journal?.trim().toLowerCase() || null,
  keyword: filter.keyword?.trim().toLowerCase() || null,
  database: filter.database?.trim() || null,
  batchId: filter.batchId ?? null,
});

/** Rows per UNWIND statement; a file's statements all run in one transaction. */
const IMPORT_ATTEMPTS = 3;

/** A concurrent import created a Document with the same dedupeKey (not any other constraint). */
const isUniquenessConflict = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // Document ids are derived from the dedupe key, so either uniqueness constraint may be the
  // one Neo4j reports first when the same work is written twice.
  return (
    code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
    typeof message === 'string' &&
    message.includes('label `Document`') &&
    (message.includes('`dedupeKey`') || message.includes('property `id`'))
  );
};

const CHUNK = 500;

/** Escapes Lucene query syntax so a reader's words are searched as words. */

const documentProps = (doc: DocumentInput) => ({
  id: doc.id,
  dedupeKey: doc.dedupeKey,
  titleKey: doc.titleKey,
  sourceId: doc.sourceId,
  title: doc.title,
  abstract: doc.abstract,
  keywords: doc.keywords,
  keywordText: doc.keywords.join(' '),
  authors: doc.authors,
  year: doc.year === null ? null : int(doc.year),
  journal: doc.journal,
  volume: doc.volume,
  issue: doc.issue,
  pages: doc.pages,
  doi: doc.doi,
  issn: doc.issn,
  isbn: doc.isbn,
  language: doc.language,
  url: doc.url,
  database: doc.database,
  type: doc.type,
});

/** Document nodes (literature records) and the ImportBatch nodes that brought them in. */
export class DocumentRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Writes one file's import in a single transaction: the batch node, every new Document
   * linked to it, and the batch's report (built by `report` from the outcomes, so it can list
   * what each duplicate repeated). A record whose work is already in the graph (same DOI, or
   * same title key where either side has no DOI) is not written, only linked to the batch by
   * REPEATED_IN so its provenance lists every file it came in. Either everything is
   * written or, on any failure, nothing.
   */
  async saveImport(
    batch: ImportBatchInput,
    documents: DocumentInput[],
    report: (outcomes: StoredOutcome[]) => { added: number; duplicates: number; reportJson: string },
    options: { timeoutMs?: number } = {},
  ): Promise<StoredOutcome[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writeImport(batch, documents, report, options);
      } catch (error) {
        // Another import committed the same work (same dedupeKey) while this one ran: run it
        // again, and the work is now found as a duplicate.
        if (attempt >= IMPORT_ATTEMPTS || !isUniquenessConflict(error)) throw error;
      }
    }
  }

  private writeImport(
    batch: ImportBatchInput,
    documents: DocumentInput[],
    report: (outcomes: StoredOutcome[]) => { added: number; duplicates: number; reportJson: string },
    options: { timeoutMs?: number },
  ): Promise<StoredOutcome[]> {
    return this.graph.writeTx(async (tx) => {
      await createBatch(tx, batch);
      const outcomes: StoredOutcome[] = [];
      for (let start = 0; start < documents.length; start += CHUNK) {
        const rows = documents.slice(start, start + CHUNK).map((doc) => ({
          line: int(doc.line),
          sourceId: doc.sourceId,
          doi: doc.doi,
          titleKey: doc.titleKey,
          props: documentProps(doc),
        }));
        const stored = await tx.run<{
          line: number;
          id: string;
          duplicateId: string | null;
          duplicateTitle: string | null;
          matchedBy: 'doi' | 'title' | null;
        }>(
          `MATCH (b:ImportBatch {id: $batchId})
           UNWIND $rows AS row
           CALL (row) {
             OPTIONAL MATCH (d:Document) WHERE row.doi IS NOT NULL AND d.doi = row.doi
             WITH d ORDER BY d.importedAt, d.id LIMIT 1
             RETURN d AS byDoi
           }
           CALL (row, byDoi) {
             OPTIONAL MATCH (t:Document {titleKey: row.titleKey})
             WHERE byDoi IS NULL AND (row.doi IS NULL OR t.doi IS NULL)
             WITH t ORDER BY t.importedAt, t.id LIMIT 1
             RETURN t AS byTitle
           }
           WITH b, row, coalesce(byDoi, byTitle) AS existing,
                CASE WHEN byDoi IS NOT NULL THEN 'doi' WHEN byTitle IS NOT NULL THEN 'title' END AS matchedBy
           FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
             CREATE (d:Document)
             SET d = row.props, d.importedAt = b.importedAt, d.batchId = b.id
             CREATE (d)-[:IMPORTED_IN {line: row.line, sourceId: row.sourceId}]->(b))
           FOREACH (_ IN CASE WHEN existing IS NULL THEN [] ELSE [1] END |
             CREATE (existing)-[:REPEATED_IN {line: row.line, sourceId: row.sourceId, matchedBy: matchedBy}]->(b))
           RETURN row.line AS line, row.props.id AS id, existing.id AS duplicateId, existing.title AS duplicateTitle, matchedBy`,
          { batchId: batch.id, rows },
        );
        for (const row of stored) {
          outcomes.push({
            line: row.line,
            id: row.id,
            duplicateOf: row.duplicateId
              ? { id: row.duplicateId, title: row.duplicateTitle ?? '', matchedBy: row.matchedBy ?? 'title' }
              : null,
          });
        }
      }
      const summary = report(outcomes);
      await tx.run(
        `MATCH (b:ImportBatch {id: $id})
         SET b.added = $added, b.duplicates = $duplicates, b.reportJson = $reportJson`,
        { id: batch.id, added: int(summary.added), duplicates: int(summary.duplicates), reportJson: summary.reportJson },
      );
      return outcomes;
    }, options);
  }

  /** Records an import that wrote no documents (a file that could not be read). */
  async saveFailedImport(batch: ImportBatchInput, reportJson: string): Promise<void> {
    await this.graph.writeTx(async (tx) => {
      await createBatch(tx, batch);
      await tx.run('MATCH (b:ImportBatch {id: $id}) SET b.reportJson = $reportJson', { id: batch.id, reportJson });
    });
  }

  async batch(id: string): Promise<ImportBatchRecord | null> {
    const [row] = await this.graph.read<{ batch: ImportBatchRecord }>(`MATCH (b:ImportBatch {id: $id}) RETURN b ${BATCH_FIELDS} AS batch`, {
      id,
    });
    return row?.batch ?? null;
  }

  async batches(first: number, offset = 0): Promise<ImportBatchRecord[]> {
    const rows = await this.graph.read<{ batch: ImportBatchRecord }>(
      `MATCH (b:ImportBatch) RETURN b ${BATCH_FIELDS} AS batch ORDER BY b.importedAt DESC, b.id SKIP $offset LIMIT $first`,
      { first: int(first), offset: int(offset) },
    );
    return rows.map((row) => row.batch);
  }

  /** Batches by id, in the order asked, null where unknown (a DataLoader batch). */
  async batchesByIds(ids: readonly string[]): Promise<(ImportBatchRecord | null)[]> {
    const rows = await this.graph.read<{ batch: ImportBatchRecord }>(
      `MATCH (b:ImportBatch) WHERE b.id IN $ids RETURN b ${BATCH_FIELDS} AS batch`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.batch.id, row.batch] as const),
    );
  }

  async byIds(ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `MATCH (d:Document) WHERE d.id IN $ids RETURN d ${DOCUMENT_FIELDS} AS doc`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.doc.id, row.doc] as const),
    );
  }

  /** The documents among `ids` that pass `filter`, in the order of `ids` (to restrict a ranking). */
  async matching(ids: readonly string[], filter: DocumentFilter = {}): Promise<DocumentRecord[]> {
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `UNWIND range(0, size($ids) - 1) AS rank
       MATCH (d:Document {id: $ids[rank]}) WHERE ${FILTER}
       RETURN d ${DOCUMENT_FIELDS} AS doc ORDER BY rank`,
      { ids, ...filterParams(filter) },
    );
    return rows.map((row) => row.doc);
  }

  /**
   * Documents newest import first (then by id), after a keyset position, restricted by
   * `filter`. Returns up to `first` documents and whether more follow.
   */
  async list(input: {
    first: number;
    after?: DocumentListPosition | null;
    filter?: DocumentFilter;
  }): Promise<{ items: DocumentRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `MATCH (d:Document)
       WHERE ${FILTER}
         AND ($afterAt IS NULL OR d.importedAt < datetime($afterAt) OR (d.importedAt = datetime($afterAt) AND d.id > $afterId))
       RETURN d ${DOCUMENT_FIELDS} AS doc ORDER BY d.importedAt DESC, d.id LIMIT $limit`,
      {
        ...filterParams(input.filter),
        afterAt: input.after?.importedAt ?? null,
        afterId: input.after?.id ?? null,
        limit: int(input.first + 1),
      },
    );
    return { items: rows.slice(0, input.first).map((row) => row.doc), hasMore: rows.length > input.first };
  }

  async countMatching(filter: DocumentFilter = {}): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>(
      `MATCH (d:Document) WHERE ${FILTER} RETURN count(d) AS total`,
      filterParams(filter),
    );
    return row?.total ?? 0;
  }

  /**
   * Full-text search over title, abstract and keywords (the cjk index `document_text`),
   * best match first, restricted by `filter`. The query is searched as words: Lucene syntax
   * in it is escaped.
   */
  async fullTextSearch(input: {
    query: string;
    first: number;
    offset: number;
    filter?: DocumentFilter;
  }): Promise<{ items: { doc: DocumentRecord; score: number }[]; total: number }> {
    const params = {
      ...filterParams(input.filter),
      query: plainTextQuery(input.query),
      first: int(input.first),
      offset: int(input.offset),
    };
    const [counted] = await this.graph.read<{ total: number }>(
      `CALL db.index.fulltext.queryNodes('document_text', $query) YIELD node AS d WHERE ${FILTER} RETURN count(d) AS total`,
      params,
    );
    const rows = await this.graph.read<{ doc: DocumentRecord; score: number }>(
      `CALL db.index.fulltext.queryNodes('document_text', $query) YIELD node AS d, score
       WHERE ${FILTER}
       RETURN d ${DOCUMENT_FIELDS} AS doc, score ORDER BY score DESC, d.id SKIP $offset LIMIT $first`,
      params,
    );
    return { items: rows, total: counted?.total ?? 0 };
  }

  /**
   * One page of the documents of an export scope, by id after `afterId` (keyset, so a long
   * export never holds more than a page): a topic's members, the documents of the topics
   * mapped to an industry or its sub-industries, an import batch's, or all.
   */
  async exportPage(scope: DocumentExportScope, afterId: string | null, limit: number): Promise<DocumentRecord[]> {
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `MATCH (d:Document)
       WHERE ($afterId IS NULL OR d.id > $afterId)
         AND ($topicId IS NULL OR EXISTS { (d)-[:IN_TOPIC]->(:Topic {id: $topicId}) })
         AND ($industryCode IS NULL OR EXISTS {
               MATCH (d)-[:IN_TOPIC]->(t:Topic) WHERE NOT coalesce(t.retired, false)
                 AND EXISTS { (:Industry {code: t.industryCode})${PART_OF_PATH}(:Industry {code: $industryCode}) } })
         AND ${FILTER}
       RETURN d ${DOCUMENT_FIELDS} AS doc ORDER BY d.id LIMIT $limit`,
      {
        ...filterParams({ batchId: scope.batchId ?? null }),
        topicId: scope.topicId ?? null,
        industryCode: scope.industryCode ?? null,
        afterId,
        limit: int(limit),
      },
    );
    return rows.map((row) => row.doc);
  }

  /** Every batch each document was seen in, oldest first (a DataLoader batch). */
  async provenanceOf(ids: readonly string[]): Promise<ProvenanceRecord[][]> {
    const rows = await this.graph.read<{ id: string; seen: ProvenanceRecord[] }>(
      `UNWIND $ids AS id
       MATCH (d:Document {id: id})-[r:IMPORTED_IN|REPEATED_IN]->(b:ImportBatch)
       WITH id, r, b ORDER BY b.importedAt, b.id
       RETURN id, collect({batch: b ${BATCH_FIELDS}, line: r.line, sourceId: r.sourceId,
                           added: type(r) = 'IMPORTED_IN', matchedBy: r.matchedBy}) AS seen`,
      { ids },
    );
    const byId = new Map(rows.map((row) => [row.id, row.seen]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>('MATCH (d:Document) RETURN count(d) AS total');
    return row?.total ?? 0;
  }
}

async function createBatch(tx: Tx, batch: ImportBatchInput): Promise<void> {
  await tx.run(
    `CREATE (b:ImportBatch {id: $id})
     SET b.fileName = $fileName, b.fileHash = $fileHash, b.format = $format, b.encoding = $encoding,
         b.database = $database, b.importedBy = $importedBy, b.importedAt = datetime($importedAt),
         b.status = $status, b.error = $error, b.errorLine = $errorLine,
         b.added = 0, b.duplicates = 0, b.rejected = $rejected, b.warnings = $warnings, b.reportJson = '{}'`,
    {
      ...batch,
      errorLine: batch.errorLine === null ? null : int(batch.errorLine),
      rejected: int(batch.rejected),
      warnings: int(batch.warnings),
    },
  );
}
