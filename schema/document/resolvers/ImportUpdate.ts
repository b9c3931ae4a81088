import type { ImportUpdateResolvers } from '../../types.generated.js';

export const ImportUpdate: ImportUpdateResolvers = {
  document: ({ documentId }, _arg, ctx) => ctx.loaders.documentById.load(documentId),
};
