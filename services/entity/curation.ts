import { z } from 'zod';
import { newId } from '../../graph/ids.js';
import {
  LINK_RULES,
  SINGLE_VALUED,
  type LinkSourceRecord,
  type LinkRecord,
  type LinkType,
  type TargetKind,
} from '../../domain/entity/links.js';
import { type EntityFields, type EntityRecord, type EntityType } from '../../domain/entity/types.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { Tx } from '../../graph/driver.js';
import { inLibraryScope, type Viewer } from '../../domain/account/access.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';

/**
 * Curation of people, organisations and projects, and of the links of policies and news: every change is checked (role, library
 * scope, version), applied and audited in one transaction, so a refused change leaves
 * nothing behind and an accepted one always has its audit entry.
 */

const Url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000);
const optionalText = (max: number) => z.string().trim().max(max, `at most ${max} characters`).nullable().optional();

const FIELD_SCHEMAS = {
  name: z.string().trim().min(1, 'a name is needed').max(200, 'at most 200 characters'),
  description: optionalText(5000),
  title: optionalText(100),
  aliases: z.array(z.string().trim().min(1).max(100)).max(20, 'at most 20 aliases'),
  kind: z.enum(['COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'GOVERNMENT', 'INCUBATOR', 'ASSOCIATION', 'OTHER']).nullable().optional(),
  website: Url.nullable().optional(),
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'expected an 18-character 统一社会信用代码')
    .nullable()
    .optional(),
  status: z.enum(['PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED']).nullable().optional(),
  startedOn: z.iso.date('expected a date such as 2024-03-01').nullable().optional(),
} satisfies Record<keyof EntityFields, z.ZodType>;

export const FIELDS_OF: Record<EntityType, readonly (keyof EntityFields)[]> = {
  Person: ['name', 'description', 'title'],
  Organization: ['name', 'description', 'aliases', 'kind', 'website', 'creditCode'],
  Project: ['name', 'description', 'status', 'startedOn'],
};

/** Validates the fields given for this type; `creating` requires a name. */
export function validateFields(type: EntityType, input: Record<string, unknown>, creating: boolean): EntityFields {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!(FIELDS_OF[type] as readonly string[]).includes(key)) throw ValidationError(`${type} has no field ${key}`, { field: key });
    if (key === 'name' && value === null) throw ValidationError('name: a name is needed', { field: 'name' });
    const parsed = FIELD_SCHEMAS[key as keyof EntityFields].safeParse(value);
    if (!parsed.success) throw ValidationError(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { field: key });
    out[key] = parsed.data;
  }
  if (creating && out.name === undefined) throw ValidationError('name: a name is needed', { field: 'name' });
  return out as EntityFields;
}

export function validateSourceUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = Url.safeParse(value);
  if (!parsed.success) throw ValidationError('sourceUrl: expected an http(s) URL', { field: 'sourceUrl' });
  return parsed.data;
}

interface ProvenanceInput {
  sourceUrl?: string | null;
  importFile?: string | null;
}

export async function audit(
  repos: Repositories,
  tx: Tx,
  actor: Viewer,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
) {
  await repos.curation.audit(tx, newId(), { actor, action, entityType, entityId, before, after });
}

export function requireScope(actor: Viewer, record: { libraryId: string | null }) {
  if (!inLibraryScope(actor, record.libraryId)) throw ForbiddenError('This belongs to another library');
}

/** Locks the entity and checks existence, scope and, when given, the expected version. */
async function lockForChange(
  repos: Repositories,
  tx: Tx,
  actor: Viewer,
  type: EntityType,
  id: string,
  version: number | null,
): Promise<EntityRecord> {
  const current = await repos.curation.lock(tx, type, id);
  if (!current || current.mergedInto) throw NotFoundError(type, id);
  requireScope(actor, current);
  if (version !== null && current.version !== version) {
    throw ConflictError(
      `${type} ${id} was changed by someone else (version ${current.version}, yours ${version}); reload and apply your change again`,
      {
        currentVersion: current.version,
      },
    );
  }
  return current;
}

export async function createEntity(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  input: Record<string, unknown>,
  provenance: ProvenanceInput = {},
  tx?: Tx,
): Promise<EntityRecord> {
  const fields = validateFields(type, input, true);
  const sourceUrl = validateSourceUrl(provenance.sourceUrl);
  const work = async (t: Tx) => {
    const created = await repos.curation.create(t, type, {
      id: newId(),
      fields,
      libraryId: actor.libraryId,
      provenance: { sourceUrl, importFile: provenance.importFile ?? null, actor: actor.id },
    });
    await audit(repos, t, actor, provenance.importFile ? 'IMPORT' : 'CREATE', type, created.id, null, created);
    return created;
  };
  return tx ? work(tx) : repos.curation.writeTx(work);
}

export async function updateEntity(
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
  return repos.curation.writeTx(async (tx) => {
    const before = await lockForChange(repos, tx, actor, type, id, version);
    if (before.deleted) throw ConflictError(`${type} ${id} is deleted; restore it first`);
    const after = await repos.curation.update(tx, type, id, {
      fields,
      provenance: { sourceUrl: url ?? before.provenance.sourceUrl, importFile: null, actor: actor.id },
    });
    await audit(repos, tx, actor, 'UPDATE', type, id, before, after);
    return after;
  });
}

