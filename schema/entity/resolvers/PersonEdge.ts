import type { PersonEdgeResolvers } from './../../types.generated.js';
export const PersonEdge: PersonEdgeResolvers = {/* Implement PersonEdge resolver logic here */};
