import type { QueryResolvers } from '../../../types.generated.js';

export const version: NonNullable<QueryResolvers['version']> = (_parent, _arg, ctx) => ctx.serviceVersion;
