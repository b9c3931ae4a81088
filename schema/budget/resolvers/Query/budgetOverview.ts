import { requireRole } from '../../../../domain/account/access.js';
import { budgetOverview as overview } from '../../../../services/budget/overview.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const budgetOverview: NonNullable<QueryResolvers['budgetOverview']> = (_parent, { fiscalYear }, ctx) =>
  overview(ctx.repos, requireRole(ctx, 'ADMIN'), fiscalYear ?? null, ctx.services.clock);
