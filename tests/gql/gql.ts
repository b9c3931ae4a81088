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
    "\n  mutation PolicyCurationCreate($i: PolicyInput!) {\n    createPolicy(input: $i) {\n      id\n      title\n      documentNumber\n      validity\n      level\n      url\n      version\n      deleted\n      region {\n        code\n      }\n      revisions {\n        number\n      }\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationCreateDocument,
    "\n  query PolicyCurationView($id: ID!) {\n    policy(id: $id) {\n      title\n      html\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationViewDocument,
    "\n  query PolicyCurationHistory($id: ID!, $first: Int) {\n    policy(id: $id) {\n      history(first: $first) {\n        action\n        entityType\n        before\n        after\n      }\n    }\n  }\n": typeof types.PolicyCurationHistoryDocument,
    "\n  query PolicyCurationAuditByActor($a: ID!) {\n    auditLog(actor: $a) {\n      nodes {\n        entityId\n      }\n    }\n  }\n": typeof types.PolicyCurationAuditByActorDocument,
    "\n  query PolicyCurationLastAudit($id: ID!) {\n    auditLog(entityId: $id, first: 1) {\n      nodes {\n        action\n        before\n        after\n      }\n    }\n  }\n": typeof types.PolicyCurationLastAuditDocument,
    "\n  mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      title\n      version\n      curatedFields\n    }\n  }\n": typeof types.PolicyCurationUpdateDocument,
    "\n  query PolicyCurationVersion($id: ID!) {\n    policy(id: $id) {\n      version\n      title\n    }\n  }\n": typeof types.PolicyCurationVersionDocument,
    "\n  query PolicyCurationCurated($id: ID!) {\n    policy(id: $id) {\n      validity\n      category\n      version\n    }\n  }\n": typeof types.PolicyCurationCuratedDocument,
    "\n  mutation PolicyCurationDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": typeof types.PolicyCurationDeleteDocument,
    "\n  mutation PolicyCurationRestore($id: ID!, $v: Int!) {\n    restorePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": typeof types.PolicyCurationRestoreDocument,
    "\n  mutation PolicyCurationLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      fromId\n      toId\n      deleted\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationLinkDocument,
    "\n  mutation PolicyCurationUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      deleted\n    }\n  }\n": typeof types.PolicyCurationUnlinkDocument,
    "\n  mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n    }\n  }\n": typeof types.PolicyCurationConditionsDocument,
    "\n  query PolicyCurationConditionsOf($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n    }\n  }\n": typeof types.PolicyCurationConditionsOfDocument,
    "\n  query PolicyCurationVisible($id: ID!, $p: CompanyProfile!) {\n    policy(id: $id) {\n      deleted\n    }\n    policies(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    search(query: \"软删除验证\", kinds: [POLICY]) {\n      hits {\n        node {\n          id\n        }\n      }\n    }\n    neighbourhood(id: $id) {\n      nodes {\n        id\n      }\n    }\n    matchPolicies(profile: $p) {\n      edges {\n        node {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationVisibleDocument,
    "\n  query PolicyCurationWithDeleted {\n    policies(first: 100, filter: { includeDeleted: true }) {\n      edges {\n        node {\n          id\n          deleted\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationWithDeletedDocument,
    "\n  query PolicyCurationWithDeletedPage {\n    policies(filter: { includeDeleted: true }) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PolicyCurationWithDeletedPageDocument,
    "\n  mutation PolicyCurationCreateIssuer {\n    createOrganization(input: { name: \"海宁市科学技术局\", kind: GOVERNMENT }) {\n      id\n    }\n  }\n": typeof types.PolicyCurationCreateIssuerDocument,
    "\n  query PolicyCurationLinked($id: ID!) {\n    policy(id: $id) {\n      level\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n      }\n      links {\n        kind\n        direction\n        policy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationLinkedDocument,
    "\n  query PolicyCurationLinkKinds($id: ID!) {\n    policy(id: $id) {\n      links {\n        kind\n      }\n    }\n  }\n": typeof types.PolicyCurationLinkKindsDocument,
    "\n  query NewsCurationMentions($id: ID!) {\n    newsItem(id: $id) {\n      mentions {\n        id\n        kind\n        name\n      }\n    }\n  }\n": typeof types.NewsCurationMentionsDocument,
    "\n  mutation PolicyCurationCreatePerson {\n    createPerson(input: { name: \"历史测试\" }) {\n      id\n    }\n  }\n": typeof types.PolicyCurationCreatePersonDocument,
    "\n  query PolicyCurationHistories($p: ID!, $e: ID!) {\n    policy(id: $p) {\n      history {\n        action\n      }\n    }\n    person(id: $e) {\n      history {\n        action\n      }\n    }\n  }\n": typeof types.PolicyCurationHistoriesDocument,
    "\n  query PolicyCurationPersonHistory($e: ID!) {\n    person(id: $e) {\n      history {\n        action\n      }\n    }\n  }\n": typeof types.PolicyCurationPersonHistoryDocument,
    "\n  query PolicyCurationPolicyHistory($p: ID!) {\n    policy(id: $p) {\n      history {\n        action\n      }\n    }\n  }\n": typeof types.PolicyCurationPolicyHistoryDocument,
    "\n  query MatchingPolicies($p: CompanyProfile!, $first: Int, $after: String) {\n    matchPolicies(profile: $p, first: $first, after: $after) {\n      edges {\n        node {\n          policy {\n            id\n            label\n          }\n          status\n          reasons\n          missing\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MatchingPoliciesDocument,
    "\n  mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n      minRdStaff\n      qualifications\n    }\n  }\n": typeof types.MatchingSetConditionsDocument,
    "\n  query MatchingConditions($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n      qualifications\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": typeof types.MatchingConditionsDocument,
    "\n  query MatchingSuggestConditions($id: ID!) {\n    suggestPolicyConditions(policyId: $id) {\n      minRdStaff\n      qualifications\n      evidence\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": typeof types.MatchingSuggestConditionsDocument,
    "\n  query MatchingPoliciesInForce($f: Boolean) {\n    policies(first: 50, filter: { inForce: $f }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatchingPoliciesInForceDocument,
    "\n  query PolicyRecrawlRead($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      validity\n      expiryDate\n      category\n      text\n      version\n      curatedFields\n      revision\n      revisions {\n        number\n        title\n      }\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PolicyRecrawlReadDocument,
    "\n  mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      version\n      expiryDate\n      curatedFields\n      region {\n        code\n      }\n    }\n  }\n": typeof types.PolicyRecrawlUpdateDocument,
    "\n  mutation PolicyRecrawlLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": typeof types.PolicyRecrawlLinkDocument,
    "\n  mutation PolicyRecrawlUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": typeof types.PolicyRecrawlUnlinkDocument,
    "\n  mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": typeof types.PolicyRecrawlCreateOrganizationDocument,
    "\n  query PolicyRecrawlOrganization($id: ID!) {\n    organization(id: $id) {\n      name\n      version\n      deleted\n      aliases\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyRecrawlOrganizationDocument,
    "\n  mutation PolicyRecrawlEditOrganization($id: ID!) {\n    updateOrganization(id: $id, version: 1, patch: { aliases: [\"市政府\"], kind: GOVERNMENT }) {\n      version\n      aliases\n    }\n  }\n": typeof types.PolicyRecrawlEditOrganizationDocument,
    "\n  query PolicyRecrawlOrganizations {\n    organizations(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PolicyRecrawlOrganizationsDocument,
    "\n  mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {\n    mergeOrganizations(keep: $k, duplicate: $d) {\n      aliases\n    }\n  }\n": typeof types.PolicyRecrawlMergeOrganizationsDocument,
};
const documents: Documents = {
    "\n  mutation PolicyCurationCreate($i: PolicyInput!) {\n    createPolicy(input: $i) {\n      id\n      title\n      documentNumber\n      validity\n      level\n      url\n      version\n      deleted\n      region {\n        code\n      }\n      revisions {\n        number\n      }\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationCreateDocument,
    "\n  query PolicyCurationView($id: ID!) {\n    policy(id: $id) {\n      title\n      html\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationViewDocument,
    "\n  query PolicyCurationHistory($id: ID!, $first: Int) {\n    policy(id: $id) {\n      history(first: $first) {\n        action\n        entityType\n        before\n        after\n      }\n    }\n  }\n": types.PolicyCurationHistoryDocument,
    "\n  query PolicyCurationAuditByActor($a: ID!) {\n    auditLog(actor: $a) {\n      nodes {\n        entityId\n      }\n    }\n  }\n": types.PolicyCurationAuditByActorDocument,
    "\n  query PolicyCurationLastAudit($id: ID!) {\n    auditLog(entityId: $id, first: 1) {\n      nodes {\n        action\n        before\n        after\n      }\n    }\n  }\n": types.PolicyCurationLastAuditDocument,
    "\n  mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      title\n      version\n      curatedFields\n    }\n  }\n": types.PolicyCurationUpdateDocument,
    "\n  query PolicyCurationVersion($id: ID!) {\n    policy(id: $id) {\n      version\n      title\n    }\n  }\n": types.PolicyCurationVersionDocument,
    "\n  query PolicyCurationCurated($id: ID!) {\n    policy(id: $id) {\n      validity\n      category\n      version\n    }\n  }\n": types.PolicyCurationCuratedDocument,
    "\n  mutation PolicyCurationDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": types.PolicyCurationDeleteDocument,
    "\n  mutation PolicyCurationRestore($id: ID!, $v: Int!) {\n    restorePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": types.PolicyCurationRestoreDocument,
    "\n  mutation PolicyCurationLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      fromId\n      toId\n      deleted\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationLinkDocument,
    "\n  mutation PolicyCurationUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      deleted\n    }\n  }\n": types.PolicyCurationUnlinkDocument,
    "\n  mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n    }\n  }\n": types.PolicyCurationConditionsDocument,
    "\n  query PolicyCurationConditionsOf($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n    }\n  }\n": types.PolicyCurationConditionsOfDocument,
    "\n  query PolicyCurationVisible($id: ID!, $p: CompanyProfile!) {\n    policy(id: $id) {\n      deleted\n    }\n    policies(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    search(query: \"软删除验证\", kinds: [POLICY]) {\n      hits {\n        node {\n          id\n        }\n      }\n    }\n    neighbourhood(id: $id) {\n      nodes {\n        id\n      }\n    }\n    matchPolicies(profile: $p) {\n      edges {\n        node {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PolicyCurationVisibleDocument,
    "\n  query PolicyCurationWithDeleted {\n    policies(first: 100, filter: { includeDeleted: true }) {\n      edges {\n        node {\n          id\n          deleted\n        }\n      }\n    }\n  }\n": types.PolicyCurationWithDeletedDocument,
    "\n  query PolicyCurationWithDeletedPage {\n    policies(filter: { includeDeleted: true }) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.PolicyCurationWithDeletedPageDocument,
    "\n  mutation PolicyCurationCreateIssuer {\n    createOrganization(input: { name: \"海宁市科学技术局\", kind: GOVERNMENT }) {\n      id\n    }\n  }\n": types.PolicyCurationCreateIssuerDocument,
    "\n  query PolicyCurationLinked($id: ID!) {\n    policy(id: $id) {\n      level\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n      }\n      links {\n        kind\n        direction\n        policy {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationLinkedDocument,
    "\n  query PolicyCurationLinkKinds($id: ID!) {\n    policy(id: $id) {\n      links {\n        kind\n      }\n    }\n  }\n": types.PolicyCurationLinkKindsDocument,
    "\n  query NewsCurationMentions($id: ID!) {\n    newsItem(id: $id) {\n      mentions {\n        id\n        kind\n        name\n      }\n    }\n  }\n": types.NewsCurationMentionsDocument,
    "\n  mutation PolicyCurationCreatePerson {\n    createPerson(input: { name: \"历史测试\" }) {\n      id\n    }\n  }\n": types.PolicyCurationCreatePersonDocument,
    "\n  query PolicyCurationHistories($p: ID!, $e: ID!) {\n    policy(id: $p) {\n      history {\n        action\n      }\n    }\n    person(id: $e) {\n      history {\n        action\n      }\n    }\n  }\n": types.PolicyCurationHistoriesDocument,
    "\n  query PolicyCurationPersonHistory($e: ID!) {\n    person(id: $e) {\n      history {\n        action\n      }\n    }\n  }\n": types.PolicyCurationPersonHistoryDocument,
    "\n  query PolicyCurationPolicyHistory($p: ID!) {\n    policy(id: $p) {\n      history {\n        action\n      }\n    }\n  }\n": types.PolicyCurationPolicyHistoryDocument,
    "\n  query MatchingPolicies($p: CompanyProfile!, $first: Int, $after: String) {\n    matchPolicies(profile: $p, first: $first, after: $after) {\n      edges {\n        node {\n          policy {\n            id\n            label\n          }\n          status\n          reasons\n          missing\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MatchingPoliciesDocument,
    "\n  mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n      minRdStaff\n      qualifications\n    }\n  }\n": types.MatchingSetConditionsDocument,
    "\n  query MatchingConditions($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n      qualifications\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": types.MatchingConditionsDocument,
    "\n  query MatchingSuggestConditions($id: ID!) {\n    suggestPolicyConditions(policyId: $id) {\n      minRdStaff\n      qualifications\n      evidence\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": types.MatchingSuggestConditionsDocument,
    "\n  query MatchingPoliciesInForce($f: Boolean) {\n    policies(first: 50, filter: { inForce: $f }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.MatchingPoliciesInForceDocument,
    "\n  query PolicyRecrawlRead($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      validity\n      expiryDate\n      category\n      text\n      version\n      curatedFields\n      revision\n      revisions {\n        number\n        title\n      }\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n        name\n      }\n    }\n  }\n": types.PolicyRecrawlReadDocument,
    "\n  mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      version\n      expiryDate\n      curatedFields\n      region {\n        code\n      }\n    }\n  }\n": types.PolicyRecrawlUpdateDocument,
    "\n  mutation PolicyRecrawlLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": types.PolicyRecrawlLinkDocument,
    "\n  mutation PolicyRecrawlUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": types.PolicyRecrawlUnlinkDocument,
    "\n  mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": types.PolicyRecrawlCreateOrganizationDocument,
    "\n  query PolicyRecrawlOrganization($id: ID!) {\n    organization(id: $id) {\n      name\n      version\n      deleted\n      aliases\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyRecrawlOrganizationDocument,
    "\n  mutation PolicyRecrawlEditOrganization($id: ID!) {\n    updateOrganization(id: $id, version: 1, patch: { aliases: [\"市政府\"], kind: GOVERNMENT }) {\n      version\n      aliases\n    }\n  }\n": types.PolicyRecrawlEditOrganizationDocument,
    "\n  query PolicyRecrawlOrganizations {\n    organizations(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PolicyRecrawlOrganizationsDocument,
    "\n  mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {\n    mergeOrganizations(keep: $k, duplicate: $d) {\n      aliases\n    }\n  }\n": types.PolicyRecrawlMergeOrganizationsDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationCreate($i: PolicyInput!) {\n    createPolicy(input: $i) {\n      id\n      title\n      documentNumber\n      validity\n      level\n      url\n      version\n      deleted\n      region {\n        code\n      }\n      revisions {\n        number\n      }\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCreateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationView($id: ID!) {\n    policy(id: $id) {\n      title\n      html\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationViewDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationHistory($id: ID!, $first: Int) {\n    policy(id: $id) {\n      history(first: $first) {\n        action\n        entityType\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationHistoryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationAuditByActor($a: ID!) {\n    auditLog(actor: $a) {\n      nodes {\n        entityId\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationAuditByActorDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationLastAudit($id: ID!) {\n    auditLog(entityId: $id, first: 1) {\n      nodes {\n        action\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLastAuditDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      title\n      version\n      curatedFields\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationUpdateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationVersion($id: ID!) {\n    policy(id: $id) {\n      version\n      title\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationVersionDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationCurated($id: ID!) {\n    policy(id: $id) {\n      validity\n      category\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCuratedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationDeleteDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationRestore($id: ID!, $v: Int!) {\n    restorePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationRestoreDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      fromId\n      toId\n      deleted\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      deleted\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationUnlinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationConditionsOf($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationConditionsOfDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationVisible($id: ID!, $p: CompanyProfile!) {\n    policy(id: $id) {\n      deleted\n    }\n    policies(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    search(query: \"软删除验证\", kinds: [POLICY]) {\n      hits {\n        node {\n          id\n        }\n      }\n    }\n    neighbourhood(id: $id) {\n      nodes {\n        id\n      }\n    }\n    matchPolicies(profile: $p) {\n      edges {\n        node {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationVisibleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationWithDeleted {\n    policies(first: 100, filter: { includeDeleted: true }) {\n      edges {\n        node {\n          id\n          deleted\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationWithDeletedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationWithDeletedPage {\n    policies(filter: { includeDeleted: true }) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationWithDeletedPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationCreateIssuer {\n    createOrganization(input: { name: \"海宁市科学技术局\", kind: GOVERNMENT }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCreateIssuerDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationLinked($id: ID!) {\n    policy(id: $id) {\n      level\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n      }\n      links {\n        kind\n        direction\n        policy {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLinkedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationLinkKinds($id: ID!) {\n    policy(id: $id) {\n      links {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLinkKindsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query NewsCurationMentions($id: ID!) {\n    newsItem(id: $id) {\n      mentions {\n        id\n        kind\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').NewsCurationMentionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationCreatePerson {\n    createPerson(input: { name: \"历史测试\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationHistories($p: ID!, $e: ID!) {\n    policy(id: $p) {\n      history {\n        action\n      }\n    }\n    person(id: $e) {\n      history {\n        action\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationHistoriesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationPersonHistory($e: ID!) {\n    person(id: $e) {\n      history {\n        action\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationPersonHistoryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationPolicyHistory($p: ID!) {\n    policy(id: $p) {\n      history {\n        action\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationPolicyHistoryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingPolicies($p: CompanyProfile!, $first: Int, $after: String) {\n    matchPolicies(profile: $p, first: $first, after: $after) {\n      edges {\n        node {\n          policy {\n            id\n            label\n          }\n          status\n          reasons\n          missing\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').MatchingPoliciesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n      minRdStaff\n      qualifications\n    }\n  }\n"): typeof import('./graphql.js').MatchingSetConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingConditions($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n      qualifications\n      clauses {\n        field\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').MatchingConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingSuggestConditions($id: ID!) {\n    suggestPolicyConditions(policyId: $id) {\n      minRdStaff\n      qualifications\n      evidence\n      clauses {\n        field\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').MatchingSuggestConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingPoliciesInForce($f: Boolean) {\n    policies(first: 50, filter: { inForce: $f }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MatchingPoliciesInForceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyRecrawlRead($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      validity\n      expiryDate\n      category\n      text\n      version\n      curatedFields\n      revision\n      revisions {\n        number\n        title\n      }\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlReadDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      version\n      expiryDate\n      curatedFields\n      region {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlUpdateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlUnlinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlCreateOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyRecrawlOrganization($id: ID!) {\n    organization(id: $id) {\n      name\n      version\n      deleted\n      aliases\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlEditOrganization($id: ID!) {\n    updateOrganization(id: $id, version: 1, patch: { aliases: [\"市政府\"], kind: GOVERNMENT }) {\n      version\n      aliases\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlEditOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyRecrawlOrganizations {\n    organizations(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlOrganizationsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {\n    mergeOrganizations(keep: $k, duplicate: $d) {\n      aliases\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlMergeOrganizationsDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
