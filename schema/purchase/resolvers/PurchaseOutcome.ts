import type { PurchaseOutcomeResolvers } from './../../types.generated.js';
export const PurchaseOutcome: PurchaseOutcomeResolvers = {/* Implement PurchaseOutcome resolver logic here */};
