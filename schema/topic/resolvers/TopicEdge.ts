import type { TopicEdgeResolvers } from '../../types.generated.js';

export const TopicEdge: TopicEdgeResolvers = {};
