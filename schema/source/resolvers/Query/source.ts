import type { QueryResolvers } from '../../../types.generated.js';

export const source: NonNullable<QueryResolvers['source']> = (_parent, { id }, ctx) => ctx.loaders.sourceById.load(id);
