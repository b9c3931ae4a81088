import type { QueryResolvers } from '../../../types.generated.js';

export const organization: NonNullable<QueryResolvers['organization']> = (_parent, { id }, ctx) => ctx.loaders.organizationById.load(id);
