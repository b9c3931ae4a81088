import { cypher, graphql, pick, type Operation, type PolicyListParams } from './request.js';

/** The policy operations: an industry's page, the filtered policy list, a policy's detail. */

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
              edges {
                node {
                  id
                  title
                  publishedDate
                  issuer
                  validity
                }
              }
              pageInfo {
                hasNextPage
              }
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
              edges {
                node {
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
              pageInfo {
                hasNextPage
                endCursor
              }
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

export const POLICY_OPERATIONS = [industryPage, policyList, policyDetail];
