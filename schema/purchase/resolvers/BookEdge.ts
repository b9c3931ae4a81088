import type { BookEdgeResolvers } from './../../types.generated.js';
export const BookEdge: BookEdgeResolvers = {/* Implement BookEdge resolver logic here */};
