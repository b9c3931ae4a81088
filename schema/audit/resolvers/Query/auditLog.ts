import { requireRole } from '../../../../domain/account/access.js';
import { decodeCursor, pageSize, toPage } from '../../../../lib/pages.js';
import type { QueryResolvers } from '../../../types.generated.js';

/** Librarians see the entries of their own library's librarians; admins see everything. */
export const auditLog: NonNullable<QueryResolvers['auditLog']> = async (_parent, { entityId, actor, first, after }, ctx) => {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  const size = pageSize(first, 50);
  const rows = await ctx.repos.curation.auditFor({
    entityId: entityId ?? null,
    actor: actor ?? null,
    actorLibraryId: viewer.role === 'ADMIN' ? null : viewer.libraryId,
    first: size + 1,
    before: decodeCursor(after),
  });
  return toPage(rows.slice(0, size), rows.length > size);
};
