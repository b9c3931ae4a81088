import {
  type DocumentInput,
  type DocumentListPosition,
  type ImportBatchInput,
  type ImportBatchRecord,
  type StoredDocument,
  type StoredOutcome,
} from '../../../domain/document/types.js';
import type { Graph, Tx } from '../../driver.js';
import { alignByKey, int } from '../../values.js';
import { BATCH_FIELDS, STORED_DOCUMENT_FIELDS } from './fields.js';

/** A concurrent import created a Document with the same dedupeKey (not any other constraint). */
export const isUniquenessConflict = (error: unknown) => {
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

/** Rows per UNWIND statement; a file's statements all run in one transaction. */
const CHUNK = 500;

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

/** ImportBatch nodes (one per imported file, with its report) and the import's writes. */
export class ImportBatchRepository {
  constructor(private readonly graph: Graph) {}

  /** The batch node of one file's import; the caller's transaction makes the whole import all or nothing. */
  async createBatch(tx: Tx, batch: ImportBatchInput): Promise<void> {
    await createBatch(tx, batch);
  }

  /**
   * Writes every new Document of a file, linked to its batch. A record whose work is already
   * in the graph (same DOI, or same title key where either side has no DOI) is not written,
   * only linked to the batch by REPEATED_IN so its provenance lists every file it came in; its
   * outcome carries the stored document, so the caller can decide on a correction.
   */
  async storeDocuments(tx: Tx, batchId: string, documents: DocumentInput[]): Promise<StoredOutcome[]> {
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
        duplicate: StoredDocument | null;
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
         WITH row, existing AS d, matchedBy
         RETURN row.line AS line, row.props.id AS id, matchedBy,
                CASE WHEN d IS NULL THEN null ELSE d ${STORED_DOCUMENT_FIELDS} END AS duplicate`,
        { batchId, rows },
      );
      for (const row of stored) {
        outcomes.push({
          line: row.line,
          id: row.id,
          duplicateOf: row.duplicate
            ? { id: row.duplicate.id, title: row.duplicate.title, matchedBy: row.matchedBy ?? 'title', stored: row.duplicate }
            : null,
        });
      }
    }
    return outcomes;
  }

  /** Writes the corrected fields of stored documents (their id, topic, relations and other fields stay). */
  async correctDocuments(tx: Tx, corrections: { id: string; props: Record<string, unknown> }[]): Promise<void> {
    if (corrections.length === 0) return;
    await tx.run('UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d += row.props', {
      rows: corrections.map(({ id, props }) => ({
        id,
        props: { ...props, ...(typeof props.year === 'number' ? { year: int(props.year) } : {}) },
      })),
    });
  }

  /** The batch's counts and detailed report, once its records are written. */
  async finishBatch(
    tx: Tx,
    id: string,
    summary: { added: number; duplicates: number; updated: number; reportJson: string },
  ): Promise<void> {
    await tx.run(
      `MATCH (b:ImportBatch {id: $id})
       SET b.added = $added, b.duplicates = $duplicates, b.updated = $updated, b.reportJson = $reportJson`,
      { id, added: int(summary.added), duplicates: int(summary.duplicates), updated: int(summary.updated), reportJson: summary.reportJson },
    );
  }

  /** Records an import that wrote no documents (a file that could not be read). */
  async saveFailedImport(tx: Tx, batch: ImportBatchInput, reportJson: string): Promise<void> {
    await createBatch(tx, batch);
    await tx.run('MATCH (b:ImportBatch {id: $id}) SET b.reportJson = $reportJson', { id: batch.id, reportJson });
  }

  async byId(id: string): Promise<ImportBatchRecord | null> {
    const [row] = await this.graph.read<{ batch: ImportBatchRecord }>(`MATCH (b:ImportBatch {id: $id}) RETURN b ${BATCH_FIELDS} AS batch`, {
      id,
    });
    return row?.batch ?? null;
  }

  /** Batches newest first (then by id) after a keyset position: up to `first` and whether more follow. */
  async list(input: { first: number; after?: DocumentListPosition | null }): Promise<{ items: ImportBatchRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ batch: ImportBatchRecord }>(
      `MATCH (b:ImportBatch)
       WHERE $afterAt IS NULL OR b.importedAt < datetime($afterAt) OR (b.importedAt = datetime($afterAt) AND b.id > $afterId)
       RETURN b ${BATCH_FIELDS} AS batch ORDER BY b.importedAt DESC, b.id LIMIT $limit`,
      { afterAt: input.after?.importedAt ?? null, afterId: input.after?.id ?? null, limit: int(input.first + 1) },
    );
    return { items: rows.slice(0, input.first).map((row) => row.batch), hasMore: rows.length > input.first };
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>('MATCH (b:ImportBatch) RETURN count(b) AS total');
    return row?.total ?? 0;
  }

  /** Batches by id, in the order asked, null where unknown (a DataLoader batch). */
  async byIds(ids: readonly string[]): Promise<(ImportBatchRecord | null)[]> {
    const rows = await this.graph.read<{ batch: ImportBatchRecord }>(
      `MATCH (b:ImportBatch) WHERE b.id IN $ids RETURN b ${BATCH_FIELDS} AS batch`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.batch.id, row.batch] as const),
    );
  }
}

async function createBatch(tx: Tx, batch: ImportBatchInput): Promise<void> {
  await tx.run(
    `CREATE (b:ImportBatch {id: $id})
     SET b.fileName = $fileName, b.fileHash = $fileHash, b.format = $format, b.encoding = $encoding,
         b.database = $database, b.importedBy = $importedBy, b.importedAt = datetime($importedAt),
         b.status = $status, b.error = $error, b.errorLine = $errorLine,
         b.added = 0, b.duplicates = 0, b.updated = 0, b.rejected = $rejected, b.warnings = $warnings, b.reportJson = '{}'`,
    {
      ...batch,
      errorLine: batch.errorLine === null ? null : int(batch.errorLine),
      rejected: int(batch.rejected),
      warnings: int(batch.warnings),
    },
  );
}
