import { newId } from '../../graph/ids.js';
import type { Tx } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { isStaff, requireRole, requireScope, type Viewer } from '../../domain/account/access.js';
import { validatePath, type LearningPathFields, type LearningPathRecord } from '../../domain/learning/path.js';
import { decodeKeysetCursor, keysetConnection, offsetAfter, offsetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { plainTextQuery } from '../../lib/fulltext.js';
import { recordAudit } from '../audit/audit.js';

/**
 * Learning paths (创业知识学习库), curated by librarians like the other curation: each command
 * is one write transaction (lock, check role, library scope and version, write, audit), so a
 * refused one leaves nothing. Visitors and readers see published paths only.
 */

type Repos = Pick<Repositories, 'graph' | 'learningPaths' | 'audit'>;

const librarian = (actor: Viewer) => requireRole({ viewer: actor }, 'LIBRARIAN');

/** Checks the industry and the steps' documents and policies; a step without a title gets its target's. */
async function resolveFields(repos: Repos, tx: Tx, fields: LearningPathFields, id: string | null): Promise<LearningPathFields> {
  if (await repos.learningPaths.slugTaken(tx, fields.slug, id)) {
    throw ConflictError(`another learning path already has the slug ${fields.slug}`, { field: 'slug' });
  }
  if (fields.industryCode && !(await repos.learningPaths.industryExists(tx, fields.industryCode))) {
    throw NotFoundError('Industry', fields.industryCode);
  }
  const ids = (kind: string) => fields.steps.filter((s) => s.kind === kind).map((s) => s.targetId!);
  const found = new Map((await repos.learningPaths.existingTargets(tx, ids('DOCUMENT'), ids('POLICY'))).map((t) => [t.id, t.title]));
  const steps = fields.steps.map((step) => {
    if (step.kind === 'LINK') return step;
    const title = found.get(step.targetId!);
    if (title === undefined) throw NotFoundError(step.kind === 'DOCUMENT' ? 'Document' : 'Policy', step.targetId!);
    return { ...step, title: step.title || title.slice(0, 200) };
  });
  return { ...fields, steps };
}

async function lockPath(repos: Repos, tx: Tx, actor: Viewer, id: string, version: number): Promise<LearningPathRecord> {
  const current = await repos.learningPaths.lock(tx, id);
  if (!current) throw NotFoundError('LearningPath', id);
  requireScope(actor, current);
  if (current.version !== version) {
    throw ConflictError(
      `LearningPath ${id} was changed by someone else (version ${current.version}, yours ${version}); reload and apply your change again`,
      { currentVersion: current.version },
    );
  }
  return current;
}

/** A new path, a draft owned by the librarian's library. */
export async function createLearningPath(repos: Repos, actor: Viewer, input: Record<string, unknown>): Promise<LearningPathRecord> {
  librarian(actor);
  const fields = validatePath(input);
  return repos.graph.writeTx(async (tx) => {
    const id = newId();
    const created = await repos.learningPaths.create(tx, {
      id,
      fields: await resolveFields(repos, tx, fields, null),
      libraryId: actor.libraryId,
      actor: actor.id,
    });
    await recordAudit(repos, tx, actor, 'CREATE', 'LearningPath', id, null, created);
    return created;
  });
}

/** Replaces a path's fields and steps (their new order, added and removed ones) at the version the librarian read. */
export async function updateLearningPath(
  repos: Repos,
  actor: Viewer,
  id: string,
  version: number,
  input: Record<string, unknown>,
): Promise<LearningPathRecord> {
  librarian(actor);
  const fields = validatePath(input);
  return repos.graph.writeTx(async (tx) => {
    const before = await lockPath(repos, tx, actor, id, version);
    if (before.deleted) throw ConflictError(`LearningPath ${id} is deleted; restore it first`);
    const after = await repos.learningPaths.update(tx, id, { fields: await resolveFields(repos, tx, fields, id), actor: actor.id });
    await recordAudit(repos, tx, actor, 'UPDATE', 'LearningPath', id, before, after);
    return after;
  });
}

/** Publishes (visitors see it) or takes back to draft. */
export async function setLearningPathPublished(
  repos: Repos,
  actor: Viewer,
  id: string,
  version: number,
  published: boolean,
): Promise<LearningPathRecord> {
  librarian(actor);
  return repos.graph.writeTx(async (tx) => {
    const before = await lockPath(repos, tx, actor, id, version);
    if (before.deleted) throw ConflictError(`LearningPath ${id} is deleted; restore it first`);
    if ((before.status === 'PUBLISHED') === published)
      throw ConflictError(`LearningPath ${id} is already ${published ? 'published' : 'a draft'}`);
    if (published && before.steps.length === 0)
      throw ValidationError('steps: a path needs at least one step to be published', { field: 'steps' });
    const after = await repos.learningPaths.update(tx, id, { status: published ? 'PUBLISHED' : 'DRAFT', actor: actor.id });
    await recordAudit(repos, tx, actor, published ? 'PUBLISH' : 'UNPUBLISH', 'LearningPath', id, before, after);
    return after;
  });
}

/** Soft delete (hidden from everyone but staff) or restore. */
export async function setLearningPathDeleted(
  repos: Repos,
  actor: Viewer,
  id: string,
  version: number,
  deleted: boolean,
): Promise<LearningPathRecord> {
  librarian(actor);
  return repos.graph.writeTx(async (tx) => {
    const before = await lockPath(repos, tx, actor, id, version);
    if (before.deleted === deleted) throw ConflictError(`LearningPath ${id} is already ${deleted ? 'deleted' : 'live'}`);
    const after = await repos.learningPaths.update(tx, id, { deleted, actor: actor.id });
    await recordAudit(repos, tx, actor, deleted ? 'DELETE' : 'RESTORE', 'LearningPath', id, before, after);
    return after;
  });
}

const visibleTo = (viewer: Viewer | null, path: LearningPathRecord) => isStaff(viewer) || (path.status === 'PUBLISHED' && !path.deleted);

/** A path by id or slug, or null when there is none the viewer may see. */
export async function learningPath(repos: Pick<Repositories, 'learningPaths'>, viewer: Viewer | null, key: string) {
  const path = await repos.learningPaths.byIdOrSlug(key);
  return path && visibleTo(viewer, path) ? path : null;
}

export interface LearningListInput {
  query?: string | null;
  industryCode?: string | null;
  includeDrafts?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** Paths in title order, or search hits best first; drafts and deleted ones for staff who ask. */
export async function listLearningPaths(
  repos: Pick<Repositories, 'learningPaths'>,
  viewer: Viewer | null,
  input: LearningListInput,
): Promise<Connection<LearningPathRecord>> {
  if (input.includeDrafts && !isStaff(viewer)) throw ForbiddenError('Only librarians see draft learning paths');
  const first = pageSize(input.first);
  const filter = { industryCode: input.industryCode ?? null, includeDrafts: input.includeDrafts ?? false };
  const query = input.query?.trim();
  if (query) {
    if (query.length > 200) throw ValidationError('query: at most 200 characters', { field: 'query' });
    const offset = offsetAfter(input.after);
    const { items, hasNextPage, total } = await repos.learningPaths.search(plainTextQuery(query), filter, { first, offset });
    return offsetConnection(items, offset, hasNextPage, total);
  }
  const after = decodeKeysetCursor(input.after, 2) as [string, string] | null;
  const { items, hasNextPage, total } = await repos.learningPaths.list(filter, { first, after });
  return keysetConnection(items, hasNextPage, (path) => [path.title, path.id], total);
}
