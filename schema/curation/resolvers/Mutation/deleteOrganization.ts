import { requireRole } from '../../../../server/auth/policy.js';
import { setDeleted } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const deleteOrganization: NonNullable<MutationResolvers['deleteOrganization']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', id, version, true);
