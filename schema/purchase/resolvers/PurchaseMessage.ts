import type { PurchaseMessageResolvers } from './../../types.generated.js';
export const PurchaseMessage: PurchaseMessageResolvers = {/* Implement PurchaseMessage resolver logic here */};
