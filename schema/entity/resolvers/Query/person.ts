import type { QueryResolvers } from '../../../types.generated.js';

export const person: NonNullable<QueryResolvers['person']> = (_parent, { id }, ctx) => ctx.loaders.personById.load(id);
