import type { PurchaseMessageConnectionResolvers } from './../../types.generated.js';
export const PurchaseMessageConnection: PurchaseMessageConnectionResolvers = {
  /* Implement PurchaseMessageConnection resolver logic here */
};
