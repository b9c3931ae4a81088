import type { StoredReport } from '../../../services/document/import.js';
import type { ImportBatchRecord } from '../../../domain/document/types.js';
import type { ImportJobResolvers } from '../../types.generated.js';
import { documentExportUrl, EXPORT_FORMAT } from '../../../services/export/export.js';

const reportOf = (job: ImportBatchRecord): Partial<StoredReport> => {
  try {
    return JSON.parse(job.reportJson) as Partial<StoredReport>;
  } catch {
    return {};
  }
};

export const ImportJob: ImportJobResolvers = {
  duplicateRecords: (job) => reportOf(job).duplicates ?? [],
  mergedRecords: (job) => reportOf(job).merged ?? [],
  merged: (job) => reportOf(job).merged?.length ?? 0,
  rejectedLines: (job) => reportOf(job).rejected ?? [],
  warningLines: (job) => reportOf(job).warnings ?? [],
  updatedRecords: (job) => reportOf(job).updated ?? [],
  recognised: (job) => reportOf(job).recognised ?? null,
  exportUrl: (job, { format }) => documentExportUrl(EXPORT_FORMAT[format], { importJob: job.id }),
};
