import type { Graph } from '../../graph/driver.js';
import { seededRandom } from '../../topics/cluster/random.js';

/**
 * The representative operations, each as a request to every target: Hechuang's GraphQL API,
 * the same data through @neo4j/graphql's generated API, and bare Cypher endpoints. Every
 * operation draws its parameters from pools sampled from the generated graph, in the same
 * seeded order for every target.
 */

export type TargetName = 'hechuang' | 'neo4j-graphql' | 'cypher';
export const TARGETS: readonly TargetName[] = ['hechuang', 'neo4j-graphql', 'cypher'];

export interface HttpRequest {
  path: string;
  body: string;
}

type PolicyListParams =
  | { kind: 'industry'; code: string; validity: 'VALID' }
  | { kind: 'region'; code: string; from: string }
  | { kind: 'issuer'; issuer: string; level: 'COUNTY' };

export interface Profile {
  industries: string[];
  region: string;
  foundedOn: string;
  employees: number;
  revenue: number;
  rdStaff: number;
  qualifications: string[];
}

export interface Operation<P = unknown> {
  name: string;
  describe: string;
  params(random: () => number, pools: Pools): P;
  /** null: the target cannot express the operation fairly; `unsupported` says why. */
  request: Record<TargetName, ((params: P) => HttpRequest) | null>;
  unsupported?: Partial<Record<TargetName, string>>;
}

