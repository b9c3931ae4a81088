import type { StatementEdgeResolvers } from './../../types.generated.js';
export const StatementEdge: StatementEdgeResolvers = {/* Implement StatementEdge resolver logic here */};
