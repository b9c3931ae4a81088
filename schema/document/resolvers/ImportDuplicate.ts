import type { ImportDuplicateResolvers } from '../../types.generated.js';

export const ImportDuplicate: ImportDuplicateResolvers = {
  duplicateOf: ({ duplicateOf }, _arg, ctx) => (duplicateOf.documentId ? ctx.loaders.documentById.load(duplicateOf.documentId) : null),
  duplicateOfLine: ({ duplicateOf }) => duplicateOf.line,
  duplicateOfTitle: ({ duplicateOf }) => duplicateOf.title,
  inFile: ({ duplicateOf }) => duplicateOf.inFile,
};
