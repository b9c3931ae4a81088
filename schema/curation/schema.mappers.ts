export type {
  AuditRecord as AuditEntryMapper,
  EntityRecord as PersonMapper,
  EntityRecord as OrganizationMapper,
  EntityRecord as ProjectMapper,
  LinkRecord as LinkMapper,
  Provenance as ProvenanceMapper,
} from '../../graph/repositories/curation.js';
export type { PageView as PersonConnectionMapper, PageView as OrganizationConnectionMapper, PageView as ProjectConnectionMapper } from '../../server/services/pages.js';
export type { AuditPageView as AuditConnectionMapper } from '../../server/services/pages.js';
export type { FileImportReport as BulkImportReportMapper } from '../../server/services/import.js';
