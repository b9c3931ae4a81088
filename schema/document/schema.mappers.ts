export type { DocumentRecord as DocumentMapper, ImportBatchRecord as ImportJobMapper, ProvenanceRecord as DocumentProvenanceMapper } from '../../graph/repositories/document.js';
export type { DuplicateRecord as ImportDuplicateMapper } from '../../topics/import/import.js';
