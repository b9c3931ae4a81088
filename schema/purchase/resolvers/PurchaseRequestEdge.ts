import type { PurchaseRequestEdgeResolvers } from './../../types.generated.js';
export const PurchaseRequestEdge: PurchaseRequestEdgeResolvers = {/* Implement PurchaseRequestEdge resolver logic here */};
