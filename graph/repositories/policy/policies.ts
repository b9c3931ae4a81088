import { PART_OF_PATH } from '../within.js';
import type {
  Attachment,
  PolicyFilter,
  PolicyLink,
  PolicyRecord,
  PolicyRevisionRecord,
  PolicySaveInput,
  SaveOutcome,
} from '../../../domain/policy/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';
import { IN_FORCE, POLICY_READ_FIELDS, policyFieldsOf } from './cypher.js';
import { savePolicy, touchPolicies } from './save.js';

export interface PolicyDetails {
  attachments: Attachment[];
  revisions: PolicyRevisionRecord[];
  issuer: { id: string; name: string } | null;
  links: (PolicyLink & { policy: PolicyRecord })[];
}

/**
 * The list's statement with only the filters given: a catch-all `$x IS NULL OR …` for every
 * filter kept the planner from using the date index and evaluated each one on every policy.
 */
export function listStatement(filter: PolicyFilter, paged: boolean): string {
  const given = (v: unknown) => v !== null && v !== undefined;
  const where = [
    filter.includeDeleted ? null : 'NOT coalesce(p.deleted, false)',
    given(filter.inForce) ? `${IN_FORCE('p')} = $inForce` : null,
    given(filter.level) ? 'p.level = $level' : null,
    given(filter.validity) ? 'p.validity = $validity' : null,
    given(filter.from) ? 'p.publishedDate >= $from' : null,
    given(filter.to) ? 'p.publishedDate <= $to' : null,
    given(filter.issuer) ? 'p.issuer CONTAINS $issuer' : null,
    given(filter.regionCode) && given(filter.industryCode)
      ? 'EXISTS { (p)-[r:IN_REGION]->(x:Region) WHERE x IN regions AND NOT coalesce(r.deleted, false) }'
      : null,
  ].filter((c) => c !== null);
  // The sub-regions and sub-industries are collected once; the list then starts from their
  // policies (an industry's few hundred, not a scan of every policy with a check of its links).
  const scopes = [
    given(filter.regionCode)
      ? `OPTIONAL MATCH (inRegion:Region)${PART_OF_PATH}(:Region {code: $regionCode}) WITH collect(inRegion) AS regions`
      : '',
    given(filter.industryCode)
      ? `OPTIONAL MATCH (inIndustry:Industry)${PART_OF_PATH}(:Industry {code: $industryCode}) WITH ${given(filter.regionCode) ? 'regions, ' : ''}collect(inIndustry) AS industries`
      : '',
  ];
  const start = given(filter.industryCode)
    ? `UNWIND industries AS x MATCH (x)<-[r:SUPPORTS]-(p:Policy) WHERE NOT coalesce(r.deleted, false) WITH DISTINCT ${given(filter.regionCode) ? 'regions, ' : ''}p`
    : given(filter.regionCode)
      ? 'UNWIND regions AS x MATCH (x)<-[r:IN_REGION]-(p:Policy) WHERE NOT coalesce(r.deleted, false) WITH DISTINCT p'
      : 'MATCH (p:Policy)';
  return `${scopes.join('\n')}
       ${start}
       ${where.length ? `WHERE ${where.join('\n         AND ')}` : ''}
       WITH p, coalesce(p.publishedDate, '0000-00-00') AS date
       ${paged ? 'WHERE date < $after[0] OR (date = $after[0] AND p.id < $after[1])' : ''}
       ORDER BY date DESC, p.id DESC LIMIT $limit
       RETURN ${POLICY_READ_FIELDS} AS policy ORDER BY date DESC, p.id DESC`;
}

const NO_DETAILS: PolicyDetails = { attachments: [], revisions: [], issuer: null, links: [] };

