import { requireRole } from '../../../../domain/account/access.js';
import { setPolicyDeleted } from '../../../../services/policy/curation.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const restorePolicy: NonNullable<MutationResolvers['restorePolicy']> = (_parent, { id, version }, ctx) =>
  setPolicyDeleted(ctx, requireRole(ctx, 'LIBRARIAN'), id, version, false);
