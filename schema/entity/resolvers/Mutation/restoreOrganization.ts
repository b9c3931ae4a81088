import { requireRole } from '../../../../domain/account/access.js';
import { setDeleted } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const restoreOrganization: NonNullable<MutationResolvers['restoreOrganization']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', id, version, false);
