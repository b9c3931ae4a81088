import type { SourceEdgeResolvers } from './../../types.generated.js';
export const SourceEdge: SourceEdgeResolvers = {/* Implement SourceEdge resolver logic here */};
