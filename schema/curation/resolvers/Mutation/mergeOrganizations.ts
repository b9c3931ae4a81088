import { requireRole } from '../../../../server/auth/policy.js';
import { mergeEntities } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const mergeOrganizations: NonNullable<MutationResolvers['mergeOrganizations']> = (_parent, { keep, duplicate }, ctx) =>
  mergeEntities(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', keep, duplicate);
