import type { BulkImportReportResolvers } from '../../types.generated.js';

const count = (rows: { status: string }[], status: string) => rows.filter((row) => row.status === status).length;

export const BulkImportReport: BulkImportReportResolvers = {
  created: (report) => count(report.rows, 'CREATED'),
  linked: (report) => count(report.rows, 'LINKED'),
  skipped: (report) => count(report.rows, 'SKIPPED'),
  failed: (report) => count(report.rows, 'FAILED'),
};
