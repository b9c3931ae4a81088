import { z } from 'zod';
import type { Tx } from '../../graph/driver.js';
import { newId } from '../../graph/ids.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { curatedAfterEdit } from '../../domain/curation/precedence.js';
import type { PolicyFields, PolicyRecord } from '../../domain/policy/types.js';
import { storedValidity, VALIDITY_CODES, type ValidityCode } from '../../domain/policy/validity.js';
import type { Viewer } from '../../domain/account/access.js';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { requireScope } from '../../domain/account/access.js';
import { recordAudit } from '../audit/audit.js';
import { linkIn } from '../entity/links.js';
import { validateSourceUrl } from '../entity/validation.js';
import type { PolicyStore } from './store.js';

/**
 * Policies curated by librarians: entered by hand (a paper document), edited with
 * optimistic versions, soft-deleted and restored; checked, applied and audited in one
 * transaction like the other curated entities. Fields a librarian edits are kept when the
 * crawler fetches a new revision of the page.
 */

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`).nullable().optional();
const date = z.iso.date('expected a date such as 2024-03-01').nullable().optional();

const FIELD_SCHEMAS = {
  title: z.string().trim().min(1, 'a title is needed').max(500, 'at most 500 characters'),
  documentNumber: text(100),
  issuer: text(200),
  writtenDate: date,
  publishedDate: date,
  validity: z
    .enum(VALIDITY_CODES as [ValidityCode, ...ValidityCode[]])
    .nullable()
    .optional(),
  effectiveDate: date,
  expiryDate: date,
  category: text(100),
  region: z.string().trim().min(1, 'a region code is needed').max(12),
  text: z
    .string()
    .max(200_000, 'at most 200,000 characters')
    .nullable()
    .transform((value) => value ?? ''),
} as const;

type FieldName = keyof typeof FIELD_SCHEMAS;

interface Validated {
  fields: PolicyFields;
  region: string | undefined;
  text: string | undefined;
}

function validate(input: Record<string, unknown>, allowed: readonly FieldName[], creating: boolean): Validated {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!(allowed as readonly string[]).includes(key)) throw ValidationError(`a policy has no field ${key} to set here`, { field: key });
    if ((key === 'title' || key === 'region') && value === null) throw ValidationError(`${key}: cannot be removed`, { field: key });
    const parsed = FIELD_SCHEMAS[key as FieldName].safeParse(value);
    if (!parsed.success) throw ValidationError(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { field: key });
    out[key] = parsed.data;
  }
  if (creating && out.title === undefined) throw ValidationError('title: a title is needed', { field: 'title' });
  if (creating && out.region === undefined) throw ValidationError('region: a region code is needed', { field: 'region' });
  const { region, text: body, validity, ...rest } = out;
  const fields = rest as PolicyFields;
  if (validity !== undefined) fields.validity = storedValidity(validity as ValidityCode | null);
  return { fields, region: region as string | undefined, text: body as string | undefined };
}

function checkDates(policy: { effectiveDate?: string | null; expiryDate?: string | null }) {
  if (policy.effectiveDate && policy.expiryDate && policy.effectiveDate > policy.expiryDate) {
    throw ValidationError('effectiveDate is after expiryDate', { field: 'expiryDate' });
  }
}

const METADATA: readonly FieldName[] = [
  'title',
  'documentNumber',
  'issuer',
  'writtenDate',
  'publishedDate',
  'validity',
  'effectiveDate',
  'expiryDate',
  'category',
  'region',
];

async function setRegion(repos: Repositories, tx: Tx, actor: Viewer, policyId: string, region: string, sourceUrl: string | null) {
  if (!(await repos.policyCuration.regionExists(tx, region))) throw NotFoundError('Region', region);
  await linkIn(repos, tx, actor, { fromId: policyId, type: 'IN_REGION', toId: region, sourceUrl });
}

async function lockPolicy(repos: Repositories, tx: Tx, actor: Viewer, id: string, version: number): Promise<PolicyRecord> {
  const current = await repos.policyCuration.lock(tx, id);
  if (!current) throw NotFoundError('Policy', id);
  requireScope(actor, current);
  if (current.version !== version) {
    throw ConflictError(
      `Policy ${id} was changed by someone else or by a recrawl (version ${current.version}, yours ${version}); reload and apply your change again`,
      {
        currentVersion: current.version,
      },
    );
  }
  return current;
}

/** A policy entered by hand, e.g. from a paper document; owned by the librarian's library. */
export async function createPolicy({ graph, repos }: PolicyStore, actor: Viewer, input: Record<string, unknown>): Promise<PolicyRecord> {
  const { sourceUrl: rawUrl, ...rest } = input;
  const sourceUrl = validateSourceUrl(rawUrl as string | null | undefined);
  const { fields, region, text: body } = validate(rest, [...METADATA, 'text'], true);
  checkDates(fields);
  return graph.writeTx(async (tx) => {
    const id = newId();
    if (!(await repos.policyCuration.regionExists(tx, region!))) throw NotFoundError('Region', region!);
    await repos.policyCuration.create(tx, {
      id,
      fields,
      regionCode: region!,
      text: body ?? '',
      libraryId: actor.libraryId,
      provenance: { sourceUrl, actor: actor.id },
    });
    const created = (await repos.policyCuration.lock(tx, id))!;
    await recordAudit(repos, tx, actor, 'CREATE', 'Policy', id, null, created);
    return created;
  });
}

/** Edits metadata; the edited fields are kept from later recrawls of the page. */
export async function updatePolicy(
  { graph, repos }: PolicyStore,
  actor: Viewer,
  id: string,
  version: number,
  patch: Record<string, unknown>,
  sourceUrl?: string | null,
): Promise<PolicyRecord> {
  const { fields, region } = validate(patch, METADATA, false);
  const url = validateSourceUrl(sourceUrl);
  return graph.writeTx(async (tx) => {
    const before = await lockPolicy(repos, tx, actor, id, version);
    if (before.deleted) throw ConflictError(`Policy ${id} is deleted; restore it first`);
    checkDates({ ...before, ...fields });
    const regionChanged = region !== undefined && region !== before.regionCode;
    if (regionChanged) await setRegion(repos, tx, actor, id, region, url);
    const after = await repos.policyCuration.update(tx, id, {
      fields,
      // A librarian's edit outranks the next recrawl's value of the same field.
      curatedFields: curatedAfterEdit(before.curatedFields, [...Object.keys(fields), ...(regionChanged ? ['region'] : [])]),
      provenance: { sourceUrl: url ?? before.provenance.sourceUrl, actor: actor.id },
    });
    await recordAudit(repos, tx, actor, 'UPDATE', 'Policy', id, before, after);
    return after;
  });
}

/** Soft delete (hidden from visitors and readers everywhere) or restore. */
export async function setPolicyDeleted(
  { graph, repos }: PolicyStore,
  actor: Viewer,
  id: string,
  version: number,
  deleted: boolean,
): Promise<PolicyRecord> {
  return graph.writeTx(async (tx) => {
    const before = await lockPolicy(repos, tx, actor, id, version);
    if (before.deleted === deleted) throw ConflictError(`Policy ${id} is already ${deleted ? 'deleted' : 'live'}`);
    const after = await repos.policyCuration.update(tx, id, { deleted });
    await recordAudit(repos, tx, actor, deleted ? 'DELETE' : 'RESTORE', 'Policy', id, before, after);
    return after;
  });
}
