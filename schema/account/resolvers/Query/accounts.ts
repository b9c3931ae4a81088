import { requireRole } from '../../../../domain/account/access.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const accounts: NonNullable<QueryResolvers['accounts']> = (_parent, { library }, ctx) => {
  requireRole(ctx, 'ADMIN');
  return ctx.repos.accounts.list({ libraryId: library ?? null });
};
