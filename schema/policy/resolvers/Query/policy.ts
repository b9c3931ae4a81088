import type { QueryResolvers } from '../../../types.generated.js';

export const policy: NonNullable<QueryResolvers['policy']> = (_parent, { id }, ctx) => ctx.loaders.policyById.load(id);
