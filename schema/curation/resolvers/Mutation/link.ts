import { requireRole } from '../../../../server/auth/policy.js';
import { linkEntities } from '../../../../server/services/curation.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const link: NonNullable<MutationResolvers['link']> = (_parent, { input }, ctx) =>
  linkEntities(ctx.repos, requireRole(ctx, 'LIBRARIAN'), input);
