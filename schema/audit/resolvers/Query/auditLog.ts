import { requireRole } from '../../../../domain/account/access.js';
import { auditLog as log } from '../../../../services/audit/audit.js';
import type { QueryResolvers } from '../../../types.generated.js';

/** Librarians see the entries of their own library's librarians; admins see everything. */
export const auditLog: NonNullable<QueryResolvers['auditLog']> = (_parent, { entityId, actor, first, after }, ctx) =>
  log(ctx.repos, requireRole(ctx, 'LIBRARIAN'), { entityId, actor }, { first, after });
