import { requireRole } from '../../../../server/auth/policy.js';
import { createPolicy as create } from '../../../../server/services/policy-curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const createPolicy: NonNullable<MutationResolvers['createPolicy']> = (_parent, { input }, ctx) =>
  create(ctx.repos, requireRole(ctx, 'LIBRARIAN'), input);
