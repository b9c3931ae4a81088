import type { Tx } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { AuditRecord } from '../../domain/audit/types.js';
import type { Viewer } from '../../domain/account/access.js';
import { decodeKeysetCursor, keysetConnection, pageSize, type Connection } from '../../lib/connection.js';

/**
 * The audit log. Every change writes its entry in the change's own transaction (`recordAudit`),
 * so an accepted change always has one and a refused change leaves none. Librarians read the
 * entries of their own library's librarians, admins every entry.
 */

export async function recordAudit(
  repos: Pick<Repositories, 'audit'>,
  tx: Tx,
  actor: Viewer,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await repos.audit.record(tx, newId(), { actor, action, entityType, entityId, before, after });
}

/** The entries `viewer` (a librarian or admin) may read, newest first, one page. */
export async function auditLog(
  repos: Repositories,
  viewer: Viewer,
  filter: { entityId?: string | null; actor?: string | null },
  page: { first?: number | null; after?: string | null },
): Promise<Connection<AuditRecord>> {
  const first = pageSize(page.first);
  const after = decodeKeysetCursor(page.after, 1)?.[0] ?? null;
  const { items, hasNextPage } = await repos.audit.list({
    entityId: filter.entityId ?? null,
    actor: filter.actor ?? null,
    actorLibraryId: viewer.role === 'ADMIN' ? null : viewer.libraryId,
    first,
    after,
  });
  return keysetConnection(items, hasNextPage, (entry) => [entry.id]);
}
