import { requireRole } from '../../../../server/auth/policy.js';
import { setPolicyDeleted } from '../../../../server/services/policy-curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const deletePolicy: NonNullable<MutationResolvers['deletePolicy']> = (_parent, { id, version }, ctx) =>
  setPolicyDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), id, version, true);
