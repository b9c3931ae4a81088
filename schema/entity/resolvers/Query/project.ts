import type { QueryResolvers } from '../../../types.generated.js';

export const project: NonNullable<QueryResolvers['project']> = (_parent, { id }, ctx) => ctx.loaders.projectById.load(id);
