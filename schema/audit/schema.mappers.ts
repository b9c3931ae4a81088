export type { AuditRecord as AuditEntryMapper } from '../../graph/repositories/entity/curation.js';
export type { AuditPageView as AuditConnectionMapper } from '../../lib/pages.js';
