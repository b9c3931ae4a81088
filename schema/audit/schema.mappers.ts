import type { Connection, Edge } from '../../lib/connection.js';
import type { AuditRecord } from '../../domain/audit/types.js';
export type { AuditRecord as AuditEntryMapper } from '../../domain/audit/types.js';
export type AuditConnectionMapper = Connection<AuditRecord>;
export type AuditEdgeMapper = Edge<AuditRecord>;
