/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CrawlRunStatus =
  | 'FAILED'
  | 'OK'
  | 'PARTIAL'
  | 'RUNNING'
  | 'SKIPPED';

/** OUT: this policy repeals/replaces/amends the other; IN: the other one does so to this. */
export type LinkDirection =
  | 'IN'
  | 'OUT';

export type MentionKind =
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POLICY'
  | 'PROJECT';

export type NewsFilter = {
  /** Published on or after (YYYY-MM-DD). */
  from?: string | null | undefined;
  industry?: string | number | null | undefined;
  level?: RegionLevel | null | undefined;
  region?: string | number | null | undefined;
  source?: string | number | null | undefined;
  /** Published on or before (YYYY-MM-DD). */
  to?: string | null | undefined;
};

export type PersonInput = {
  description?: string | null | undefined;
  name: string;
  sourceUrl?: string | null | undefined;
  title?: string | null | undefined;
};

export type PersonPatch = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  title?: string | null | undefined;
};

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

export type PolicyFilter = {
  /** Published on or after (YYYY-MM-DD). */
  from?: string | null | undefined;
  /** true: only policies in force today (valid, effective, not expired, not repealed or replaced by a policy in force); false: only those not in force. */
  inForce?: boolean | null | undefined;
  /** Librarians only: soft-deleted policies too. */
  includeDeleted?: boolean | null | undefined;
  /** Industry code; includes its sub-industries. */
  industry?: string | number | null | undefined;
  /** Part of the issuer's name, e.g. 科学技术局. */
  issuer?: string | null | undefined;
  level?: RegionLevel | null | undefined;
  /** Region code; includes the regions inside it. */
  region?: string | number | null | undefined;
  /** Published on or before (YYYY-MM-DD). */
  to?: string | null | undefined;
  validity?: PolicyValidity | null | undefined;
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

export type SourceItemType =
  | 'NEWS'
  | 'POLICY';

export type SourceKind =
  | 'ATOM'
  | 'HTML'
  | 'JSONFEED'
  | 'RSS';

export type WebCliIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCliIndustriesQuery = { industries: Array<{ name: string }> };

export type CrawlSourceNowMutationVariables = Exact<{
  id: string | number;
}>;


export type CrawlSourceNowMutation = { crawlSource: { sourceId: string, skippedBecause: string | null, disabled: boolean, run: { status: CrawlRunStatus, fetched: number, new: number, updated: number, unchanged: number } | null } };

export type SourceSwitchMutationVariables = Exact<{
  id: string | number;
  on: boolean;
  why?: string | null | undefined;
}>;


export type SourceSwitchMutation = { setSourceEnabled: { id: string, enabled: boolean, disabledReason: string | null } };

export type CrawledPoliciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CrawledPoliciesQuery = { policies: { hasMore: boolean, endCursor: string | null, items: Array<{ id: string, title: string, documentNumber: string | null, validity: PolicyValidity | null, level: RegionLevel, region: { code: string } | null, industries: Array<{ code: string }>, issuerOrganization: { name: string } | null, revisions: Array<{ number: number }>, attachments: Array<{ format: string }>, links: Array<{ kind: PolicyRelationKind, direction: LinkDirection, policy: { documentNumber: string | null } }>, source: { id: string } | null }> } };

export type CrawledPoliciesNextQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CrawledPoliciesNextQuery = { policies: { hasMore: boolean, items: Array<{ documentNumber: string | null, links: Array<{ kind: PolicyRelationKind, direction: LinkDirection }> }> } };

export type CrawledPoliciesFilteredQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
}>;


export type CrawledPoliciesFilteredQuery = { policies: { items: Array<{ documentNumber: string | null }> } };

export type CrawledPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type CrawledPolicyQuery = { policy: { id: string, revisions: Array<{ number: number, title: string, validity: PolicyValidity | null }> } | null };

export type CrawledNewsQueryVariables = Exact<{
  filter?: NewsFilter | null | undefined;
}>;


export type CrawledNewsQuery = { news: { items: Array<{ title: string, level: RegionLevel, mentions: Array<{ id: string, kind: MentionKind }>, source: { name: string } | null }> } };

export type SourceHealthListQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceHealthListQuery = { sources: { edges: Array<{ node: { id: string, kind: SourceKind, itemType: SourceItemType, errorCount: number, lastCheckedAt: string | null, runs: { edges: Array<{ node: { status: CrawlRunStatus, new: number } }> } } }> } };

export type CrawlRunsOfSourceQueryVariables = Exact<{
  source?: string | number | null | undefined;
}>;


export type CrawlRunsOfSourceQuery = { crawlRuns: { edges: Array<{ node: { sourceId: string, messages: Array<string> } }> } };

export type SourcePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  enabled?: boolean | null | undefined;
}>;


