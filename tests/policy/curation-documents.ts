import { typed } from '../gql/index.js';
import type { PolicyInput } from '../gql/graphql.js';
import type { Client, Reply } from '../support/client.js';

/** The typed documents of the policy curation tests (curation-api, curation-scope), and their helpers. */

export const CREATE = typed(`
  mutation PolicyCurationCreate($i: PolicyInput!) {
    createPolicy(input: $i) {
      id
      title
      documentNumber
      validity
      level
      url
      version
      deleted
      region {
        code
      }
      revisions {
        number
      }
      provenance {
        sourceUrl
        curator {
          id
        }
      }
    }
  }
`);
export const VIEW = typed(`
  query PolicyCurationView($id: ID!) {
    policy(id: $id) {
      title
      html
      provenance {
        curator {
          id
        }
      }
    }
  }
`);
export const HISTORY = typed(`
  query PolicyCurationHistory($id: ID!, $first: Int) {
    policy(id: $id) {
      history(first: $first) {
        edges {
          node {
            action
            entityType
            before
            after
          }
        }
      }
    }
  }
`);
export const AUDIT_BY_ACTOR = typed(`
  query PolicyCurationAuditByActor($a: ID!) {
    auditLog(actor: $a) {
      edges {
        node {
          entityId
        }
      }
    }
  }
`);
export const LAST_AUDIT = typed(`
  query PolicyCurationLastAudit($id: ID!) {
    auditLog(entityId: $id, first: 1) {
      edges {
        node {
          action
          before
          after
        }
      }
    }
  }
`);
export const UPDATE = typed(`
  mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {
    updatePolicy(id: $id, version: $v, patch: $p) {
      title
      version
      curatedFields
    }
  }
`);
export const VERSION = typed(`
  query PolicyCurationVersion($id: ID!) {
    policy(id: $id) {
      version
      title
    }
  }
`);
export const CURATED = typed(`
  query PolicyCurationCurated($id: ID!) {
    policy(id: $id) {
      validity
      category
      version
    }
  }
`);
export const DELETE = typed(`
  mutation PolicyCurationDelete($id: ID!, $v: Int!) {
    deletePolicy(id: $id, version: $v) {
      deleted
      version
    }
  }
`);
export const RESTORE = typed(`
  mutation PolicyCurationRestore($id: ID!, $v: Int!) {
    restorePolicy(id: $id, version: $v) {
      deleted
      version
    }
  }
`);
export const LINK = typed(`
  mutation PolicyCurationLink($i: LinkInput!) {
    link(input: $i) {
      type
      origin
      fromId
      toId
      deleted
      provenance {
        curator {
          id
        }
      }
    }
  }
`);
/** Also for deliberately malformed links (an unknown type): untyped. */
export const LINK_TEXT = 'mutation PolicyCurationLinkMalformed($i: LinkInput!) { link(input: $i) { type } }';
export const UNLINK = typed(`
  mutation PolicyCurationUnlink($i: LinkInput!) {
    unlink(input: $i) {
      type
      deleted
    }
  }
`);
export const CONDITIONS = typed(`
  mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {
    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {
      version
    }
  }
`);
export const CONDITIONS_OF = typed(`
  query PolicyCurationConditionsOf($id: ID!) {
    policyConditions(policyId: $id) {
      version
    }
  }
`);
export const VISIBLE = typed(`
  query PolicyCurationVisible($id: ID!, $p: CompanyProfile!) {
    policy(id: $id) {
      deleted
    }
    policies(first: 100) {
      edges {
        node {
          id
        }
      }
    }
    search(query: "软删除验证", kinds: [POLICY]) {
      edges {
        node {
          id
        }
      }
    }
    neighbourhood(id: $id) {
      nodes {
        id
      }
    }
    matchPolicies(profile: $p) {
      edges {
        node {
          policy {
            id
          }
        }
      }
    }
  }
`);
export const WITH_DELETED = typed(`
  query PolicyCurationWithDeleted {
    policies(first: 100, filter: { includeDeleted: true }) {
      edges {
        node {
          id
          deleted
        }
      }
    }
  }
`);
export const WITH_DELETED_PAGE = typed(`
  query PolicyCurationWithDeletedPage {
    policies(filter: { includeDeleted: true }) {
      pageInfo {
        hasNextPage
      }
    }
  }
`);
export const CREATE_ISSUER = typed(`
  mutation PolicyCurationCreateIssuer {
    createOrganization(input: { name: "海宁市科学技术局", kind: GOVERNMENT }) {
      id
    }
  }
`);
export const LINKED = typed(`
  query PolicyCurationLinked($id: ID!) {
    policy(id: $id) {
      level
      region {
        code
      }
      industries {
        code
      }
      issuerOrganization {
        id
      }
      links {
        kind
        direction
        policy {
          id
        }
      }
    }
  }
`);
export const LINK_KINDS = typed(`
  query PolicyCurationLinkKinds($id: ID!) {
    policy(id: $id) {
      links {
        kind
      }
    }
  }
`);
export const MENTIONS = typed(`
  query NewsCurationMentions($id: ID!) {
    newsItem(id: $id) {
      mentions {
        id
        kind
        name
      }
    }
  }
`);
export const CREATE_PERSON = typed(`
  mutation PolicyCurationCreatePerson {
    createPerson(input: { name: "历史测试" }) {
      id
    }
  }
`);
export const HISTORIES = typed(`
  query PolicyCurationHistories($p: ID!, $e: ID!) {
    policy(id: $p) {
      history {
        edges {
          node {
            action
          }
        }
      }
    }
    person(id: $e) {
      history {
        edges {
          node {
            action
          }
        }
      }
    }
  }
`);
export const PERSON_HISTORY = typed(`
  query PolicyCurationPersonHistory($e: ID!) {
    person(id: $e) {
      history {
        edges {
          node {
            action
          }
        }
      }
    }
  }
`);
export const POLICY_HISTORY = typed(`
  query PolicyCurationPolicyHistory($p: ID!) {
    policy(id: $p) {
      history {
        edges {
          node {
            action
          }
        }
      }
    }
  }
`);

/** The data of a reply that must have succeeded. */
export const must = <T>(reply: Reply<T>): T => {
  if (reply.errors || !reply.data) throw new Error(JSON.stringify(reply.errors));
  return reply.data;
};

/** A policy entered by hand through the API, in 海宁 (330481) unless `extra` says otherwise. */
export async function createPolicy(client: Client, title: string, extra: Partial<PolicyInput> = {}) {
  return must(await client.gql(CREATE, { i: { title, region: '330481', ...extra } })).createPolicy;
}
