import { requireRole } from '../../../../domain/account/access.js';
import { approveStatement as approve } from '../../../../services/budget/settlement.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const approveStatement: NonNullable<MutationResolvers['approveStatement']> = (_parent, { id }, ctx) =>
  approve(ctx.repos, requireRole(ctx, 'ADMIN'), id, ctx.services.clock);
