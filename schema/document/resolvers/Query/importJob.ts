import type { QueryResolvers } from '../../../types.generated.js';

export const importJob: NonNullable<QueryResolvers['importJob']> = (_parent, { id }, ctx) => ctx.repos.importBatches.byId(id);
