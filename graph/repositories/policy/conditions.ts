import { PART_OF_PATH } from '../within.js';
import {
  type Qualification,
  type ConditionField,
  type Conditions,
  type ConditionsRecord,
  type Candidate,
} from '../../../domain/policy/conditions.js';
import { alignByKey } from '../../values.js';
import type { Graph, Tx } from '../../driver.js';
import { IN_FORCE } from './cypher.js';

const FIELDS = [
  'industryCodes',
  'regionCodes',
  'minAgeYears',
  'maxAgeYears',
  'minEmployees',
  'maxEmployees',
  'minRevenue',
  'maxRevenue',
  'minRdStaff',
  'qualifications',
  'talentTypes',
  'validFrom',
  'validUntil',
] as const;

const RECORD = `c {.*, updatedAt: toString(c.updatedAt)}`;

function toRecord(c: Record<string, unknown>): ConditionsRecord {
  const list = (key: string) => (Array.isArray(c[key]) ? (c[key] as string[]) : []);
  const num = (key: string) => (typeof c[key] === 'number' ? c[key] : null);
  const str = (key: string) => (typeof c[key] === 'string' ? c[key] : null);
  return {
    policyId: String(c.policyId),
    version: Number(c.version ?? 1),
    updatedAt: str('updatedAt') ?? '',
    updatedBy: str('updatedBy') ?? '',
    industryCodes: list('industryCodes'),
    regionCodes: list('regionCodes'),
    minAgeYears: num('minAgeYears'),
    maxAgeYears: num('maxAgeYears'),
    minEmployees: num('minEmployees'),
    maxEmployees: num('maxEmployees'),
    minRevenue: num('minRevenue'),
    maxRevenue: num('maxRevenue'),
    minRdStaff: num('minRdStaff'),
    qualifications: list('qualifications') as Qualification[],
    talentTypes: list('talentTypes'),
    validFrom: str('validFrom'),
    validUntil: str('validUntil'),
    clauses: list('clauseFields').map((field, i) => ({ field: field as ConditionField, text: list('clauseTexts')[i] ?? '' })),
  };
}

/**
 * Policies in force on `$today` that could apply to a company in `$industryCodes` (with their
 * ancestors) and `$regionCodes` (the region and its ancestors, or null when unknown). The
 * prefilters drop only policies the matching would refuse anyway: an industry (linked or
 * listed) outside `$industryCodes`, a policy region or listed regions outside `$regionCodes`.
 * Exported for the bare-Cypher peer of bench/api.
 */
export const MATCH_CANDIDATES = `CALL () {
     MATCH (p:Policy)-[:HAS_CONDITIONS]->(:PolicyConditions) RETURN p
     UNION
     MATCH (p:Policy)-[r:SUPPORTS]->(i:Industry) WHERE i.code IN $industryCodes AND NOT coalesce(r.deleted, false) RETURN p
   }
   OPTIONAL MATCH (p)-[:HAS_CONDITIONS]->(c:PolicyConditions)
   WITH p, c, [(p)-[sr:SUPPORTS]->(s:Industry) WHERE NOT coalesce(sr.deleted, false) | s.code] AS supports
   WHERE (size(supports) = 0 AND size(coalesce(c.industryCodes, [])) = 0)
      OR any(code IN supports WHERE code IN $industryCodes)
      OR any(code IN coalesce(c.industryCodes, []) WHERE code IN $industryCodes)
   OPTIONAL MATCH (p)-[rr:IN_REGION]->(r:Region) WHERE NOT coalesce(rr.deleted, false)
   WITH p, c, supports, head(collect(r {.code, .name, .level})) AS region
   WHERE ($regionCodes IS NULL
          OR ((region IS NULL OR region.code IN $regionCodes)
              AND (size(coalesce(c.regionCodes, [])) = 0 OR any(code IN c.regionCodes WHERE code IN $regionCodes))))
     AND ${IN_FORCE('p')}
   RETURN p.id AS policyId, coalesce(p.title, p.id) AS title, supports, region,
          CASE WHEN c IS NULL THEN null ELSE ${RECORD} END AS c`;

