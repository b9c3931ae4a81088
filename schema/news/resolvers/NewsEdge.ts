import type { NewsEdgeResolvers } from '../../types.generated.js';

export const NewsEdge: NewsEdgeResolvers = {};
