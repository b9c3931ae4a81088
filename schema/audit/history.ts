import { requireRole } from '../../domain/account/access.js';
import type { RequestContext } from '../context.js';

/** Scoped like `auditLog`: librarians see their library's librarians' entries, admins all; others are refused. */
export async function historyOf(ctx: RequestContext, from: { id: string }, first: number | null | undefined) {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  return ctx.repos.curation.auditFor({
    entityId: from.id,
    actor: null,
    actorLibraryId: viewer.role === 'ADMIN' ? null : viewer.libraryId,
    first: Math.min(Math.max(first ?? 20, 1), 100),
    before: null,
  });
}
