import { requireRole } from '../../../../server/auth/policy.js';
import { updateEntity } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const updateOrganization: NonNullable<MutationResolvers['updateOrganization']> = (_parent, { id, version, patch, sourceUrl }, ctx) =>
  updateEntity(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', id, version, patch, sourceUrl);