/** The details of the policy bound to `p`, as return items (`$includeDeleted`: linked deleted policies too). */
const DETAILS = `
  COLLECT { MATCH (p)-[:HAS_ATTACHMENT]->(a:Attachment) RETURN a {.url, .name, .format} ORDER BY a.url } AS attachments,
  COLLECT { MATCH (p)-[:HAS_REVISION]->(r:PolicyRevision)
            RETURN r {.id, .policyId, .number, .title, .documentNumber, .validity, .text, .html, .contentHash, fetchedAt: toString(r.fetchedAt)}
            ORDER BY r.number DESC } AS revisions,
  COLLECT { MATCH (p)-[r:ISSUED_BY]->(o:Organization) WHERE NOT coalesce(r.deleted, false) AND NOT coalesce(o.deleted, false)
            RETURN o {.id, .name} LIMIT 1 }[0] AS issuer,
  COLLECT { MATCH (p)-[rel:REPEALS|REPLACES|AMENDS]-(other:Policy)
            WHERE NOT coalesce(rel.deleted, false) AND ($includeDeleted OR NOT coalesce(other.deleted, false))
            WITH rel, other ORDER BY type(rel), other.id
            RETURN {kind: type(rel), direction: CASE WHEN startNode(rel) = p THEN 'OUT' ELSE 'IN' END, policyId: other.id,
                    policy: ${policyFieldsOf('other')}} } AS links`;

/** Where a policy stands in the list (newest first): its publication date (0000-00-00 when unknown), then its id. */
export type PolicyKeys = readonly [publishedDate: string, id: string];

export const policyKeys = (p: { publishedDate: string | null; id: string }): PolicyKeys => [p.publishedDate ?? '0000-00-00', p.id];

/**
 * Policy nodes with their history: every version is a PolicyRevision; the Policy carries
 * the latest. Reads here; the crawler's save path is in `save.ts`.
 */
export class PolicyRepository {
  constructor(private readonly graph: Graph) {}

  /** Conditional GET state and hash of already stored policies, by id (for a crawl run). */
  async known(ids: readonly string[]): Promise<Map<string, { contentHash: string; etag: string | null; lastModified: string | null }>> {
    const rows = await this.graph.read<{ id: string; contentHash: string; etag: string | null; lastModified: string | null }>(
      `MATCH (p:Policy) WHERE p.id IN $ids RETURN p.id AS id, p.contentHash AS contentHash, p.fetchEtag AS etag, p.fetchLastModified AS lastModified`,
      { ids },
    );
    return new Map(rows.map(({ id, ...rest }) => [id, rest]));
  }

  /** Policies whose page did not change: seen again, nothing else. */
  touch(tx: Tx, ids: readonly string[]): Promise<void> {
    return touchPolicies(tx, ids);
  }

  /** The crawler's save of one fetched page, in the caller's transaction. */
  save(tx: Tx, input: PolicySaveInput): Promise<SaveOutcome> {
    return savePolicy(tx, input);
  }

