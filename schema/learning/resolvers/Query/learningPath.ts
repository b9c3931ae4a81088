import { learningPath as findLearningPath } from '../../../../services/learning/paths.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const learningPath: NonNullable<QueryResolvers['learningPath']> = (_parent, { key }, ctx) =>
  findLearningPath(ctx.repos, ctx.viewer, key);
