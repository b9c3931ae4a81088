import type { Tx } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import {
  LINK_RULES,
  NEEDS_TARGET_CONSENT,
  SINGLE_VALUED,
  type LinkRecord,
  type LinkSourceRecord,
  type LinkType,
  type PendingLinkRecord,
  type TargetKind,
} from '../../domain/entity/links.js';
import { decodeKeysetCursor, keysetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { inLibraryScope, requireScope, type Viewer } from '../../domain/account/access.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';
import { validateSourceUrl } from './validation.js';

/**
 * Curated links from people, organisations, projects, policies and news items (LINK_RULES):
 * each link or unlink is one write transaction with its audit entry. Unlinking soft-deletes,
 * so a recrawl cannot bring back what a librarian removed.
 */

export interface LinkInput {
  fromId: string;
  type: LinkType;
  /** An entity id, or an industry or region code. */
  toId: string;
  sourceUrl?: string | null;
}

async function resolveTarget(repos: Repositories, tx: Tx, type: LinkType, toId: string): Promise<{ kind: TargetKind; key: string }> {
  for (const kind of LINK_RULES[type].to) {
    if (await repos.links.targetExists(tx, kind, toId)) return { kind, key: toId };
  }
  throw NotFoundError(LINK_RULES[type].to.join(' or '), toId);
}

async function lockSource(
  repos: Repositories,
  tx: Tx,
  actor: Viewer,
  input: LinkInput,
  scope: 'source' | 'unchecked' = 'source',
): Promise<LinkSourceRecord> {
  const from = await repos.links.lockSource(tx, input.fromId);
  if (!from || from.mergedInto || from.deleted) throw NotFoundError('Entity', input.fromId);
  if (scope === 'source') requireScope(actor, from);
  if (!LINK_RULES[input.type].from.includes(from.kind)) {
    throw ValidationError(`a ${from.kind} cannot have a ${input.type} relationship`, { field: 'type' });
  }
  return from;
}

export function linkEntities(repos: Repositories, actor: Viewer, input: LinkInput): Promise<LinkRecord> {
  return repos.graph.writeTx((tx) => linkIn(repos, tx, actor, input));
}

/** `linkEntities` as one step of a larger use case (a bulk-import row, a policy's region) inside its transaction. */
export async function linkIn(
  repos: Repositories,
  tx: Tx,
  actor: Viewer,
  input: LinkInput,
  importFile: string | null = null,
): Promise<LinkRecord> {
  const sourceUrl = validateSourceUrl(input.sourceUrl);
  const from = await lockSource(repos, tx, actor, input);
  const to = await resolveTarget(repos, tx, input.type, input.toId);
  if (to.kind === from.kind && to.key === from.id) throw ValidationError('an entity cannot be linked to itself');
  const { link, wasActive } = await repos.links.link(tx, { type: from.kind, id: from.id }, input.type, to, {
    sourceUrl,
    importFile,
    actor: actor.id,
  });
  // A policy's issuer or region corrected: the previous one is kept, soft-deleted, so a recrawl cannot bring it back.
  const replaced = SINGLE_VALUED.includes(input.type)
    ? await repos.links.retireOthers(tx, { type: from.kind, id: from.id }, input.type, to, actor.id)
    : [];
  if (input.type === 'IN_REGION') await repos.policyCuration.setRegion(tx, from.id, to.key);
  const owner = NEEDS_TARGET_CONSENT.includes(input.type) ? await repos.links.targetLibrary(tx, to.kind, to.key) : null;
  if (owner && !inLibraryScope(actor, owner)) {
    // Another library's policy: the link waits for that library (or an admin) to accept it.
    const pending = await repos.links.markPending(tx, { type: from.kind, id: from.id }, input.type, to, owner);
    await recordAudit(repos, tx, actor, 'LINK_REQUESTED', from.kind, from.id, null, pending);
    return pending;
  }
  if (!wasActive || replaced.length > 0)
    await recordAudit(repos, tx, actor, 'LINK', from.kind, from.id, replaced.length ? { replaced } : null, link);
  return link;
}

/** Links waiting for the consent of the viewer's library (every library's, for an admin), oldest first. */
export async function pendingLinks(
  repos: Repositories,
  viewer: Viewer,
  page: { first?: number | null; after?: string | null },
): Promise<Connection<PendingLinkRecord>> {
  const first = pageSize(page.first);
  const after = decodeKeysetCursor(page.after, 2);
  if (viewer.role !== 'ADMIN' && !viewer.libraryId) return keysetConnection([], false, () => []);
  const { items, hasNextPage } = await repos.links.pending({ libraryId: viewer.role === 'ADMIN' ? null : viewer.libraryId, first, after });
  return keysetConnection(items, hasNextPage, (link) => [link.requestedAt, link.key]);
}

/** The target's library (or an admin) accepts a link another library asked for. */
export function acceptLink(repos: Repositories, actor: Viewer, input: LinkInput): Promise<LinkRecord> {
  return answerRequest(repos, actor, input, 'accept');
}

/** The target's library (or an admin) declines a link another library asked for: the request ends, nothing else changes. */
export function declineLink(repos: Repositories, actor: Viewer, input: LinkInput): Promise<LinkRecord> {
  return answerRequest(repos, actor, input, 'decline');
}

function answerRequest(repos: Repositories, actor: Viewer, input: LinkInput, answer: 'accept' | 'decline'): Promise<LinkRecord> {
  return repos.graph.writeTx(async (tx) => {
    const from = await lockSource(repos, tx, actor, input, 'unchecked');
    const to = await resolveTarget(repos, tx, input.type, input.toId);
    const owner = await repos.links.targetLibrary(tx, to.kind, to.key);
    if (!inLibraryScope(actor, owner)) throw ForbiddenError(`Only the library that owns the target can ${answer} this link`);
    const answered = await repos.links.change(tx, answer, { type: from.kind, id: from.id }, input.type, to, actor.id);
    if (!answered) throw NotFoundError(`pending ${input.type} relationship`, `${input.fromId} → ${input.toId}`);
    await recordAudit(repos, tx, actor, answer === 'accept' ? 'LINK_ACCEPTED' : 'LINK_DECLINED', from.kind, from.id, null, answered);
    return answered;
  });
}

export function unlinkEntities(repos: Repositories, actor: Viewer, input: LinkInput): Promise<LinkRecord> {
  if (input.type === 'IN_REGION') throw ValidationError('a policy keeps its region: link another region to replace it', { field: 'type' });
  return repos.graph.writeTx(async (tx) => {
    // A library may always remove a link that points at what it owns, whoever made the link.
    const from = await lockSource(repos, tx, actor, input, 'unchecked');
    const to = await resolveTarget(repos, tx, input.type, input.toId);
    const owner = await repos.links.targetLibrary(tx, to.kind, to.key);
    if (!(owner !== null && inLibraryScope(actor, owner))) requireScope(actor, from);
    const removed = await repos.links.change(tx, 'unlink', { type: from.kind, id: from.id }, input.type, to, actor.id);
    if (!removed) throw NotFoundError(`${input.type} relationship`, `${input.fromId} → ${input.toId}`);
    await recordAudit(repos, tx, actor, 'UNLINK', from.kind, from.id, { ...removed, deleted: false }, removed);
    return removed;
  });
}
