import { requireRole } from '../../../../domain/account/access.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const statement: NonNullable<QueryResolvers['statement']> = (_parent, { id }, ctx) => {
  requireRole(ctx, 'ADMIN');
  return ctx.repos.settlement.statement(id);
};
