import type { PurchaseImportRejectionResolvers } from './../../types.generated.js';
export const PurchaseImportRejection: PurchaseImportRejectionResolvers = {/* Implement PurchaseImportRejection resolver logic here */};
