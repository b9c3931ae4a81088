export type {
  EntityRecord as PersonMapper,
  EntityRecord as OrganizationMapper,
  EntityRecord as ProjectMapper,
} from '../../domain/entity/types.js';
export type { LinkRecord as LinkMapper } from '../../domain/entity/links.js';
import type { PageView } from '../../lib/pages.js';
import type { EntityRecord } from '../../domain/entity/types.js';
export type PersonConnectionMapper = PageView<EntityRecord>;
export type OrganizationConnectionMapper = PageView<EntityRecord>;
export type ProjectConnectionMapper = PageView<EntityRecord>;
export type { FileImportReport as BulkImportReportMapper } from '../../services/entity/bulk-import.js';
