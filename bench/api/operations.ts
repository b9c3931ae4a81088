import type { Graph } from '../../graph/driver.js';
import { seededRandom } from '../../topics/cluster/random.js';
import { EXPLORE_OPERATIONS } from './operations/explore.js';
import { POLICY_OPERATIONS } from './operations/policies.js';
import type { Operation, Pools } from './operations/request.js';

/**
 * The representative operations, each as a request to every target: Hechuang's GraphQL API,
 * the same data through @neo4j/graphql's generated API, and bare Cypher endpoints. Every
 * operation draws its parameters from pools sampled from the generated graph, in the same
 * seeded order for every target.
 */

export {
  requestFor,
  TARGETS,
  unsupportedFor,
  type HttpRequest,
  type Operation,
  type Pools,
  type Profile,
  type TargetName,
} from './operations/request.js';

export const OPERATIONS = [...POLICY_OPERATIONS, ...EXPLORE_OPERATIONS] as unknown as Operation<unknown>[];

/** Parameter pools drawn from the generated graph (live entities and policies only). */
export async function samplePools(graph: Graph, seed: number): Promise<Pools> {
  const random = seededRandom(seed);
  const column = async (cypher: string) => (await graph.read<{ v: string }>(cypher)).map((r) => r.v);
  const shuffle = <T>(list: T[]) =>
    list
      .map((v) => [random(), v] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => v);
  const keywords = await column(
    'MATCH (d:Document) WITH d LIMIT 5000 UNWIND d.keywords AS v WITH DISTINCT v WHERE size(v) >= 2 AND size(v) <= 6 RETURN v',
  );
  const industryNames = await column("MATCH (i:Industry) RETURN replace(replace(i.name, '产业', ''), '业', '') AS v");
  return {
    industries: await column('MATCH (i:Industry) RETURN i.code AS v ORDER BY v'),
    regions: await column("MATCH (r:Region) WHERE r.level IN ['COUNTY', 'CITY'] RETURN r.code AS v ORDER BY v"),
    policyIds: shuffle(await column('MATCH (p:Policy) RETURN p.id AS v ORDER BY v')).slice(0, 2_000),
    entityIds: shuffle(
      await column(
        `CALL () { MATCH (n:Person) RETURN n UNION MATCH (n:Organization) WHERE n.kind <> 'GOVERNMENT' RETURN n UNION MATCH (n:Project) RETURN n }
         WITH n WHERE NOT n.deleted RETURN n.id AS v ORDER BY v`,
      ),
    ).slice(0, 2_000),
    searchTerms: shuffle([...shuffle(keywords).slice(0, 400), ...industryNames.filter((n) => n.length >= 2)]),
  };
}
