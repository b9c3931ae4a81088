import { requireRole } from '../../../../domain/account/access.js';
import { createLearningPath as create } from '../../../../services/learning/paths.js';
import type { MutationResolvers } from './../../../types.generated.js';

export const createLearningPath: NonNullable<MutationResolvers['createLearningPath']> = (_parent, { input }, ctx) =>
  create(ctx.repos, requireRole(ctx, 'LIBRARIAN'), { ...input });
