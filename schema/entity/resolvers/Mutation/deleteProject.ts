import { requireRole } from '../../../../domain/account/access.js';
import { setDeleted } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const deleteProject: NonNullable<MutationResolvers['deleteProject']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Project', id, version, true);
