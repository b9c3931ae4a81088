import { requireRole } from '../../../../server/auth/policy.js';
import { setDeleted } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const restoreProject: NonNullable<MutationResolvers['restoreProject']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Project', id, version, false);
