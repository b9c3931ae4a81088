import { requireRole } from '../../../../domain/account/access.js';
import { setDeleted } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const deletePerson: NonNullable<MutationResolvers['deletePerson']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Person', id, version, true);
