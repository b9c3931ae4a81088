import type { PurchaseEligibilityResolvers } from './../../types.generated.js';
export const PurchaseEligibility: PurchaseEligibilityResolvers = {/* Implement PurchaseEligibility resolver logic here */};
