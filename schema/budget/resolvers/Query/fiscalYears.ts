import { requireRole } from '../../../../domain/account/access.js';
import { fiscalYears as list } from '../../../../services/budget/overview.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const fiscalYears: NonNullable<QueryResolvers['fiscalYears']> = (_parent, _args, ctx) => list(ctx.repos, requireRole(ctx, 'ADMIN'));
