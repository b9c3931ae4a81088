import { requireRole } from '../../../../domain/account/access.js';
import { listStatements } from '../../../../services/budget/settlement.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const statements: NonNullable<QueryResolvers['statements']> = (_parent, { storeId, month, first, after }, ctx) =>
  listStatements(ctx.repos, requireRole(ctx, 'ADMIN'), { storeId, month }, { first, after });
