import type { QueryResolvers } from '../../../types.generated.js';

export const libraries: NonNullable<QueryResolvers['libraries']> = (_parent, _arg, ctx) => ctx.reference.libraries();
