import type { ImportMergeResolvers } from './../../types.generated.js';

/** Every field is the report's own (services/document/import.ts MergedRecord). */
export const ImportMerge: ImportMergeResolvers = {};