export class PolicyConditionsRepository {
  constructor(private readonly graph: Graph) {}

  async policy(tx: Tx, policyId: string): Promise<{ id: string; title: string; text: string; libraryId: string | null } | null> {
    const [row] = await tx.run<{ id: string; title: string; text: string; libraryId: string | null }>(
      `MATCH (p:Policy {id: $policyId}) WHERE NOT coalesce(p.deleted, false)
       RETURN p.id AS id, coalesce(p.title, '') AS title, coalesce(p.text, '') AS text, p.libraryId AS libraryId`,
      { policyId },
    );
    return row ?? null;
  }

  readPolicy(policyId: string) {
    return this.graph.readTx((tx) => this.policy(tx, policyId));
  }

  /** The conditions with their node write-locked (see curation's `lock`), or null when none exist yet. */
  async lock(tx: Tx, policyId: string): Promise<ConditionsRecord | null> {
    const [row] = await tx.run<{ c: Record<string, unknown> }>(
      `MATCH (:Policy {id: $policyId})-[:HAS_CONDITIONS]->(c:PolicyConditions) SET c._lock = true REMOVE c._lock RETURN ${RECORD} AS c`,
      { policyId },
    );
    return row ? toRecord(row.c) : null;
  }

  async save(tx: Tx, policyId: string, conditions: Conditions, actor: string): Promise<ConditionsRecord> {
    const values = {
      ...Object.fromEntries(FIELDS.map((key) => [key, conditions[key]])),
      clauseFields: conditions.clauses.map((c) => c.field),
      clauseTexts: conditions.clauses.map((c) => c.text),
    };
    const [row] = await tx.run<{ c: Record<string, unknown> }>(
      `MATCH (p:Policy {id: $policyId})
       MERGE (p)-[:HAS_CONDITIONS]->(c:PolicyConditions {policyId: $policyId})
       SET c += $values, c.version = coalesce(c.version, 0) + 1, c.updatedAt = datetime(), c.updatedBy = $actor
       RETURN ${RECORD} AS c`,
      { policyId, values, actor },
    );
    return toRecord(row!.c);
  }

  async byPolicyIds(ids: readonly string[]): Promise<(ConditionsRecord | null)[]> {
    const rows = await this.graph.read<{ c: Record<string, unknown> }>(
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[:HAS_CONDITIONS]->(c:PolicyConditions) RETURN ${RECORD} AS c`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((row) => [String(row.c.policyId), toRecord(row.c)] as const),
    );
  }

  /**
   * Policies in force on `today` that could apply: those with conditions, and those
   * supporting one of `industryCodes`.
   */
  async candidates(industryCodes: readonly string[], today: string, regionCodes: readonly string[] | null = null): Promise<Candidate[]> {
    const rows = await this.graph.read<{
      policyId: string;
      title: string;
      supports: string[];
      region: Candidate['region'];
      c: Record<string, unknown> | null;
    }>(MATCH_CANDIDATES, { industryCodes, today, regionCodes });
    return rows.map((row) => ({
      policyId: row.policyId,
      title: row.title,
      supports: row.supports,
      region: row.region,
      conditions: row.c ? toRecord(row.c) : null,
    }));
  }

  /** The codes themselves with every ancestor (PART_OF), for industries or regions. */
  async withAncestors(label: 'Industry' | 'Region', codes: readonly string[]): Promise<{ code: string; name: string; of: string }[]> {
    return this.graph.read<{ code: string; name: string; of: string }>(
      `UNWIND $codes AS code
       MATCH (n:${label} {code: code})${PART_OF_PATH}(a:${label})
       RETURN DISTINCT a.code AS code, a.name AS name, code AS of`,
      { codes },
    );
  }
}
