import { requireRole } from '../../../../domain/account/access.js';
import { closeMonth } from '../../../../services/budget/settlement.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const closeStatementMonth: NonNullable<MutationResolvers['closeStatementMonth']> = (_parent, { storeId, month }, ctx) =>
  closeMonth(ctx.repos, requireRole(ctx, 'ADMIN'), ctx.services.bookstores?.stores ?? [], { storeId, month }, ctx.services.clock);
