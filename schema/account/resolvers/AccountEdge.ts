import type { AccountEdgeResolvers } from './../../types.generated.js';
export const AccountEdge: AccountEdgeResolvers = {/* Implement AccountEdge resolver logic here */};
