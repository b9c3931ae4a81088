import { requireRole } from '../../../../domain/account/access.js';
import { commitYearEnd as commit } from '../../../../services/budget/year-end.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const commitYearEnd: NonNullable<MutationResolvers['commitYearEnd']> = (_parent, { fiscalYear }, ctx) =>
  commit(ctx.repos, requireRole(ctx, 'ADMIN'), fiscalYear, ctx.services.clock);
