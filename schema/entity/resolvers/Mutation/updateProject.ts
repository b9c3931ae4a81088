import { requireRole } from '../../../../domain/account/access.js';
import { updateEntity } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const updateProject: NonNullable<MutationResolvers['updateProject']> = (_parent, { id, version, patch, sourceUrl }, ctx) =>
  updateEntity(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Project', id, version, patch, sourceUrl);
