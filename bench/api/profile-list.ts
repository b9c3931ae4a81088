import neo4j from 'neo4j-driver';
import { IN_FORCE, POLICY_READ_FIELDS } from '../../graph/repositories/policy/cypher.js';
import { listStatement } from '../../graph/repositories/policy/policies.js';
import { PART_OF_PATH } from '../../graph/repositories/within.js';
import type { PolicyFilter } from '../../domain/policy/types.js';
import { openBenchDatabase } from './database.js';

/**
 * PROFILE of the policy list's statement on the generated graph, for the bench's three filter
 * combinations: the current one (only the filters given, the page cut before the projection)
 * beside the catch-all form it replaced. `tsx bench/api/profile-list.ts` (under the machine lock).
 */

const CATCH_ALL = `OPTIONAL MATCH (inRegion:Region)${PART_OF_PATH}(:Region {code: $regionCode})
  WITH collect(inRegion) AS regions
  OPTIONAL MATCH (inIndustry:Industry)${PART_OF_PATH}(:Industry {code: $industryCode})
  WITH regions, collect(inIndustry) AS industries
  MATCH (p:Policy)
  WHERE ($includeDeleted OR NOT coalesce(p.deleted, false))
    AND ($inForce IS NULL OR ${IN_FORCE('p')} = $inForce)
    AND ($level IS NULL OR p.level = $level)
    AND ($validity IS NULL OR p.validity = $validity)
    AND ($from IS NULL OR p.publishedDate >= $from)
    AND ($to IS NULL OR p.publishedDate <= $to)
    AND ($issuer IS NULL OR p.issuer CONTAINS $issuer)
    AND ($regionCode IS NULL OR EXISTS { (p)-[r:IN_REGION]->(x:Region) WHERE x IN regions AND NOT coalesce(r.deleted, false) })
    AND ($industryCode IS NULL OR EXISTS { (p)-[r:SUPPORTS]->(x:Industry) WHERE x IN industries AND NOT coalesce(r.deleted, false) })
  WITH p, coalesce(p.publishedDate, '0000-00-00') AS date
  WHERE $after IS NULL OR date < $after[0] OR (date = $after[0] AND p.id < $after[1])
  RETURN ${POLICY_READ_FIELDS} AS policy ORDER BY date DESC, p.id DESC LIMIT $limit`;

const FILTERS: Record<string, PolicyFilter> = {
  'industry + validity': { industryCode: 'jx-new-energy', validity: '有效' },
  'region + date': { regionCode: '330402', from: '2020-01-01' },
  'issuer + level': { issuer: '科学技术局', level: '区县' },
};

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: Plan[];
}
const totalHits = (p: Plan): number => p.dbHits + p.children.reduce((s, c) => s + totalHits(c), 0);
const operators = (p: Plan): string[] => [`${p.operatorType.replace(/@.*/, '')}(${p.rows})`, ...p.children.flatMap(operators)];

const db = await openBenchDatabase({ seed: 42, scale: 1, heap: '1g', pageCache: '512m', fresh: false, onProgress: console.error });
const driver = neo4j.driver(db.info.uri, neo4j.auth.basic(db.info.user, db.info.password));
try {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  for (const [name, filter] of Object.entries(FILTERS)) {
    const params = {
      level: null,
      validity: null,
      from: null,
      to: null,
      issuer: null,
      regionCode: null,
      industryCode: null,
      includeDeleted: false,
      inForce: null,
      today: null,
      after: null,
      ...filter,
      limit: neo4j.int(21),
    };
    for (const [form, statement] of [
      ['catch-all', CATCH_ALL],
      ['current', listStatement(filter, false)],
    ] as const) {
      for (let i = 0; i < 3; i++) await session.run(statement, params); // plan cache and page cache warm
      const started = process.hrtime.bigint();
      const result = await session.run(`PROFILE ${statement}`, params);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const plan = result.summary.profile as unknown as Plan;
      console.log(`${name} / ${form}: ${result.records.length} rows, ${totalHits(plan)} db hits, ${ms.toFixed(1)} ms`);
      console.log(`  ${operators(plan).join(' < ')}`);
    }
  }
  await session.close();
} finally {
  await driver.close();
  await db.stop();
}
