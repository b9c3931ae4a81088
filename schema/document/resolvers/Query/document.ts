import type { QueryResolvers } from '../../../types.generated.js';

export const document: NonNullable<QueryResolvers['document']> = (_parent, { id }, ctx) => ctx.loaders.documentById.load(id);
