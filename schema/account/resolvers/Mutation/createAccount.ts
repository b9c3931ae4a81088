import { requireRole } from '../../../../server/auth/policy.js';
import { createAccount as create } from '../../../../server/services/accounts.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const createAccount: NonNullable<MutationResolvers['createAccount']> = (_parent, { input }, ctx) => {
  requireRole(ctx, 'ADMIN');
  return create(ctx.repos, { ...input, libraryId: input.library ?? null });
};
