import type { PageView } from '../../lib/pages.js';
import type { AuditRecord } from '../../domain/audit/types.js';
export type { AuditRecord as AuditEntryMapper } from '../../domain/audit/types.js';
export type AuditConnectionMapper = PageView<AuditRecord>;
