import { requireRole } from '../../../../domain/account/access.js';
import { updateEntity } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const updateOrganization: NonNullable<MutationResolvers['updateOrganization']> = (_parent, { id, version, patch, sourceUrl }, ctx) =>
  updateEntity(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', id, version, patch, sourceUrl);
