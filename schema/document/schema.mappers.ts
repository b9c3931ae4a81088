import type { DocumentRecord } from '../../graph/repositories/document.js';
export type { DocumentRecord as DocumentMapper, ImportBatchRecord as ImportJobMapper, ProvenanceRecord as DocumentProvenanceMapper } from '../../graph/repositories/document.js';
export type { DuplicateRecord as ImportDuplicateMapper } from '../../topics/import/import.js';

/** A search result as the resolver builds it: the query travels along for `exportUrl`. */
export interface DocumentSearchResultMapper {
  query: string;
  mode: 'FULLTEXT' | 'SEMANTIC' | 'HYBRID';
  edges: { cursor: string; score: number; node: DocumentRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
