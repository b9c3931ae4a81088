import type { QueryResolvers } from '../../../types.generated.js';

export const csrfToken: NonNullable<QueryResolvers['csrfToken']> = (_parent, _arg, ctx) => ctx.session?.csrfToken ?? null;