export interface Pools {
  industries: string[];
  /** Counties and the city: policy list filters by region include the regions inside. */
  regions: string[];
  policyIds: string[];
  entityIds: string[];
  searchTerms: string[];
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const graphql = (query: string, variables: Record<string, unknown>): HttpRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const cypher = (name: string, params: unknown): HttpRequest => ({ path: `/cypher/${name}`, body: JSON.stringify(params) });

const VALIDITY_STORED = { VALID: '有效' } as const;
const LEVEL_STORED = { COUNTY: '区县' } as const;

/**
 * @neo4j/graphql has no variable-length filter: "this code or any ancestor up to three PART_OF
 * steps away" (Hechuang's `PART_OF*0..3`) becomes nested `parent: { some: … }` filters.
 */
function selfOrAncestorIs(code: string, depth = 3): Record<string, unknown> {
  const filters: Record<string, unknown>[] = [{ code: { eq: code } }];
  let nested: Record<string, unknown> = { code: { eq: code } };
  for (let level = 0; level < depth; level++) {
    nested = { parent: { some: nested } };
    filters.push(nested);
  }
  return { OR: filters };
}
const industryOrChildOf = (code: string) => selfOrAncestorIs(code);
const regionOrInside = (code: string) => selfOrAncestorIs(code);

const industryPage: Operation<{ code: string }> = {
  name: 'industry page',
  describe: 'an industry with parent, children and regions, and its 10 latest policies',
  params: (random, pools) => ({ code: pick(random, pools.industries) }),
  request: {
    hechuang: ({ code }) =>
      graphql(
        `
          query IndustryPage($code: ID!) {
            industry(code: $code) {
              code
              name
              description
              tier
              keywords
              parent {
                code
                name
              }
              children {
                code
                name
              }
              regions {
                code
                name
              }
            }
            policies(filter: { industry: $code }, first: 10) {
              items {
                id
                title
                publishedDate
                issuer
                validity
              }
              hasMore
            }
          }
        `,
        { code },
      ),
    'neo4j-graphql': ({ code }) =>
      graphql(
        `
          query IndustryPage($code: ID!, $policyWhere: PolicyWhere) {
            industries(where: { code: { eq: $code } }) {
              code
              name
              description
              tier
              keywords
              parent {
                code
                name
              }
              children {
                code
                name
              }
              regions {
                code
                name
              }
            }
            policies(where: $policyWhere, sort: [{ publishedDate: DESC }, { id: DESC }], limit: 11) {
              id
              title
              publishedDate
              issuer
              validity
            }
          }
        `,
        { code, policyWhere: { industries: { some: industryOrChildOf(code) } } },
      ),
    cypher: (params) => cypher('industry-page', params),
  },
};

const policyList: Operation<PolicyListParams> = {
  name: 'policy list',
  describe: '20 latest policies by industry + validity, region + date, or issuer + level, with region and industries',
  params: (random, pools) => {
    const variant = Math.floor(random() * 3);
    if (variant === 0) return { kind: 'industry', code: pick(random, pools.industries), validity: 'VALID' };
    if (variant === 1) return { kind: 'region', code: pick(random, pools.regions), from: `${2015 + Math.floor(random() * 9)}-01-01` };
    return { kind: 'issuer', issuer: pick(random, ['科学技术局', '经济和信息化局', '财政局', '商务局']), level: 'COUNTY' };
  },
  request: {
    hechuang: (p) =>
      graphql(
        `
          query PolicyList($filter: PolicyFilter) {
            policies(filter: $filter, first: 20) {
              items {
                id
                title
                documentNumber
                issuer
                publishedDate
                validity
                level
                region {
                  code
                  name
                }
                industries {
                  code
                  name
                }
              }
              hasMore
              endCursor
            }
          }
        `,
        {
          filter:
            p.kind === 'industry'
              ? { industry: p.code, validity: p.validity }
              : p.kind === 'region'
                ? { region: p.code, from: p.from }
                : { issuer: p.issuer, level: p.level },
        },
      ),
    'neo4j-graphql': (p) =>
      graphql(
        `
          query PolicyList($where: PolicyWhere) {
            policies(where: $where, sort: [{ publishedDate: DESC }, { id: DESC }], limit: 21) {
              id
              title
              documentNumber
              issuer
              publishedDate
              validity
              level
              region {
                code
                name
              }
              industries {
                code
                name
              }
            }
          }
        `,
        {
          where:
            p.kind === 'industry'
              ? { validity: { eq: VALIDITY_STORED[p.validity] }, industries: { some: industryOrChildOf(p.code) } }
              : p.kind === 'region'
                ? { publishedDate: { gte: p.from }, region: { some: regionOrInside(p.code) } }
                : { issuer: { contains: p.issuer }, level: { eq: LEVEL_STORED[p.level] } },
        },
      ),
    cypher: (params) => cypher('policy-list', params),
  },
};

const LINKED = 'id title documentNumber';
const policyDetail: Operation<{ id: string }> = {
  name: 'policy detail',
  describe: 'one policy with text, region, industries, issuer, attachments, revisions and linked policies',
  params: (random, pools) => ({ id: pick(random, pools.policyIds) }),
  request: {
    hechuang: ({ id }) =>
      graphql(
        `query PolicyDetail($id: ID!) {
          policy(id: $id) {
            id url title documentNumber issuer writtenDate publishedDate validity level text
            region { code name } industries { code name } issuerOrganization { id name }
            attachments { url name format } revisions { number title fetchedAt }
            links { kind direction policy { ${LINKED} } }
          }
        }`,
        { id },
      ),
    'neo4j-graphql': ({ id }) =>
      graphql(
        `query PolicyDetail($id: ID!) {
          policies(where: { id: { eq: $id } }) {
            id url title documentNumber issuer writtenDate publishedDate validity level text
            region { code name } industries { code name } issuedBy { id name }
            attachments { url name format } revisions { number title fetchedAt }
            repeals { ${LINKED} } repealedBy { ${LINKED} } replaces { ${LINKED} } replacedBy { ${LINKED} } amends { ${LINKED} } amendedBy { ${LINKED} }
          }
        }`,
        { id },
      ),
    cypher: (params) => cypher('policy-detail', params),
  },
};

const neighbourhood: Operation<{ id: string }> = {
  name: 'entity neighbourhood',
  describe: 'two hops around a person, organisation or project, at most 50 nodes',
  params: (random, pools) => ({ id: pick(random, pools.entityIds) }),
  request: {
    hechuang: ({ id }) =>
      graphql(
        `
          query Neighbourhood($id: ID!) {
            neighbourhood(id: $id, hops: 2, limit: 50) {
              nodes {
                id
                kind
                label
              }
              edges {
                from
                to
                type
              }
              truncated
            }
          }
        `,
        { id },
      ),
    'neo4j-graphql': ({ id }) =>
      graphql(
        `
          query Neighbourhood($id: ID!) {
            neighbourhood(id: $id, limit: 50) {
              nodes {
                id
                kind
                label
              }
              edges {
                from
                to
                type
              }
            }
          }
        `,
        { id },
      ),
    cypher: (params) => cypher('neighbourhood', params),
  },
};

const HIT = 'score node';
const search: Operation<{ q: string }> = {
  name: 'search',
  describe: 'full text over people, organisations, projects, policies, documents and news; best 10',
  params: (random, pools) => ({ q: pick(random, pools.searchTerms) }),
  request: {
    hechuang: ({ q }) =>
      graphql(
        `
          query Search($q: String!) {
            search(query: $q, first: 10) {
              edges {
                score
                node {
                  id
                  kind
                  label
                }
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        `,
        { q },
      ),
    // The generated API has one query per index: six fields of 10 hits each (the client merges).
    'neo4j-graphql': ({ q }) =>
      graphql(
        `query Search($q: String!) {
          people: peopleByText(phrase: $q, first: 10, where: { node: { deleted: { eq: false } } }) { edges { ${HIT} { id name } } }
          organizations: organizationsByText(phrase: $q, first: 10, where: { node: { deleted: { eq: false } } }) { edges { ${HIT} { id name } } }
          projects: projectsByText(phrase: $q, first: 10, where: { node: { deleted: { eq: false } } }) { edges { ${HIT} { id name } } }
          policies: policiesByText(phrase: $q, first: 10) { edges { ${HIT} { id title } } }
          documents: documentsByText(phrase: $q, first: 10) { edges { ${HIT} { id title } } }
          news: newsByText(phrase: $q, first: 10) { edges { ${HIT} { id title } } }
        }`,
        { q },
      ),
    cypher: (params) => cypher('search', params),
  },
};

const matching: Operation<{ profile: Profile }> = {
  name: 'policy matching',
  describe: 'policies in force for a company profile, ranked with reasons (20)',
  params: (random, pools) => ({
    profile: {
      industries: [pick(random, pools.industries)],
      region: pick(random, pools.regions),
      foundedOn: `${2012 + Math.floor(random() * 13)}-06-01`,
      employees: 5 + Math.floor(random() * 300),
      revenue: Math.floor(random() * 5_000),
      rdStaff: Math.floor(random() * 40),
      qualifications: random() < 0.5 ? ['TECH_SME'] : [],
    },
  }),
  request: {
    hechuang: ({ profile }) =>
      graphql(
        `
          query Match($profile: CompanyProfile!) {
            matchPolicies(profile: $profile, first: 20) {
              policy {
                id
                label
              }
              status
              reasons
              missing
            }
          }
        `,
        { profile },
      ),
    'neo4j-graphql': null,
    cypher: (params) => cypher('match', params),
  },
  unsupported: {
    'neo4j-graphql':
      'n/a: matching evaluates conditions, ages and ranks in application code; a generated CRUD API has no equivalent short of moving all of it into one @cypher statement',
  },
};

export const OPERATIONS = [industryPage, policyList, policyDetail, neighbourhood, search, matching] as unknown as Operation<unknown>[];

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
