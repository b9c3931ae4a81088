import { requireRole } from '../../../../domain/account/access.js';
import { setDeleted } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const deleteOrganization: NonNullable<MutationResolvers['deleteOrganization']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', id, version, true);
