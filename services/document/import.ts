import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Graph } from '../../graph/driver.js';
import type { AuditRepository } from '../../graph/repositories/audit/audit.js';
import { isUniquenessConflict, type ImportBatchRepository } from '../../graph/repositories/document/imports.js';
import { CLI_ACTOR, type Viewer } from '../../domain/account/access.js';
import { correctRepeatedDocuments, type CorrectedRecord } from './corrections.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import type { DocumentInput, ImportBatchInput, ImportStatus, StoredOutcome } from '../../domain/document/types.js';
import { dedupeKey, dedupeWithin, titleKey, type MatchedBy } from '../../topics/import/dedupe.js';
import { normaliseDatabase } from '../../domain/document/databases.js';
import { parseLiteratureBuffer, type LiteratureInput, type ParseLiteratureOptions } from '../../topics/import/parse.js';
import {
  LiteratureFileError,
  type LineProblem,
  type LineWarning,
  type LiteratureRecord,
  type ParsedLiteratureFile,
} from '../../topics/import/types.js';

export interface ImportOptions extends ParseLiteratureOptions {
  /** Who imports (a librarian's name or account), kept as provenance. */
  importedBy?: string;
  /** Timeout of the one transaction that writes the file (default: the graph's). */
  txTimeoutMs?: number;
  /** When the import happens (the system clock unless a test fixes it). */
  clock?: Clock;
  /** Who the audit entries of corrected documents name (the operator CLI unless an account imports). */
  actor?: Viewer;
}

/** Where an import writes: the graph (for its one transaction), the import repository and the audit log. */
export interface ImportStore {
  graph: Graph;
  importBatches: ImportBatchRepository;
  audit: AuditRepository;
}

/** What the import recognised in the file. */
export interface RecognisedFile {
  format: string;
  encoding: string;
  /** Databases the kept records name (or the one given), most frequent first. */
  databases: string[];
  documentTypes: { type: string; count: number }[];
  /** Lines of the export's own header or legend before the first record (skipped). */
  headerLines: number;
}

/** A concurrent import may commit the same work while this one runs: then it runs again and finds it as a duplicate. */
const IMPORT_ATTEMPTS = 3;

export interface ImportedRecord {
  line: number;
  sourceId: string;
  documentId: string;
  title: string;
}

export interface DuplicateRecord {
  line: number;
  sourceId: string;
  title: string;
  matchedBy: MatchedBy;
  /** The Document already in the graph, or the earlier record of the same file (then `line` is set). */
  duplicateOf: { documentId: string | null; line: number | null; title: string; inFile: boolean };
}

/** A later copy of a work in the same file, merged into its first record (one document, the best fields of both). */
export interface MergedRecord {
  line: number;
  sourceId: string;
  title: string;
  matchedBy: MatchedBy;
  /** Line of the file's first record of the work, which the document is stored from. */
  intoLine: number;
  /** The fields this copy improved (empty for an exact copy). */
  fields: string[];
}

/** What one file's import did. */
export interface ImportReport {
  batchId: string;
  fileName: string;
  fileHash: string;
  format: string | null;
  encoding: string | null;
  database: string | null;
  importedBy: string | null;
  importedAt: string;
  /** FAILED when the file could not be read as literature or none of its records was usable. */
  status: ImportStatus;
  error: { message: string; line: number | null } | null;
  /** What was recognised in the file (null when it could not be read). */
  recognised: RecognisedFile | null;
  added: ImportedRecord[];
  /** Records of works already in the graph. */
  duplicates: DuplicateRecord[];
  /** Later copies of a work in the same file, merged into its first record. */
  merged: MergedRecord[];
  /** Duplicates whose better fields corrected the stored document (a subset of `duplicates` by line). */
  updated: CorrectedRecord[];
  rejected: LineProblem[];
  warnings: LineWarning[];
}

/** Detailed part of the report kept on the batch node. */
export type StoredReport = Pick<ImportReport, 'duplicates' | 'merged' | 'updated' | 'rejected' | 'warnings' | 'recognised'> & {
  addedIds: string[];
};

