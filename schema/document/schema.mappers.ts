export type { DocumentRecord as DocumentMapper, ImportBatchRecord as ImportJobMapper } from '../../graph/repositories/document.js';
export type { DuplicateRecord as ImportDuplicateMapper } from '../../topics/import/import.js';
