import type { PurchaseImportReportResolvers } from './../../types.generated.js';
export const PurchaseImportReport: PurchaseImportReportResolvers = {/* Implement PurchaseImportReport resolver logic here */};
