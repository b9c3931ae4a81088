import type { ImportRowReportResolvers } from '../../types.generated.js';
export const ImportRowReport: ImportRowReportResolvers = {/* Implement ImportRowReport resolver logic here */};
