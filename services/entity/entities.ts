import type { Tx } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { EntityRecord, EntityType } from '../../domain/entity/types.js';
import { isStaff, requireScope, type Viewer } from '../../domain/account/access.js';
import { decodeKeysetCursor, keysetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';
import { validateFields, validateSourceUrl } from './validation.js';

/**
 * People, organisations and projects: created, edited with optimistic versions, soft-deleted
 * and restored. Each use case is one write transaction: lock, check (library scope, version),
 * write, audit; a refused change leaves nothing behind and an accepted one always has its entry.
 */

interface ProvenanceInput {
  sourceUrl?: string | null;
  importFile?: string | null;
}

/** Locks the entity and checks existence, scope and, when given, the expected version. */
export async function lockForChange(
  repos: Repositories,
  tx: Tx,
  actor: Viewer,
  type: EntityType,
  id: string,
  version: number | null,
): Promise<EntityRecord> {
  const current = await repos.entities.lock(tx, type, id);
  if (!current || current.mergedInto) throw NotFoundError(type, id);
  requireScope(actor, current);
  if (version !== null && current.version !== version) {
    throw ConflictError(
      `${type} ${id} was changed by someone else (version ${current.version}, yours ${version}); reload and apply your change again`,
      { currentVersion: current.version },
    );
  }
  return current;
}

export function createEntity(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  input: Record<string, unknown>,
  provenance: ProvenanceInput = {},
): Promise<EntityRecord> {
  return repos.graph.writeTx((tx) => createEntityIn(repos, tx, actor, type, input, provenance));
}

/** `createEntity` as one step of a larger use case (a bulk-import row) inside its transaction. */
export async function createEntityIn(
  repos: Repositories,
  tx: Tx,
  actor: Viewer,
  type: EntityType,
  input: Record<string, unknown>,
  provenance: ProvenanceInput = {},
): Promise<EntityRecord> {
  const fields = validateFields(type, input, true);
  const sourceUrl = validateSourceUrl(provenance.sourceUrl);
  const created = await repos.entities.create(tx, type, {
    id: newId(),
    fields,
    libraryId: actor.libraryId,
    provenance: { sourceUrl, importFile: provenance.importFile ?? null, actor: actor.id },
  });
  await recordAudit(repos, tx, actor, provenance.importFile ? 'IMPORT' : 'CREATE', type, created.id, null, created);
  return created;
}

export function updateEntity(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  id: string,
  version: number,
  patch: Record<string, unknown>,
  sourceUrl?: string | null,
): Promise<EntityRecord> {
  const fields = validateFields(type, patch, false);
  const url = validateSourceUrl(sourceUrl);
  return repos.graph.writeTx(async (tx) => {
    const before = await lockForChange(repos, tx, actor, type, id, version);
    if (before.deleted) throw ConflictError(`${type} ${id} is deleted; restore it first`);
    const after = await repos.entities.update(tx, type, id, {
      fields,
      provenance: { sourceUrl: url ?? before.provenance.sourceUrl, importFile: null, actor: actor.id },
    });
    await recordAudit(repos, tx, actor, 'UPDATE', type, id, before, after);
    return after;
  });
}

export function setDeleted(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  id: string,
  version: number,
  deleted: boolean,
): Promise<EntityRecord> {
  return repos.graph.writeTx(async (tx) => {
    const before = await lockForChange(repos, tx, actor, type, id, version);
    if (before.deleted === deleted) throw ConflictError(`${type} ${id} is already ${deleted ? 'deleted' : 'live'}`);
    const after = await repos.entities.update(tx, type, id, { deleted });
    await recordAudit(repos, tx, actor, deleted ? 'DELETE' : 'RESTORE', type, id, before, after);
    return after;
  });
}

interface EntityListFilter {
  industry?: string | null;
  /** A region code or name; includes its sub-regions. */
  region?: string | null;
  organization?: string | null;
  /** Librarians only. */
  includeDeleted?: boolean | null;
}

/** One page of people, organisations or projects in creation order. */
export async function listEntities(
  repos: Repositories,
  viewer: Viewer | null,
  type: EntityType,
  filter: EntityListFilter,
  page: { first?: number | null; after?: string | null },
): Promise<Connection<EntityRecord>> {
  if (filter.includeDeleted && !isStaff(viewer)) throw ForbiddenError('Only librarians see deleted entities');
  const first = pageSize(page.first);
  const after = decodeKeysetCursor(page.after, 1)?.[0] ?? null;
  const regionCode = filter.region ? ((await repos.regions.find(filter.region))?.code ?? filter.region) : null;
  const { items, hasNextPage } = await repos.entities.list(type, {
    first,
    after,
    includeDeleted: filter.includeDeleted ?? false,
    industryCode: filter.industry ?? null,
    regionCode,
    organizationId: filter.organization ?? null,
  });
  return keysetConnection(items, hasNextPage, (entity) => [entity.id]);
}