  async byIds(ids: readonly string[], includeDeleted = false): Promise<(PolicyRecord | null)[]> {
    const rows = await this.graph.read<{ policy: PolicyRecord }>(
      `MATCH (p:Policy) WHERE p.id IN $ids AND ($includeDeleted OR NOT coalesce(p.deleted, false)) RETURN ${POLICY_READ_FIELDS} AS policy`,
      { ids, includeDeleted },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.policy.id, row.policy] as const),
    );
  }

  /** Newest first (publication date, then id), after the policy at `after`; `today` decides `inForce`. */
  async list(
    filter: PolicyFilter,
    page: { first: number; after: PolicyKeys | null },
  ): Promise<{ items: PolicyRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ policy: PolicyRecord }>(listStatement(filter, page.after !== null), {
      level: filter.level ?? null,
      validity: filter.validity ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      issuer: filter.issuer ?? null,
      regionCode: filter.regionCode ?? null,
      industryCode: filter.industryCode ?? null,
      includeDeleted: filter.includeDeleted ?? false,
      inForce: filter.inForce ?? null,
      today: filter.today ?? null,
      after: page.after,
      limit: int(page.first + 1),
    });
    return { items: rows.slice(0, page.first).map((r) => r.policy), hasMore: rows.length > page.first };
  }

  /**
   * Everything a policy's page shows beyond its record, for each id in one statement:
   * attachments, revisions, issuer, and the linked policies with their records.
   */
  async detailsOf(ids: readonly string[], includeDeleted = false): Promise<PolicyDetails[]> {
    const rows = await this.graph.read<PolicyDetails & { id: string }>(
      `UNWIND $ids AS id
       MATCH (p:Policy {id: id})
       RETURN id, ${DETAILS}`,
      { ids, includeDeleted },
    );
    const byId = new Map(rows.map(({ id, ...details }) => [id, details]));
    return ids.map((id) => byId.get(id) ?? NO_DETAILS);
  }

  /** The record and the details of each policy in one statement (a policy's page: one query). */
  async withDetails(ids: readonly string[], includeDeleted = false): Promise<({ policy: PolicyRecord; details: PolicyDetails } | null)[]> {
    const rows = await this.graph.read<PolicyDetails & { policy: PolicyRecord }>(
      `MATCH (p:Policy) WHERE p.id IN $ids AND ($includeDeleted OR NOT coalesce(p.deleted, false))
       RETURN ${POLICY_READ_FIELDS} AS policy, ${DETAILS}`,
      { ids, includeDeleted },
    );
    return alignByKey(
      ids,
      rows.map(({ policy, ...details }) => [policy.id, { policy, details }] as const),
    );
  }

  async revisionsOf(ids: readonly string[]): Promise<PolicyRevisionRecord[][]> {
    const rows = await this.graph.read<{ revision: PolicyRevisionRecord }>(
      `UNWIND $ids AS id
       MATCH (:Policy {id: id})-[:HAS_REVISION]->(r:PolicyRevision)
       RETURN r {.id, .policyId, .number, .title, .documentNumber, .validity, .text, .html, .contentHash, fetchedAt: toString(r.fetchedAt)} AS revision
       ORDER BY r.number DESC`,
      { ids },
    );
    return group(
      ids,
      rows.map((r) => r.revision),
      (r) => r.policyId,
    );
  }

  async attachmentsOf(ids: readonly string[]): Promise<Attachment[][]> {
    const rows = await this.graph.read<{ id: string; attachment: Attachment }>(
      `UNWIND $ids AS id
       MATCH (:Policy {id: id})-[:HAS_ATTACHMENT]->(a:Attachment)
       RETURN id, a {.url, .name, .format} AS attachment ORDER BY a.url`,
      { ids },
    );
    return group(ids, rows, (r) => r.id).map((list) => list.map((r) => r.attachment));
  }

  async industriesOf(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.graph.read<{ id: string; code: string }>(
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[r:SUPPORTS]->(i:Industry) WHERE NOT coalesce(r.deleted, false)
       RETURN id, i.code AS code ORDER BY i.code`,
      { ids },
    );
    return group(ids, rows, (r) => r.id).map((list) => list.map((r) => r.code));
  }

  async issuersOf(ids: readonly string[]): Promise<({ id: string; name: string } | null)[]> {
    const rows = await this.graph.read<{ id: string; org: { id: string; name: string } }>(
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[r:ISSUED_BY]->(o:Organization)
       WHERE NOT coalesce(r.deleted, false) AND NOT coalesce(o.deleted, false)
       RETURN id, o {.id, .name} AS org`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((r) => [r.id, r.org] as const),
    );
  }

  async linksOf(ids: readonly string[], includeDeleted = false): Promise<PolicyLink[][]> {
    const rows = await this.graph.read<{ id: string; link: PolicyLink }>(
      `UNWIND $ids AS id
       MATCH (p:Policy {id: id})-[rel:REPEALS|REPLACES|AMENDS]-(other:Policy)
       WHERE NOT coalesce(rel.deleted, false) AND ($includeDeleted OR NOT coalesce(other.deleted, false))
       RETURN id, {kind: type(rel), direction: CASE WHEN startNode(rel) = p THEN 'OUT' ELSE 'IN' END, policyId: other.id} AS link
       ORDER BY link.kind, other.id`,
      { ids, includeDeleted },
    );
    return group(ids, rows, (r) => r.id).map((list) => list.map((r) => r.link));
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read<{ n: number }>('MATCH (p:Policy) RETURN count(p) AS n');
    return row?.n ?? 0;
  }
}

function group<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