export type SourcePageQuery = { sources: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, enabled: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SourceRunsPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type SourceRunsPageQuery = { source: { runs: { edges: Array<{ node: { id: string, status: CrawlRunStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CrawlRunPageQueryVariables = Exact<{
  source?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CrawlRunPageQuery = { crawlRuns: { edges: Array<{ node: { id: string, startedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WebPagesSetConditionsMutationVariables = Exact<{
  id: string | number;
  c: PolicyConditionsInput;
}>;


export type WebPagesSetConditionsMutation = { setPolicyConditions: { version: number } };

export type WebWorkbenchPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type WebWorkbenchPersonQuery = { person: { id: string, name: string, title: string | null, description: string | null, version: number } | null };

export type WebWorkbenchCreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type WebWorkbenchCreatePersonMutation = { createPerson: { id: string } };

export type WebWorkbenchUpdatePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: PersonPatch;
}>;


export type WebWorkbenchUpdatePersonMutation = { updatePerson: { version: number } };

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

export const WebCliIndustriesDocument = new TypedDocumentString(`
    query WebCliIndustries {
  industries {
    name
  }
}
    `) as unknown as TypedDocumentString<WebCliIndustriesQuery, WebCliIndustriesQueryVariables>;
export const CrawlSourceNowDocument = new TypedDocumentString(`
    mutation CrawlSourceNow($id: ID!) {
  crawlSource(id: $id) {
    sourceId
    skippedBecause
    disabled
    run {
      status
      fetched
      new
      updated
      unchanged
    }
  }
}
    `) as unknown as TypedDocumentString<CrawlSourceNowMutation, CrawlSourceNowMutationVariables>;
export const SourceSwitchDocument = new TypedDocumentString(`
    mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {
  setSourceEnabled(id: $id, enabled: $on, reason: $why) {
    id
    enabled
    disabledReason
  }
}
    `) as unknown as TypedDocumentString<SourceSwitchMutation, SourceSwitchMutationVariables>;
export const CrawledPoliciesDocument = new TypedDocumentString(`
    query CrawledPolicies($first: Int, $after: String) {
  policies(first: $first, after: $after) {
    items {
      id
      title
      documentNumber
      validity
      level
      region {
        code
      }
      industries {
        code
      }
      issuerOrganization {
        name
      }
      revisions {
        number
      }
      attachments {
        format
      }
      links {
        kind
        direction
        policy {
          documentNumber
        }
      }
      source {
        id
      }
    }
    hasMore
    endCursor
  }
}
    `) as unknown as TypedDocumentString<CrawledPoliciesQuery, CrawledPoliciesQueryVariables>;
export const CrawledPoliciesNextDocument = new TypedDocumentString(`
    query CrawledPoliciesNext($after: String) {
  policies(first: 2, after: $after) {
    items {
      documentNumber
      links {
        kind
        direction
      }
    }
    hasMore
  }
}
    `) as unknown as TypedDocumentString<CrawledPoliciesNextQuery, CrawledPoliciesNextQueryVariables>;
export const CrawledPoliciesFilteredDocument = new TypedDocumentString(`
    query CrawledPoliciesFiltered($filter: PolicyFilter) {
  policies(filter: $filter) {
    items {
      documentNumber
    }
  }
}
    `) as unknown as TypedDocumentString<CrawledPoliciesFilteredQuery, CrawledPoliciesFilteredQueryVariables>;
export const CrawledPolicyDocument = new TypedDocumentString(`
    query CrawledPolicy($id: ID!) {
  policy(id: $id) {
    id
    revisions {
      number
      title
      validity
    }
  }
}
    `) as unknown as TypedDocumentString<CrawledPolicyQuery, CrawledPolicyQueryVariables>;
export const CrawledNewsDocument = new TypedDocumentString(`
    query CrawledNews($filter: NewsFilter) {
  news(filter: $filter) {
    items {
      title
      level
      mentions {
        id
        kind
      }
      source {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrawledNewsQuery, CrawledNewsQueryVariables>;
export const SourceHealthListDocument = new TypedDocumentString(`
    query SourceHealthList {
  sources {
    edges {
      node {
        id
        kind
        itemType
        errorCount
        lastCheckedAt
        runs(first: 3) {
          edges {
            node {
              status
              new
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceHealthListQuery, SourceHealthListQueryVariables>;
export const CrawlRunsOfSourceDocument = new TypedDocumentString(`
    query CrawlRunsOfSource($source: ID) {
  crawlRuns(source: $source) {
    edges {
      node {
        sourceId
        messages
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrawlRunsOfSourceQuery, CrawlRunsOfSourceQueryVariables>;
export const SourcePageDocument = new TypedDocumentString(`
    query SourcePage($first: Int, $after: String, $enabled: Boolean) {
  sources(first: $first, after: $after, enabled: $enabled) {
    edges {
      cursor
      node {
        id
        enabled
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SourcePageQuery, SourcePageQueryVariables>;
export const SourceRunsPageDocument = new TypedDocumentString(`
    query SourceRunsPage($id: ID!, $first: Int) {
  source(id: $id) {
    runs(first: $first) {
      edges {
        node {
          id
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceRunsPageQuery, SourceRunsPageQueryVariables>;
export const CrawlRunPageDocument = new TypedDocumentString(`
    query CrawlRunPage($source: ID, $first: Int, $after: String) {
  crawlRuns(source: $source, first: $first, after: $after) {
    edges {
      node {
        id
        startedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CrawlRunPageQuery, CrawlRunPageQueryVariables>;
export const WebPagesSetConditionsDocument = new TypedDocumentString(`
    mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {
  setPolicyConditions(policyId: $id, version: 0, conditions: $c) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebPagesSetConditionsMutation, WebPagesSetConditionsMutationVariables>;
export const WebWorkbenchPersonDocument = new TypedDocumentString(`
    query WebWorkbenchPerson($id: ID!) {
  person(id: $id) {
    id
    name
    title
    description
    version
  }
}
    `) as unknown as TypedDocumentString<WebWorkbenchPersonQuery, WebWorkbenchPersonQueryVariables>;
export const WebWorkbenchCreatePersonDocument = new TypedDocumentString(`
    mutation WebWorkbenchCreatePerson($input: PersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebWorkbenchCreatePersonMutation, WebWorkbenchCreatePersonMutationVariables>;
export const WebWorkbenchUpdatePersonDocument = new TypedDocumentString(`
    mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
  updatePerson(id: $id, version: $version, patch: $patch) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebWorkbenchUpdatePersonMutation, WebWorkbenchUpdatePersonMutationVariables>;