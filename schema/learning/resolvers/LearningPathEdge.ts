import type { LearningPathEdgeResolvers } from './../../types.generated.js';

export const LearningPathEdge: LearningPathEdgeResolvers = {};
