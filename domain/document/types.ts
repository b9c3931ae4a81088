/** A literature record as stored: a (:Document) node. */
export interface DocumentRecord {
  id: string;
  title: string;
  abstract: string | null;
  keywords: string[];
  authors: string[];
  year: number | null;
  journal: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  issn: string | null;
  isbn: string | null;
  language: string | null;
  url: string | null;
  database: string | null;
  type: string;
  /** The record's id in the file it was first imported from. */
  sourceId: string;
  dedupeKey: string;
  importedAt: string;
  /** The import batch that first brought the record in. */
  batchId: string;
}

/** What the import writes for one new record. */
export interface DocumentInput extends Omit<DocumentRecord, 'importedAt' | 'batchId'> {
  titleKey: string;
  line: number;
}

export type ImportStatus = 'COMPLETED' | 'FAILED';

/** One import of one file: a (:ImportBatch) node with its report. */
export interface ImportBatchRecord {
  id: string;
  fileName: string;
  fileHash: string;
  format: string | null;
  encoding: string | null;
  database: string | null;
  importedBy: string | null;
  importedAt: string;
  status: ImportStatus;
  error: string | null;
  errorLine: number | null;
  added: number;
  duplicates: number;
  rejected: number;
  warnings: number;
  /** Stored documents this file's records corrected (a re-import with better fields). */
  updated: number;
  /** The detailed report (rejected lines, warnings, duplicates, corrections, what was recognised) as JSON. */
  reportJson: string;
}

export type ImportBatchInput = Omit<ImportBatchRecord, 'added' | 'duplicates' | 'updated' | 'reportJson'>;

/** How a record of the file relates to what the graph already held. */
export interface StoredOutcome {
  line: number;
  id: string;
  /** Set when an existing Document is the same work; no Document was created for the record. */
  duplicateOf: { id: string; title: string; matchedBy: 'doi' | 'title'; stored: StoredDocument } | null;
}

/** A stored Document with the fields a librarian edited (which an import never changes). */
export interface StoredDocument extends DocumentRecord {
  curatedFields: string[];
}

/** Where a Document was seen: the batch that first brought it in, or a later one that repeated it. */
export interface ProvenanceRecord {
  batch: ImportBatchRecord;
  line: number;
  sourceId: string;
  /** True for the import that created the Document; false where a later file repeated it. */
  added: boolean;
  matchedBy: 'doi' | 'title' | null;
}

/** Restrictions on a list or a search of documents; null or absent means no restriction. */
export interface DocumentFilter {
  yearFrom?: number | null;
  yearTo?: number | null;
  /** Journal name, case-insensitive, whole name. */
  journal?: string | null;
  /** One keyword of the record, case-insensitive, whole keyword. */
  keyword?: string | null;
  /** CNKI, Wanfang, VIP… as normalised on import. */
  database?: string | null;
  /** Documents seen in this import batch: added by it or repeated in its file. */
  batchId?: string | null;
  /** Documents of this industry's library: filed under it or one of its sub-industries. */
  industryCode?: string | null;
  /** Members of this topic. */
  topicId?: string | null;
}

/** Which documents an export holds; none set means all. */
export interface DocumentExportScope {
  topicId?: string | null;
  industryCode?: string | null;
  batchId?: string | null;
  /** Further restrictions inside the scope (year, journal, topic inside an industry's library). */
  filter?: DocumentFilter;
}

/** Keyset position in the newest-import-first order. */
export interface DocumentListPosition {
  importedAt: string;
  id: string;
}
