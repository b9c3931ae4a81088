import { requireRole } from '../../../../domain/account/access.js';
import { setLearningPathPublished } from '../../../../services/learning/paths.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const publishLearningPath: NonNullable<MutationResolvers['publishLearningPath']> = (_parent, { id, version, published }, ctx) =>
  setLearningPathPublished(ctx.repos, requireRole(ctx, 'LIBRARIAN'), id, version, published);
