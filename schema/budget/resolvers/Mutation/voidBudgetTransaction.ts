import { requireRole } from '../../../../domain/account/access.js';
import { voidTransaction } from '../../../../services/budget/treasury.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const voidBudgetTransaction: NonNullable<MutationResolvers['voidBudgetTransaction']> = (_parent, { id }, ctx) =>
  voidTransaction(ctx.repos, requireRole(ctx, 'ADMIN'), id, ctx.services.clock);
