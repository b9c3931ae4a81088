/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n": typeof types.WebCliIndustriesDocument,
    "\n  mutation CrawlSourceNow($id: ID!) {\n    crawlSource(id: $id) {\n      sourceId\n      skippedBecause\n      disabled\n      run {\n        status\n        fetched\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n": typeof types.CrawlSourceNowDocument,
    "\n  mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {\n    setSourceEnabled(id: $id, enabled: $on, reason: $why) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": typeof types.SourceSwitchDocument,
    "\n  query CrawledPolicies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      items {\n        id\n        title\n        documentNumber\n        validity\n        level\n        region {\n          code\n        }\n        industries {\n          code\n        }\n        issuerOrganization {\n          name\n        }\n        revisions {\n          number\n        }\n        attachments {\n          format\n        }\n        links {\n          kind\n          direction\n          policy {\n            documentNumber\n          }\n        }\n        source {\n          id\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": typeof types.CrawledPoliciesDocument,
    "\n  query CrawledPoliciesNext($after: String) {\n    policies(first: 2, after: $after) {\n      items {\n        documentNumber\n        links {\n          kind\n          direction\n        }\n      }\n      hasMore\n    }\n  }\n": typeof types.CrawledPoliciesNextDocument,
    "\n  query CrawledPoliciesFiltered($filter: PolicyFilter) {\n    policies(filter: $filter) {\n      items {\n        documentNumber\n      }\n    }\n  }\n": typeof types.CrawledPoliciesFilteredDocument,
    "\n  query CrawledPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n      revisions {\n        number\n        title\n        validity\n      }\n    }\n  }\n": typeof types.CrawledPolicyDocument,
    "\n  query CrawledNews($filter: NewsFilter) {\n    news(filter: $filter) {\n      items {\n        title\n        level\n        mentions {\n          id\n          kind\n        }\n        source {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CrawledNewsDocument,
    "\n  query SourceHealthList {\n    sources {\n      edges {\n        node {\n          id\n          kind\n          itemType\n          errorCount\n          lastCheckedAt\n          runs(first: 3) {\n            edges {\n              node {\n                status\n                new\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SourceHealthListDocument,
    "\n  query CrawlRunsOfSource($source: ID) {\n    crawlRuns(source: $source) {\n      edges {\n        node {\n          sourceId\n          messages\n        }\n      }\n    }\n  }\n": typeof types.CrawlRunsOfSourceDocument,
    "\n  query SourcePage($first: Int, $after: String, $enabled: Boolean) {\n    sources(first: $first, after: $after, enabled: $enabled) {\n      edges {\n        cursor\n        node {\n          id\n          enabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SourcePageDocument,
    "\n  query SourceRunsPage($id: ID!, $first: Int) {\n    source(id: $id) {\n      runs(first: $first) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SourceRunsPageDocument,
    "\n  query CrawlRunPage($source: ID, $first: Int, $after: String) {\n    crawlRuns(source: $source, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          startedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrawlRunPageDocument,
    "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n": typeof types.WebPagesSetConditionsDocument,
    "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n": typeof types.WebWorkbenchPersonDocument,
    "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.WebWorkbenchCreatePersonDocument,
    "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n": typeof types.WebWorkbenchUpdatePersonDocument,
};
const documents: Documents = {
    "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n": types.WebCliIndustriesDocument,
    "\n  mutation CrawlSourceNow($id: ID!) {\n    crawlSource(id: $id) {\n      sourceId\n      skippedBecause\n      disabled\n      run {\n        status\n        fetched\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n": types.CrawlSourceNowDocument,
    "\n  mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {\n    setSourceEnabled(id: $id, enabled: $on, reason: $why) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": types.SourceSwitchDocument,
    "\n  query CrawledPolicies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      items {\n        id\n        title\n        documentNumber\n        validity\n        level\n        region {\n          code\n        }\n        industries {\n          code\n        }\n        issuerOrganization {\n          name\n        }\n        revisions {\n          number\n        }\n        attachments {\n          format\n        }\n        links {\n          kind\n          direction\n          policy {\n            documentNumber\n          }\n        }\n        source {\n          id\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": types.CrawledPoliciesDocument,
    "\n  query CrawledPoliciesNext($after: String) {\n    policies(first: 2, after: $after) {\n      items {\n        documentNumber\n        links {\n          kind\n          direction\n        }\n      }\n      hasMore\n    }\n  }\n": types.CrawledPoliciesNextDocument,
    "\n  query CrawledPoliciesFiltered($filter: PolicyFilter) {\n    policies(filter: $filter) {\n      items {\n        documentNumber\n      }\n    }\n  }\n": types.CrawledPoliciesFilteredDocument,
    "\n  query CrawledPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n      revisions {\n        number\n        title\n        validity\n      }\n    }\n  }\n": types.CrawledPolicyDocument,
    "\n  query CrawledNews($filter: NewsFilter) {\n    news(filter: $filter) {\n      items {\n        title\n        level\n        mentions {\n          id\n          kind\n        }\n        source {\n          name\n        }\n      }\n    }\n  }\n": types.CrawledNewsDocument,
    "\n  query SourceHealthList {\n    sources {\n      edges {\n        node {\n          id\n          kind\n          itemType\n          errorCount\n          lastCheckedAt\n          runs(first: 3) {\n            edges {\n              node {\n                status\n                new\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SourceHealthListDocument,
    "\n  query CrawlRunsOfSource($source: ID) {\n    crawlRuns(source: $source) {\n      edges {\n        node {\n          sourceId\n          messages\n        }\n      }\n    }\n  }\n": types.CrawlRunsOfSourceDocument,
    "\n  query SourcePage($first: Int, $after: String, $enabled: Boolean) {\n    sources(first: $first, after: $after, enabled: $enabled) {\n      edges {\n        cursor\n        node {\n          id\n          enabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SourcePageDocument,
    "\n  query SourceRunsPage($id: ID!, $first: Int) {\n    source(id: $id) {\n      runs(first: $first) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SourceRunsPageDocument,
    "\n  query CrawlRunPage($source: ID, $first: Int, $after: String) {\n    crawlRuns(source: $source, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          startedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrawlRunPageDocument,
    "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n": types.WebPagesSetConditionsDocument,
    "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n": types.WebWorkbenchPersonDocument,
    "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.WebWorkbenchCreatePersonDocument,
    "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n": types.WebWorkbenchUpdatePersonDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n"): typeof import('./graphql.js').WebCliIndustriesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation CrawlSourceNow($id: ID!) {\n    crawlSource(id: $id) {\n      sourceId\n      skippedBecause\n      disabled\n      run {\n        status\n        fetched\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawlSourceNowDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {\n    setSourceEnabled(id: $id, enabled: $on, reason: $why) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n"): typeof import('./graphql.js').SourceSwitchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPolicies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      items {\n        id\n        title\n        documentNumber\n        validity\n        level\n        region {\n          code\n        }\n        industries {\n          code\n        }\n        issuerOrganization {\n          name\n        }\n        revisions {\n          number\n        }\n        attachments {\n          format\n        }\n        links {\n          kind\n          direction\n          policy {\n            documentNumber\n          }\n        }\n        source {\n          id\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n"): typeof import('./graphql.js').CrawledPoliciesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPoliciesNext($after: String) {\n    policies(first: 2, after: $after) {\n      items {\n        documentNumber\n        links {\n          kind\n          direction\n        }\n      }\n      hasMore\n    }\n  }\n"): typeof import('./graphql.js').CrawledPoliciesNextDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPoliciesFiltered($filter: PolicyFilter) {\n    policies(filter: $filter) {\n      items {\n        documentNumber\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledPoliciesFilteredDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n      revisions {\n        number\n        title\n        validity\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledPolicyDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledNews($filter: NewsFilter) {\n    news(filter: $filter) {\n      items {\n        title\n        level\n        mentions {\n          id\n          kind\n        }\n        source {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledNewsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query SourceHealthList {\n    sources {\n      edges {\n        node {\n          id\n          kind\n          itemType\n          errorCount\n          lastCheckedAt\n          runs(first: 3) {\n            edges {\n              node {\n                status\n                new\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SourceHealthListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawlRunsOfSource($source: ID) {\n    crawlRuns(source: $source) {\n      edges {\n        node {\n          sourceId\n          messages\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawlRunsOfSourceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query SourcePage($first: Int, $after: String, $enabled: Boolean) {\n    sources(first: $first, after: $after, enabled: $enabled) {\n      edges {\n        cursor\n        node {\n          id\n          enabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').SourcePageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query SourceRunsPage($id: ID!, $first: Int) {\n    source(id: $id) {\n      runs(first: $first) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SourceRunsPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawlRunPage($source: ID, $first: Int, $after: String) {\n    crawlRuns(source: $source, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          startedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawlRunPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebPagesSetConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchPersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchUpdatePersonDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