export async function setDeleted(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  id: string,
  version: number,
  deleted: boolean,
): Promise<EntityRecord> {
  return repos.curation.writeTx(async (tx) => {
    const before = await lockForChange(repos, tx, actor, type, id, version);
    if (before.deleted === deleted) throw ConflictError(`${type} ${id} is already ${deleted ? 'deleted' : 'live'}`);
    const after = await repos.curation.update(tx, type, id, { deleted });
    await audit(repos, tx, actor, deleted ? 'DELETE' : 'RESTORE', type, id, before, after);
    return after;
  });
}

export async function mergeEntities(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  keepId: string,
  duplicateId: string,
): Promise<EntityRecord> {
  if (type === 'Project') throw ValidationError('projects are not merged; delete the duplicate instead');
  if (keepId === duplicateId) throw ValidationError('an entity cannot be merged into itself');
  return repos.curation.writeTx(async (tx) => {
    const keep = await lockForChange(repos, tx, actor, type, keepId, null);
    const duplicate = await lockForChange(repos, tx, actor, type, duplicateId, null);
    if (keep.deleted) throw ConflictError(`${type} ${keepId} is deleted; restore it before merging into it`);
    const { moved } = await repos.curation.merge(tx, type, keepId, duplicateId, actor.id);
    const after = (await repos.curation.lock(tx, type, keepId))!;
    const mergedDuplicate = await repos.curation.lock(tx, type, duplicateId);
    await audit(repos, tx, actor, 'MERGE', type, keepId, keep, { ...after, mergedFrom: duplicateId, relationshipsMoved: moved });
    await audit(repos, tx, actor, 'MERGED_INTO', type, duplicateId, duplicate, mergedDuplicate);
    return after;
  });
}

export interface LinkInput {
  fromId: string;
  type: LinkType;
  /** An entity id, or an industry or region code. */
  toId: string;
  sourceUrl?: string | null;
}

async function resolveTarget(repos: Repositories, tx: Tx, type: LinkType, toId: string): Promise<{ kind: TargetKind; key: string }> {
  for (const kind of LINK_RULES[type].to) {
    if (await repos.curation.targetExists(tx, kind, toId)) return { kind, key: toId };
  }
  throw NotFoundError(LINK_RULES[type].to.join(' or '), toId);
}

async function lockLinkSource(repos: Repositories, tx: Tx, actor: Viewer, input: LinkInput): Promise<LinkSourceRecord> {
  const from = await repos.curation.lockLinkSource(tx, input.fromId);
  if (!from || from.mergedInto || from.deleted) throw NotFoundError('Entity', input.fromId);
  requireScope(actor, from);
  if (!LINK_RULES[input.type].from.includes(from.kind)) {
    throw ValidationError(`a ${from.kind} cannot have a ${input.type} relationship`, { field: 'type' });
  }
  return from;
}

export async function linkEntities(
  repos: Repositories,
  actor: Viewer,
  input: LinkInput,
  importFile: string | null = null,
  tx?: Tx,
): Promise<LinkRecord> {
  const sourceUrl = validateSourceUrl(input.sourceUrl);
  const work = async (t: Tx) => {
    const from = await lockLinkSource(repos, t, actor, input);
    const to = await resolveTarget(repos, t, input.type, input.toId);
    if (to.kind === from.kind && to.key === from.id) throw ValidationError('an entity cannot be linked to itself');
    const { link, wasActive } = await repos.curation.link(t, { type: from.kind, id: from.id }, input.type, to, {
      sourceUrl,
      importFile,
      actor: actor.id,
    });
    // A policy's issuer or region corrected: the previous one is kept, soft-deleted, so a recrawl cannot bring it back.
    const replaced = SINGLE_VALUED.includes(input.type)
      ? await repos.curation.retireOthers(t, { type: from.kind, id: from.id }, input.type, to, actor.id)
      : [];
    if (input.type === 'IN_REGION') await repos.policyCuration.setRegion(t, from.id, to.key);
    if (!wasActive || replaced.length > 0)
      await audit(repos, t, actor, 'LINK', from.kind, from.id, replaced.length ? { replaced } : null, link);
    return link;
  };
  return tx ? work(tx) : repos.curation.writeTx(work);
}

export async function unlinkEntities(repos: Repositories, actor: Viewer, input: LinkInput): Promise<LinkRecord> {
  if (input.type === 'IN_REGION') throw ValidationError('a policy keeps its region: link another region to replace it', { field: 'type' });
  return repos.curation.writeTx(async (tx) => {
    const from = await lockLinkSource(repos, tx, actor, input);
    const to = await resolveTarget(repos, tx, input.type, input.toId);
    const removed = await repos.curation.unlink(tx, { type: from.kind, id: from.id }, input.type, to, actor.id);
    if (!removed) throw NotFoundError(`${input.type} relationship`, `${input.fromId} → ${input.toId}`);
    await audit(repos, tx, actor, 'UNLINK', from.kind, from.id, { ...removed, deleted: false }, removed);
    return removed;
  });
}