const documentId = (key: string) => `doc_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;

function toInput(record: LiteratureRecord): DocumentInput {
  const key = dedupeKey(record);
  return {
    id: documentId(key),
    dedupeKey: key,
    titleKey: titleKey(record),
    line: record.line,
    sourceId: record.sourceId,
    title: record.title,
    abstract: record.abstract ?? null,
    keywords: record.keywords,
    authors: record.authors,
    year: record.year ?? null,
    journal: record.journal ?? null,
    volume: record.volume ?? null,
    issue: record.issue ?? null,
    pages: record.pages ?? null,
    doi: record.doi ?? null,
    issn: record.issn ?? null,
    isbn: record.isbn ?? null,
    language: record.language ?? null,
    url: record.url ?? null,
    database: record.database ?? null,
    type: record.type,
  };
}

/**
 * Imports one export file: parse, normalise, merge the copies of a work within the file into
 * one record (the best of each field), find works already in the graph (whose documents a
 * better record corrects), and write every new record with the batch in one transaction. Bad records are
 * rejected alone; an unreadable file writes a FAILED batch and no documents.
 */
export async function importLiteratureFile(store: ImportStore, input: LiteratureInput, options: ImportOptions = {}): Promise<ImportReport> {
  const { buffer, filename } = typeof input === 'string' ? { buffer: await readFile(input), filename: path.basename(input) } : input;
  const base = {
    batchId: randomUUID(),
    fileName: filename,
    fileHash: createHash('sha256').update(buffer).digest('hex'),
    database: options.database ? (normaliseDatabase(options.database) ?? null) : null,
    importedBy: options.importedBy?.trim() || null,
    importedAt: (options.clock ?? systemClock)().toISOString(),
  };

  let parsed: ParsedLiteratureFile;
  try {
    parsed = parseLiteratureBuffer(buffer, filename, options);
  } catch (error) {
    if (!(error instanceof LiteratureFileError)) throw error;
    const report: ImportReport = {
      ...base,
      format: null,
      encoding: null,
      status: 'FAILED',
      error: { message: error.message, line: error.line ?? null },
      recognised: null,
      added: [],
      duplicates: [],
      merged: [],
      updated: [],
      rejected: [],
      warnings: [],
    };
    await store.graph.writeTx((tx) => store.importBatches.saveFailedImport(tx, batchInput(report), JSON.stringify(storedReport(report))));
    return report;
  }

  const report: ImportReport = {
    ...base,
    format: parsed.format,
    encoding: parsed.encoding,
    status: 'COMPLETED',
    error: null,
    recognised: {
      format: parsed.format,
      encoding: parsed.encoding,
      databases: parsed.databases.length ? parsed.databases : base.database ? [base.database] : [],
      documentTypes: parsed.documentTypes,
      headerLines: parsed.headerLines,
    },
    added: [],
    duplicates: [],
    merged: [],
    updated: [],
    rejected: parsed.rejected,
    warnings: parsed.warnings,
  };
  if (parsed.records.length === 0) {
    report.status = 'FAILED';
    report.error = { message: `none of the ${parsed.rejected.length} records of ${filename} could be used`, line: null };
    await store.graph.writeTx((tx) => store.importBatches.saveFailedImport(tx, batchInput(report), JSON.stringify(storedReport(report))));
    return report;
  }

  const { unique, duplicates: inFile } = dedupeWithin(parsed.records);
  report.merged = inFile.map(({ record, of, matchedBy, merged }) => ({
    line: record.line,
    sourceId: record.sourceId,
    title: record.title,
    matchedBy,
    intoLine: of.line,
    fields: merged,
  }));
  const inputs = unique.map(toInput);
  const byLine = new Map(unique.map((record) => [record.line, record]));

  const summarise = (outcomes: StoredOutcome[]) => {
    const added: ImportedRecord[] = [];
    const duplicates: DuplicateRecord[] = [];
    for (const outcome of outcomes) {
      const record = byLine.get(outcome.line)!;
      if (outcome.duplicateOf) {
        duplicates.push({
          line: record.line,
          sourceId: record.sourceId,
          title: record.title,
          matchedBy: outcome.duplicateOf.matchedBy,
          duplicateOf: { documentId: outcome.duplicateOf.id, line: null, title: outcome.duplicateOf.title, inFile: false },
        });
      } else {
        added.push({ line: record.line, sourceId: record.sourceId, documentId: outcome.id, title: record.title });
      }
    }
    duplicates.sort((a, b) => a.line - b.line);
    return { added, duplicates };
  };

  const batch = { ...batchInput(report), status: 'COMPLETED' as const };
  const timeout = options.txTimeoutMs === undefined ? {} : { timeoutMs: options.txTimeoutMs };
  const inputsByLine = new Map(inputs.map((input) => [input.line, input]));
  let written: { outcomes: StoredOutcome[]; updated: CorrectedRecord[] };
  for (let attempt = 1; ; attempt += 1) {
    try {
      written = await store.graph.writeTx(async (tx) => {
        await store.importBatches.createBatch(tx, batch);
        const outcomes = await store.importBatches.storeDocuments(tx, batch.id, inputs);
        const updated = await correctRepeatedDocuments(store, tx, options.actor ?? CLI_ACTOR, outcomes, inputsByLine);
        const { added, duplicates } = summarise(outcomes);
        await store.importBatches.finishBatch(tx, batch.id, {
          added: added.length,
          duplicates: duplicates.length,
          updated: updated.length,
          reportJson: JSON.stringify(storedReport({ ...report, added, duplicates, updated })),
        });
        return { outcomes, updated };
      }, timeout);
      break;
    } catch (error) {
      if (attempt >= IMPORT_ATTEMPTS || !isUniquenessConflict(error)) throw error;
    }
  }
  Object.assign(report, summarise(written.outcomes), { updated: written.updated });
  return report;
}
function batchInput(report: ImportReport): ImportBatchInput {
  return {
    id: report.batchId,
    fileName: report.fileName,
    fileHash: report.fileHash,
    format: report.format,
    encoding: report.encoding,
    database: report.database,
    importedBy: report.importedBy,
    importedAt: report.importedAt,
    status: report.status,
    error: report.error?.message ?? null,
    errorLine: report.error?.line ?? null,
    rejected: report.rejected.length,
    warnings: report.warnings.length,
  };
}

function storedReport(report: ImportReport): StoredReport {
  return {
    addedIds: report.added.map((a) => a.documentId),
    recognised: report.recognised,
    duplicates: report.duplicates,
    merged: report.merged,
    updated: report.updated,
    rejected: report.rejected,
    warnings: report.warnings,
  };
}
