import { requireRole } from '../../../../domain/account/access.js';
import { mergeEntities } from '../../../../services/entity/merges.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const mergePeople: NonNullable<MutationResolvers['mergePeople']> = (_parent, { keep, duplicate }, ctx) =>
  mergeEntities(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Person', keep, duplicate);
