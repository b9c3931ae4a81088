import { requireRole } from '../../../../domain/account/access.js';
import { unlinkEntities } from '../../../../services/entity/links.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const unlink: NonNullable<MutationResolvers['unlink']> = (_parent, { input }, ctx) =>
  unlinkEntities(ctx.repos, requireRole(ctx, 'LIBRARIAN'), input);
