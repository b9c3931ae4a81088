import type { DocumentRecord, ImportBatchRecord } from '../../domain/document/types.js';
import type { Connection, PageInfo } from '../../lib/connection.js';
export type {
  DocumentRecord as DocumentMapper,
  ImportBatchRecord as ImportJobMapper,
  ProvenanceRecord as DocumentProvenanceMapper,
} from '../../domain/document/types.js';
export type {
  DuplicateRecord as ImportDuplicateMapper,
  MergedRecord as ImportMergeMapper,
  RecognisedFile as ImportRecognisedMapper,
} from '../../services/document/import.js';
export type { CorrectedRecord as ImportUpdateMapper } from '../../services/document/corrections.js';

/** A search result as the resolver builds it: the query travels along for `exportUrl`. */
export interface DocumentSearchResultMapper {
  query: string;
  /** Inside an industry's library: the library and its filters, which the export keeps. */
  exportScope?: { industry?: string; year?: number; journal?: string; topic?: string };
  mode: 'FULLTEXT' | 'SEMANTIC' | 'HYBRID';
  edges: { cursor: string; score: number; node: DocumentRecord }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export type DocumentConnectionMapper = Connection<DocumentRecord> & { totalCount: number };
export type ImportJobConnectionMapper = Connection<ImportBatchRecord> & { totalCount: number };
export type { FilingRecord as DocumentFilingMapper } from '../../domain/industry/filing.js';
