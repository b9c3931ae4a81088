import type { PurchaseRefusalResolvers } from './../../types.generated.js';
export const PurchaseRefusal: PurchaseRefusalResolvers = {/* Implement PurchaseRefusal resolver logic here */};
