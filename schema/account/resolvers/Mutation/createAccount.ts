import { requireRole } from '../../../../domain/account/access.js';
import { createAccount as create } from '../../../../services/account/accounts.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const createAccount: NonNullable<MutationResolvers['createAccount']> = (_parent, { input }, ctx) => {
  requireRole(ctx, 'ADMIN');
  return create(ctx.repos, { ...input, libraryId: input.library ?? null });
};
