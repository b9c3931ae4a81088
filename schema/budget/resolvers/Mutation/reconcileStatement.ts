import { requireRole } from '../../../../domain/account/access.js';
import { reconcileWithStore } from '../../../../services/budget/settlement.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const reconcileStatement: NonNullable<MutationResolvers['reconcileStatement']> = (_parent, { id }, ctx) =>
  reconcileWithStore(ctx.repos, requireRole(ctx, 'ADMIN'), ctx.services.bookstores, id, ctx.services.clock);
