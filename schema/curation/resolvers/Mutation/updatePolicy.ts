import { requireRole } from '../../../../server/auth/policy.js';
import { updatePolicy as update } from '../../../../server/services/policy-curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const updatePolicy: NonNullable<MutationResolvers['updatePolicy']> = (_parent, { id, version, patch, sourceUrl }, ctx) =>
  update(ctx.repos, requireRole(ctx, 'LIBRARIAN'), id, version, patch, sourceUrl);
