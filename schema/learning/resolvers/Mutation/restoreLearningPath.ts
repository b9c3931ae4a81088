import { requireRole } from '../../../../domain/account/access.js';
import { setLearningPathDeleted } from '../../../../services/learning/paths.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const restoreLearningPath: NonNullable<MutationResolvers['restoreLearningPath']> = (_parent, { id, version }, ctx) =>
  setLearningPathDeleted(ctx.repos, requireRole(ctx, 'LIBRARIAN'), id, version, false);
