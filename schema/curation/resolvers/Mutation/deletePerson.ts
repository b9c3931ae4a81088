import { requireRole } from '../../../../server/auth/policy.js';
import { setDeleted } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const deletePerson: NonNullable<MutationResolvers['deletePerson']> = (_parent, { id, version }, ctx) =>
  setDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Person', id, version, true);
