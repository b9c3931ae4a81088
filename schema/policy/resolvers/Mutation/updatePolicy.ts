import { requireRole } from '../../../../domain/account/access.js';
import { updatePolicy as update } from '../../../../services/policy/curation.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const updatePolicy: NonNullable<MutationResolvers['updatePolicy']> = (_parent, { id, version, patch, sourceUrl }, ctx) =>
  update(ctx, requireRole(ctx, 'LIBRARIAN'), id, version, patch, sourceUrl);
