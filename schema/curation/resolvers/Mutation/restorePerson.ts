import { requireRole } from '../../../../server/auth/policy.js';
import { setDeleted } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const restorePerson: NonNullable<MutationResolvers['restorePerson']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Person', id, version, false);
