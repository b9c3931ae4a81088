import { historyOf } from '../../audit/history.js';
import type { DocumentResolvers } from '../../types.generated.js';

export const Document: DocumentResolvers = {
  importJob: (parent, _arg, ctx) => ctx.loaders.importBatchById.load(parent.batchId),
  provenance: (parent, _arg, ctx) => ctx.loaders.documentProvenance.load(parent.id),
  history: (parent, args, ctx) => historyOf(ctx, parent, args),
  industries: (parent, _arg, ctx) => ctx.loaders.documentFilings.load(parent.id),
  filingVersion: (parent, _arg, ctx) => ctx.loaders.documentFilingVersion.load(parent.id),
};
