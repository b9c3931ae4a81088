import { requireRole } from '../../../../server/auth/policy.js';
import { setDeleted } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const restoreOrganization: NonNullable<MutationResolvers['restoreOrganization']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', id, version, false);
