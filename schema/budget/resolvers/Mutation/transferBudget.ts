import { requireRole } from '../../../../domain/account/access.js';
import { transfer } from '../../../../services/budget/treasury.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const transferBudget: NonNullable<MutationResolvers['transferBudget']> = (_parent, { input }, ctx) =>
  transfer(ctx.repos, requireRole(ctx, 'ADMIN'), input, ctx.services.clock);
