/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A founder's company. Revenue in 万元. */
export type CompanyProfile = {
  employees?: number | null | undefined;
  /** YYYY-MM-DD. */
  foundedOn?: string | null | undefined;
  /** Industry codes (at least one); policies for a parent industry apply too. */
  industries: Array<string | number>;
  qualifications?: Array<Qualification> | null | undefined;
  rdStaff?: number | null | undefined;
  /** Region code of the district or county of registration. */
  region?: string | number | null | undefined;
  revenue?: number | null | undefined;
  talentTypes?: Array<string> | null | undefined;
};

export type ConditionClauseInput = {
  field: ConditionField;
  text: string;
};

/** Which condition a clause of the policy text states. */
export type ConditionField =
  | 'AGE'
  | 'EMPLOYEES'
  | 'INDUSTRY'
  | 'QUALIFICATIONS'
  | 'RD_STAFF'
  | 'REGION'
  | 'REVENUE'
  | 'TALENT'
  | 'VALIDITY';

/** OUT: this policy repeals/replaces/amends the other; IN: the other one does so to this. */
export type LinkDirection =
  | 'IN'
  | 'OUT';

export type LinkInput = {
  fromId: string | number;
  sourceUrl?: string | null | undefined;
  /** Entity, policy or news item id, or industry code (IN_INDUSTRY, SUPPORTS) or region code (LOCATED_IN, IN_REGION). */
  toId: string | number;
  type: LinkType;
};

export type LinkOrigin =
  | 'CRAWLER'
  | 'LIBRARIAN';

export type LinkType =
  /** Person, Organization or Project → Organization. */
  | 'AFFILIATED_WITH'
  /** Policy → Policy. */
  | 'AMENDS'
  /** Project or Organization → Policy (by id). */
  | 'FUNDED_BY'
  /** Person, Organization or Project → Industry (by code). */
  | 'IN_INDUSTRY'
  /** Policy → Region (by code): where the policy applies; linking another one replaces it. */
  | 'IN_REGION'
  /** Policy → Organization: the issuing body; linking another one replaces it. */
  | 'ISSUED_BY'
  /** Person → Project or Organization. */
  | 'LEADS'
  /** Person, Organization or Project → Region (by code). */
  | 'LOCATED_IN'
  /** Person → Organization or Project. */
  | 'MEMBER_OF'
  /** NewsItem → Person, Organization, Project or Policy. */
  | 'MENTIONS'
  /** Policy → Policy. */
  | 'REPEALS'
  /** Policy → Policy. */
  | 'REPLACES'
  /** Policy → Industry (by code): the policy supports the industry. */
  | 'SUPPORTS';

export type MatchStatus =
  /** Every condition is met. */
  | 'APPLIES'
  /** One or two conditions the company can still meet are missing. */
  | 'NEARLY';

export type MentionKind =
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POLICY'
  | 'PROJECT';

export type OrganizationInput = {
  aliases?: Array<string> | null | undefined;
  creditCode?: string | null | undefined;
  description?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
  name: string;
  sourceUrl?: string | null | undefined;
  website?: string | null | undefined;
};

export type OrganizationKind =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'GOVERNMENT'
  | 'INCUBATOR'
  | 'OTHER'
  | 'RESEARCH_INSTITUTE'
  | 'UNIVERSITY';

