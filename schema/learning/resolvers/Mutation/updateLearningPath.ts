import { requireRole } from '../../../../domain/account/access.js';
import { updateLearningPath as update } from '../../../../services/learning/paths.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const updateLearningPath: NonNullable<MutationResolvers['updateLearningPath']> = (_parent, { id, version, input }, ctx) =>
  update(ctx.repos, requireRole(ctx, 'LIBRARIAN'), id, version, { ...input });
