import { cypher, graphql, pick, type Operation, type Profile } from './request.js';

/** The cross-kind operations: an entity's neighbourhood, search, policy matching. */

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
              edges {
                node {
                  policy {
                    id
                    label
                  }
                  status
                  reasons
                  missing
                }
              }
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

export const EXPLORE_OPERATIONS = [neighbourhood, search, matching];
