import type { QueryResolvers } from '../../../types.generated.js';

export const industry: NonNullable<QueryResolvers['industry']> = (_parent, { code }, ctx) => ctx.loaders.industryByCode.load(code);
