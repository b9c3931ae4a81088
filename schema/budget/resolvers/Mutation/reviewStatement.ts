import { requireRole } from '../../../../domain/account/access.js';
import { reviewStatement as review } from '../../../../services/budget/settlement.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const reviewStatement: NonNullable<MutationResolvers['reviewStatement']> = (_parent, { id, invoiceNo }, ctx) =>
  review(ctx.repos, requireRole(ctx, 'ADMIN'), id, invoiceNo, ctx.services.clock);
