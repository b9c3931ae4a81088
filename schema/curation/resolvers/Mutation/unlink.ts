import { requireRole } from '../../../../server/auth/policy.js';
import { unlinkEntities } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const unlink: NonNullable<MutationResolvers['unlink']> = (_parent, { input }, ctx) =>
  unlinkEntities(ctx.repos, requireRole(ctx, 'LIBRARIAN'), input);
