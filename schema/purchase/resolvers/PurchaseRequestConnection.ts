import type { PurchaseRequestConnectionResolvers } from './../../types.generated.js';
export const PurchaseRequestConnection: PurchaseRequestConnectionResolvers = {
  /* Implement PurchaseRequestConnection resolver logic here */
};
