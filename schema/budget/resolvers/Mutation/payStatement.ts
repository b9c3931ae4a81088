import { requireRole } from '../../../../domain/account/access.js';
import { payStatement as pay } from '../../../../services/budget/settlement.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const payStatement: NonNullable<MutationResolvers['payStatement']> = (_parent, { id }, ctx) =>
  pay(ctx.repos, requireRole(ctx, 'ADMIN'), id, ctx.services.clock);
