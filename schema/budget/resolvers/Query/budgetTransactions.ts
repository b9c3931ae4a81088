import { requireRole } from '../../../../domain/account/access.js';
import { budgetTransactions as list } from '../../../../services/budget/overview.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const budgetTransactions: NonNullable<QueryResolvers['budgetTransactions']> = (
  _parent,
  { fiscalYear, budgetId, first, after },
  ctx,
) => list(ctx.repos, requireRole(ctx, 'ADMIN'), { fiscalYear, budgetId }, { first, after });
