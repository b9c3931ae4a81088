import type { AuditConnectionResolvers } from '../../types.generated.js';

export const AuditConnection: AuditConnectionResolvers = {};
