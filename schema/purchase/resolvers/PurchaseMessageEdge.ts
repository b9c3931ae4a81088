import type { PurchaseMessageEdgeResolvers } from './../../types.generated.js';
export const PurchaseMessageEdge: PurchaseMessageEdgeResolvers = {/* Implement PurchaseMessageEdge resolver logic here */};
