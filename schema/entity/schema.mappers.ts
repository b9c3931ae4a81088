import type { Connection, Edge } from '../../lib/connection.js';
import type { EntityRecord } from '../../domain/entity/types.js';
export type {
  EntityRecord as PersonMapper,
  EntityRecord as OrganizationMapper,
  EntityRecord as ProjectMapper,
} from '../../domain/entity/types.js';
export type { LinkRecord as LinkMapper, PendingLinkRecord as PendingLinkMapper } from '../../domain/entity/links.js';
import type { PendingLinkRecord } from '../../domain/entity/links.js';
export type PendingLinkConnectionMapper = Connection<PendingLinkRecord>;
export type PendingLinkEdgeMapper = Edge<PendingLinkRecord>;
export type PersonConnectionMapper = Connection<EntityRecord>;
export type OrganizationConnectionMapper = Connection<EntityRecord>;
export type ProjectConnectionMapper = Connection<EntityRecord>;
export type PersonEdgeMapper = Edge<EntityRecord>;
export type OrganizationEdgeMapper = Edge<EntityRecord>;
export type ProjectEdgeMapper = Edge<EntityRecord>;
export type { FileImportReport as BulkImportReportMapper } from '../../services/entity/bulk-import.js';
