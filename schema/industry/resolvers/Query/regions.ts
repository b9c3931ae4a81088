import type { QueryResolvers } from '../../../types.generated.js';

export const regions: NonNullable<QueryResolvers['regions']> = (_parent, { level }, ctx) => ctx.reference.regions(level ?? null);
