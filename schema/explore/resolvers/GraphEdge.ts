import type { GraphEdgeResolvers } from '../../types.generated.js';
export const GraphEdge: GraphEdgeResolvers = {/* Implement GraphEdge resolver logic here */};
