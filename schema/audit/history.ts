import { requireRole } from '../../domain/account/access.js';
import { auditLog } from '../../services/audit/audit.js';
import type { RequestContext } from '../context.js';

/** `history` of an entity or policy, scoped like `auditLog`: librarians see their library's librarians' entries, admins all; others are refused. */
export function historyOf(ctx: RequestContext, from: { id: string }, page: { first?: number | null; after?: string | null }) {
  return auditLog(ctx.repos, requireRole(ctx, 'LIBRARIAN'), { entityId: from.id }, page);
}
