import { requireRole } from '../../../../domain/account/access.js';
import { allocate } from '../../../../services/budget/treasury.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const allocateBudget: NonNullable<MutationResolvers['allocateBudget']> = (_parent, { input }, ctx) =>
  allocate(ctx.repos, requireRole(ctx, 'ADMIN'), input, ctx.services.clock);
