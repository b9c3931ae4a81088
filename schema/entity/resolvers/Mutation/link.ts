import { requireRole } from '../../../../domain/account/access.js';
import { linkEntities } from '../../../../services/entity/links.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const link: NonNullable<MutationResolvers['link']> = (_parent, { input }, ctx) =>
  linkEntities(ctx.repos, requireRole(ctx, 'LIBRARIAN'), input);
