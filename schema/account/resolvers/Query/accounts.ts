import { requireRole } from '../../../../domain/account/access.js';
import { listAccounts } from '../../../../services/account/accounts.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const accounts: NonNullable<QueryResolvers['accounts']> = (_parent, { library, first, after }, ctx) => {
  requireRole(ctx, 'ADMIN');
  return listAccounts(ctx.repos, { libraryId: library ?? null }, { first, after });
};
