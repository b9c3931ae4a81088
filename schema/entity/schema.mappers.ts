export type {
  EntityRecord as PersonMapper,
  EntityRecord as OrganizationMapper,
  EntityRecord as ProjectMapper,
  LinkRecord as LinkMapper,
} from '../../graph/repositories/entity/curation.js';
export type { PageView as PersonConnectionMapper, PageView as OrganizationConnectionMapper, PageView as ProjectConnectionMapper } from '../../lib/pages.js';
export type { FileImportReport as BulkImportReportMapper } from '../../services/entity/bulk-import.js';
