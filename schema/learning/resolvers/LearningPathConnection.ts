import type { LearningPathConnectionResolvers } from './../../types.generated.js';

export const LearningPathConnection: LearningPathConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount ?? 0,
};