export type PolicyConditionsInput = {
  /** Replaces the stored clauses (none when left out). */
  clauses?: Array<ConditionClauseInput> | null | undefined;
  industryCodes?: Array<string | number> | null | undefined;
  maxAgeYears?: number | null | undefined;
  maxEmployees?: number | null | undefined;
  maxRevenue?: number | null | undefined;
  minAgeYears?: number | null | undefined;
  minEmployees?: number | null | undefined;
  minRdStaff?: number | null | undefined;
  minRevenue?: number | null | undefined;
  qualifications?: Array<Qualification> | null | undefined;
  regionCodes?: Array<string | number> | null | undefined;
  talentTypes?: Array<string> | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

/** A policy entered by hand, e.g. from a paper document. */
export type PolicyInput = {
  category?: string | null | undefined;
  /** 发文字号. */
  documentNumber?: string | null | undefined;
  effectiveDate?: string | null | undefined;
  expiryDate?: string | null | undefined;
  /** Issuing body as printed; link the organisation with ISSUED_BY. */
  issuer?: string | null | undefined;
  publishedDate?: string | null | undefined;
  /** Region code where the policy applies (its level follows from the region). */
  region: string | number;
  sourceUrl?: string | null | undefined;
  text?: string | null | undefined;
  title: string;
  validity?: PolicyValidity | null | undefined;
  /** YYYY-MM-DD. */
  writtenDate?: string | null | undefined;
};

/** Metadata a librarian corrects; fields set here are kept when the crawler fetches a new revision of the page. */
export type PolicyPatch = {
  category?: string | null | undefined;
  documentNumber?: string | null | undefined;
  effectiveDate?: string | null | undefined;
  expiryDate?: string | null | undefined;
  issuer?: string | null | undefined;
  publishedDate?: string | null | undefined;
  region?: string | number | null | undefined;
  title?: string | null | undefined;
  validity?: PolicyValidity | null | undefined;
  writtenDate?: string | null | undefined;
};

export type PolicyRelationKind =
  | 'AMENDS'
  | 'REPEALS'
  | 'REPLACES';

/** Whether a policy is in force, as its page states (有效 / 废止 / 失效). */
export type PolicyValidity =
  /** 失效 */
  | 'EXPIRED'
  /** 废止 */
  | 'REPEALED'
  /** 有效 */
  | 'VALID';

export type Qualification =
  /** 高新技术企业 */
  | 'HIGH_TECH'
  /** 专精特新企业 */
  | 'SPECIALIZED'
  /** 科技型中小企业 */
  | 'TECH_SME';

export type RegionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NATION'
  | 'PROVINCE';

export type PolicyCurationCreateMutationVariables = Exact<{
  i: PolicyInput;
}>;


export type PolicyCurationCreateMutation = { createPolicy: { id: string, title: string, documentNumber: string | null, validity: PolicyValidity | null, level: RegionLevel, url: string, version: number, deleted: boolean, region: { code: string } | null, revisions: Array<{ number: number }>, provenance: { sourceUrl: string | null, curator: { id: string } | null } } };

export type PolicyCurationViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationViewQuery = { policy: { title: string, html: string, provenance: { curator: { id: string } | null } } | null };

export type PolicyCurationHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type PolicyCurationHistoryQuery = { policy: { history: Array<{ action: string, entityType: string, before: string | null, after: string | null }> } | null };

export type PolicyCurationAuditByActorQueryVariables = Exact<{
  a: string | number;
}>;


export type PolicyCurationAuditByActorQuery = { auditLog: { nodes: Array<{ entityId: string }> } };

export type PolicyCurationLastAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationLastAuditQuery = { auditLog: { nodes: Array<{ action: string, before: string | null, after: string | null }> } };

export type PolicyCurationUpdateMutationVariables = Exact<{
  id: string | number;
  v: number;
  p: PolicyPatch;
}>;


export type PolicyCurationUpdateMutation = { updatePolicy: { title: string, version: number, curatedFields: Array<string> } };

export type PolicyCurationVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationVersionQuery = { policy: { version: number, title: string } | null };

export type PolicyCurationCuratedQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationCuratedQuery = { policy: { validity: PolicyValidity | null, category: string | null, version: number } | null };

export type PolicyCurationDeleteMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type PolicyCurationDeleteMutation = { deletePolicy: { deleted: boolean, version: number } };

export type PolicyCurationRestoreMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type PolicyCurationRestoreMutation = { restorePolicy: { deleted: boolean, version: number } };

export type PolicyCurationLinkMutationVariables = Exact<{
  i: LinkInput;
}>;


export type PolicyCurationLinkMutation = { link: { type: LinkType, origin: LinkOrigin, fromId: string, toId: string, deleted: boolean, provenance: { curator: { id: string } | null } } };

export type PolicyCurationUnlinkMutationVariables = Exact<{
  i: LinkInput;
}>;


export type PolicyCurationUnlinkMutation = { unlink: { type: LinkType, deleted: boolean } };

export type PolicyCurationConditionsMutationVariables = Exact<{
  id: string | number;
  v: number;
  c: PolicyConditionsInput;
}>;


export type PolicyCurationConditionsMutation = { setPolicyConditions: { version: number } };

export type PolicyCurationConditionsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationConditionsOfQuery = { policyConditions: { version: number } | null };

export type PolicyCurationVisibleQueryVariables = Exact<{
  id: string | number;
  p: CompanyProfile;
}>;


export type PolicyCurationVisibleQuery = { policy: { deleted: boolean } | null, policies: { edges: Array<{ node: { id: string } }> }, search: { hits: Array<{ node: { id: string } }> }, neighbourhood: { nodes: Array<{ id: string }> } | null, matchPolicies: { edges: Array<{ node: { policy: { id: string } } }> } };

export type PolicyCurationWithDeletedQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyCurationWithDeletedQuery = { policies: { edges: Array<{ node: { id: string, deleted: boolean } }> } };

export type PolicyCurationWithDeletedPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyCurationWithDeletedPageQuery = { policies: { pageInfo: { hasNextPage: boolean } } };

export type PolicyCurationCreateIssuerMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyCurationCreateIssuerMutation = { createOrganization: { id: string } };

export type PolicyCurationLinkedQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationLinkedQuery = { policy: { level: RegionLevel, region: { code: string } | null, industries: Array<{ code: string }>, issuerOrganization: { id: string } | null, links: Array<{ kind: PolicyRelationKind, direction: LinkDirection, policy: { id: string } }> } | null };

export type PolicyCurationLinkKindsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationLinkKindsQuery = { policy: { links: Array<{ kind: PolicyRelationKind }> } | null };

export type NewsCurationMentionsQueryVariables = Exact<{
  id: string | number;
}>;


export type NewsCurationMentionsQuery = { newsItem: { mentions: Array<{ id: string, kind: MentionKind, name: string }> } | null };

export type PolicyCurationCreatePersonMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyCurationCreatePersonMutation = { createPerson: { id: string } };

export type PolicyCurationHistoriesQueryVariables = Exact<{
  p: string | number;
  e: string | number;
}>;


export type PolicyCurationHistoriesQuery = { policy: { history: Array<{ action: string }> } | null, person: { history: Array<{ action: string }> } | null };

export type PolicyCurationPersonHistoryQueryVariables = Exact<{
  e: string | number;
}>;


export type PolicyCurationPersonHistoryQuery = { person: { history: Array<{ action: string }> } | null };

export type PolicyCurationPolicyHistoryQueryVariables = Exact<{
  p: string | number;
}>;


export type PolicyCurationPolicyHistoryQuery = { policy: { history: Array<{ action: string }> } | null };

export type MatchingPoliciesQueryVariables = Exact<{
  p: CompanyProfile;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MatchingPoliciesQuery = { matchPolicies: { totalCount: number | null, edges: Array<{ node: { status: MatchStatus, reasons: Array<string>, missing: Array<string>, policy: { id: string, label: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MatchingSetConditionsMutationVariables = Exact<{
  id: string | number;
  v: number;
  c: PolicyConditionsInput;
}>;


export type MatchingSetConditionsMutation = { setPolicyConditions: { version: number, minRdStaff: number | null, qualifications: Array<Qualification> } };

export type MatchingConditionsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingConditionsQuery = { policyConditions: { version: number, qualifications: Array<Qualification>, clauses: Array<{ field: ConditionField, text: string }> } | null };

export type MatchingSuggestConditionsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingSuggestConditionsQuery = { suggestPolicyConditions: { minRdStaff: number | null, qualifications: Array<Qualification>, evidence: Array<string>, clauses: Array<{ field: ConditionField, text: string }> } | null };

export type MatchingPoliciesInForceQueryVariables = Exact<{
  f?: boolean | null | undefined;
}>;


export type MatchingPoliciesInForceQuery = { policies: { edges: Array<{ node: { id: string } }> } };

export type PolicyRecrawlReadQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyRecrawlReadQuery = { policy: { id: string, title: string, validity: PolicyValidity | null, expiryDate: string | null, category: string | null, text: string, version: number, curatedFields: Array<string>, revision: number, revisions: Array<{ number: number, title: string }>, region: { code: string } | null, industries: Array<{ code: string }>, issuerOrganization: { id: string, name: string } | null } | null };

export type PolicyRecrawlUpdateMutationVariables = Exact<{
  id: string | number;
  v: number;
  p: PolicyPatch;
}>;


export type PolicyRecrawlUpdateMutation = { updatePolicy: { version: number, expiryDate: string | null, curatedFields: Array<string>, region: { code: string } | null } };

export type PolicyRecrawlLinkMutationVariables = Exact<{
  i: LinkInput;
}>;


export type PolicyRecrawlLinkMutation = { link: { type: LinkType, origin: LinkOrigin, deleted: boolean } };

export type PolicyRecrawlUnlinkMutationVariables = Exact<{
  i: LinkInput;
}>;


export type PolicyRecrawlUnlinkMutation = { unlink: { type: LinkType, origin: LinkOrigin, deleted: boolean } };

export type PolicyRecrawlCreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type PolicyRecrawlCreateOrganizationMutation = { createOrganization: { id: string } };

export type PolicyRecrawlOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyRecrawlOrganizationQuery = { organization: { name: string, version: number, deleted: boolean, aliases: Array<string>, provenance: { sourceUrl: string | null, curator: { id: string } | null } } | null };

export type PolicyRecrawlEditOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRecrawlEditOrganizationMutation = { updateOrganization: { version: number, aliases: Array<string> } };

export type PolicyRecrawlOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRecrawlOrganizationsQuery = { organizations: { nodes: Array<{ id: string }> } };

export type PolicyRecrawlMergeOrganizationsMutationVariables = Exact<{
  k: string | number;
  d: string | number;
}>;


export type PolicyRecrawlMergeOrganizationsMutation = { mergeOrganizations: { aliases: Array<string> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PolicyCurationCreateDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PolicyCurationCreateMutation, PolicyCurationCreateMutationVariables>;
export const PolicyCurationViewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PolicyCurationViewQuery, PolicyCurationViewQueryVariables>;
export const PolicyCurationHistoryDocument = new TypedDocumentString(`
    query PolicyCurationHistory($id: ID!, $first: Int) {
  policy(id: $id) {
    history(first: $first) {
      action
      entityType
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationHistoryQuery, PolicyCurationHistoryQueryVariables>;
export const PolicyCurationAuditByActorDocument = new TypedDocumentString(`
    query PolicyCurationAuditByActor($a: ID!) {
  auditLog(actor: $a) {
    nodes {
      entityId
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationAuditByActorQuery, PolicyCurationAuditByActorQueryVariables>;
export const PolicyCurationLastAuditDocument = new TypedDocumentString(`
    query PolicyCurationLastAudit($id: ID!) {
  auditLog(entityId: $id, first: 1) {
    nodes {
      action
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationLastAuditQuery, PolicyCurationLastAuditQueryVariables>;
export const PolicyCurationUpdateDocument = new TypedDocumentString(`
    mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {
  updatePolicy(id: $id, version: $v, patch: $p) {
    title
    version
    curatedFields
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationUpdateMutation, PolicyCurationUpdateMutationVariables>;
export const PolicyCurationVersionDocument = new TypedDocumentString(`
    query PolicyCurationVersion($id: ID!) {
  policy(id: $id) {
    version
    title
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationVersionQuery, PolicyCurationVersionQueryVariables>;
export const PolicyCurationCuratedDocument = new TypedDocumentString(`
    query PolicyCurationCurated($id: ID!) {
  policy(id: $id) {
    validity
    category
    version
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationCuratedQuery, PolicyCurationCuratedQueryVariables>;
export const PolicyCurationDeleteDocument = new TypedDocumentString(`
    mutation PolicyCurationDelete($id: ID!, $v: Int!) {
  deletePolicy(id: $id, version: $v) {
    deleted
    version
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationDeleteMutation, PolicyCurationDeleteMutationVariables>;
export const PolicyCurationRestoreDocument = new TypedDocumentString(`
    mutation PolicyCurationRestore($id: ID!, $v: Int!) {
  restorePolicy(id: $id, version: $v) {
    deleted
    version
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationRestoreMutation, PolicyCurationRestoreMutationVariables>;
export const PolicyCurationLinkDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PolicyCurationLinkMutation, PolicyCurationLinkMutationVariables>;
export const PolicyCurationUnlinkDocument = new TypedDocumentString(`
    mutation PolicyCurationUnlink($i: LinkInput!) {
  unlink(input: $i) {
    type
    deleted
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationUnlinkMutation, PolicyCurationUnlinkMutationVariables>;
export const PolicyCurationConditionsDocument = new TypedDocumentString(`
    mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {
  setPolicyConditions(policyId: $id, version: $v, conditions: $c) {
    version
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationConditionsMutation, PolicyCurationConditionsMutationVariables>;
export const PolicyCurationConditionsOfDocument = new TypedDocumentString(`
    query PolicyCurationConditionsOf($id: ID!) {
  policyConditions(policyId: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationConditionsOfQuery, PolicyCurationConditionsOfQueryVariables>;
export const PolicyCurationVisibleDocument = new TypedDocumentString(`
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
    hits {
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
    `) as unknown as TypedDocumentString<PolicyCurationVisibleQuery, PolicyCurationVisibleQueryVariables>;
export const PolicyCurationWithDeletedDocument = new TypedDocumentString(`
    query PolicyCurationWithDeleted {
  policies(first: 100, filter: {includeDeleted: true}) {
    edges {
      node {
        id
        deleted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationWithDeletedQuery, PolicyCurationWithDeletedQueryVariables>;
export const PolicyCurationWithDeletedPageDocument = new TypedDocumentString(`
    query PolicyCurationWithDeletedPage {
  policies(filter: {includeDeleted: true}) {
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationWithDeletedPageQuery, PolicyCurationWithDeletedPageQueryVariables>;
export const PolicyCurationCreateIssuerDocument = new TypedDocumentString(`
    mutation PolicyCurationCreateIssuer {
  createOrganization(input: {name: "海宁市科学技术局", kind: GOVERNMENT}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationCreateIssuerMutation, PolicyCurationCreateIssuerMutationVariables>;
export const PolicyCurationLinkedDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PolicyCurationLinkedQuery, PolicyCurationLinkedQueryVariables>;
export const PolicyCurationLinkKindsDocument = new TypedDocumentString(`
    query PolicyCurationLinkKinds($id: ID!) {
  policy(id: $id) {
    links {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationLinkKindsQuery, PolicyCurationLinkKindsQueryVariables>;
export const NewsCurationMentionsDocument = new TypedDocumentString(`
    query NewsCurationMentions($id: ID!) {
  newsItem(id: $id) {
    mentions {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NewsCurationMentionsQuery, NewsCurationMentionsQueryVariables>;
export const PolicyCurationCreatePersonDocument = new TypedDocumentString(`
    mutation PolicyCurationCreatePerson {
  createPerson(input: {name: "历史测试"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationCreatePersonMutation, PolicyCurationCreatePersonMutationVariables>;
export const PolicyCurationHistoriesDocument = new TypedDocumentString(`
    query PolicyCurationHistories($p: ID!, $e: ID!) {
  policy(id: $p) {
    history {
      action
    }
  }
  person(id: $e) {
    history {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationHistoriesQuery, PolicyCurationHistoriesQueryVariables>;
export const PolicyCurationPersonHistoryDocument = new TypedDocumentString(`
    query PolicyCurationPersonHistory($e: ID!) {
  person(id: $e) {
    history {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationPersonHistoryQuery, PolicyCurationPersonHistoryQueryVariables>;
export const PolicyCurationPolicyHistoryDocument = new TypedDocumentString(`
    query PolicyCurationPolicyHistory($p: ID!) {
  policy(id: $p) {
    history {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationPolicyHistoryQuery, PolicyCurationPolicyHistoryQueryVariables>;
export const MatchingPoliciesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MatchingPoliciesQuery, MatchingPoliciesQueryVariables>;
export const MatchingSetConditionsDocument = new TypedDocumentString(`
    mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {
  setPolicyConditions(policyId: $id, version: $v, conditions: $c) {
    version
    minRdStaff
    qualifications
  }
}
    `) as unknown as TypedDocumentString<MatchingSetConditionsMutation, MatchingSetConditionsMutationVariables>;
export const MatchingConditionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MatchingConditionsQuery, MatchingConditionsQueryVariables>;
export const MatchingSuggestConditionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MatchingSuggestConditionsQuery, MatchingSuggestConditionsQueryVariables>;
export const MatchingPoliciesInForceDocument = new TypedDocumentString(`
    query MatchingPoliciesInForce($f: Boolean) {
  policies(first: 50, filter: {inForce: $f}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingPoliciesInForceQuery, MatchingPoliciesInForceQueryVariables>;
export const PolicyRecrawlReadDocument = new TypedDocumentString(`
    query PolicyRecrawlRead($id: ID!) {
  policy(id: $id) {
    id
    title
    validity
    expiryDate
    category
    text
    version
    curatedFields
    revision
    revisions {
      number
      title
    }
    region {
      code
    }
    industries {
      code
    }
    issuerOrganization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlReadQuery, PolicyRecrawlReadQueryVariables>;
export const PolicyRecrawlUpdateDocument = new TypedDocumentString(`
    mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {
  updatePolicy(id: $id, version: $v, patch: $p) {
    version
    expiryDate
    curatedFields
    region {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlUpdateMutation, PolicyRecrawlUpdateMutationVariables>;
export const PolicyRecrawlLinkDocument = new TypedDocumentString(`
    mutation PolicyRecrawlLink($i: LinkInput!) {
  link(input: $i) {
    type
    origin
    deleted
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlLinkMutation, PolicyRecrawlLinkMutationVariables>;
export const PolicyRecrawlUnlinkDocument = new TypedDocumentString(`
    mutation PolicyRecrawlUnlink($i: LinkInput!) {
  unlink(input: $i) {
    type
    origin
    deleted
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlUnlinkMutation, PolicyRecrawlUnlinkMutationVariables>;
export const PolicyRecrawlCreateOrganizationDocument = new TypedDocumentString(`
    mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlCreateOrganizationMutation, PolicyRecrawlCreateOrganizationMutationVariables>;
export const PolicyRecrawlOrganizationDocument = new TypedDocumentString(`
    query PolicyRecrawlOrganization($id: ID!) {
  organization(id: $id) {
    name
    version
    deleted
    aliases
    provenance {
      sourceUrl
      curator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlOrganizationQuery, PolicyRecrawlOrganizationQueryVariables>;
export const PolicyRecrawlEditOrganizationDocument = new TypedDocumentString(`
    mutation PolicyRecrawlEditOrganization($id: ID!) {
  updateOrganization(
    id: $id
    version: 1
    patch: {aliases: ["市政府"], kind: GOVERNMENT}
  ) {
    version
    aliases
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlEditOrganizationMutation, PolicyRecrawlEditOrganizationMutationVariables>;
export const PolicyRecrawlOrganizationsDocument = new TypedDocumentString(`
    query PolicyRecrawlOrganizations {
  organizations(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlOrganizationsQuery, PolicyRecrawlOrganizationsQueryVariables>;
export const PolicyRecrawlMergeOrganizationsDocument = new TypedDocumentString(`
    mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {
  mergeOrganizations(keep: $k, duplicate: $d) {
    aliases
  }
}
    `) as unknown as TypedDocumentString<PolicyRecrawlMergeOrganizationsMutation, PolicyRecrawlMergeOrganizationsMutationVariables>;