import { typed } from '../gql/index.js';

/** The typed documents of the matching tests. */

export const MATCH = typed(`
  query MatchingPolicies($p: CompanyProfile!, $first: Int, $after: String) {
    matchPolicies(profile: $p, first: $first, after: $after) {
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
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
export const SET = typed(`
  mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {
    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {
      version
      minRdStaff
      qualifications
    }
  }
`);
export const CONDITIONS = typed(`
  query MatchingConditions($id: ID!) {
    policyConditions(policyId: $id) {
      version
      qualifications
      clauses {
        field
        text
      }
    }
  }
`);
export const SUGGEST = typed(`
  query MatchingSuggestConditions($id: ID!) {
    suggestPolicyConditions(policyId: $id) {
      minRdStaff
      qualifications
      evidence
      clauses {
        field
        text
      }
    }
  }
`);
export const IN_FORCE_LIST = typed(`
  query MatchingPoliciesInForce($f: Boolean) {
    policies(first: 50, filter: { inForce: $f }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const matchesOf = (reply: { data?: { matchPolicies: { edges: { node: MatchNode }[] } } }) =>
  reply.data!.matchPolicies.edges.map((e) => e.node);
export interface MatchNode {
  policy: { id: string; label: string };
  status: string;
  reasons: string[];
  missing: string[];
}
