import type { PurchaseQuotaResolvers } from './../../types.generated.js';
export const PurchaseQuota: PurchaseQuotaResolvers = {/* Implement PurchaseQuota resolver logic here */};
