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

/** Restrictions on documents; every field given must hold. */
export type DocumentFilter = {
  /** CNKI, Wanfang, VIP… (the usual spellings, e.g. 中国知网, are understood). */
  database?: string | null | undefined;
  /** Documents the file of this import held: added by it or repeated in it. */
  importJob?: string | number | null | undefined;
  /** Journal name, whole, case-insensitive. */
  journal?: string | null | undefined;
  /** One of the record's keywords, whole, case-insensitive. */
  keyword?: string | null | undefined;
  /** Published in this year (shorthand for yearFrom = yearTo = year). */
  year?: number | null | undefined;
  yearFrom?: number | null | undefined;
  yearTo?: number | null | undefined;
};

export type DocumentSearchMode =
  /** The cjk full-text index over title, abstract and keywords. */
  | 'FULLTEXT'
  /** FULLTEXT and SEMANTIC fused by reciprocal rank (UNAVAILABLE in a service without the embedding model). */
  | 'HYBRID'
  /** Nearest document embeddings to the query (embedded documents only; UNAVAILABLE in a service without the embedding model). */
  | 'SEMANTIC';

export type EmbeddingJobState =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

export type ImportJobStatus =
  | 'COMPLETED'
  | 'FAILED';

/** OUT: this policy repeals/replaces/amends the other; IN: the other one does so to this. */
export type LinkDirection =
  | 'IN'
  | 'OUT';

/** One export file sent over the API. */
export type LiteratureFileInput = {
  /** The file's bytes, base64-encoded (UTF-8, UTF-8 with BOM or GBK/GB18030 inside). */
  contentBase64: string;
  /** The file's name as exported; its extension helps detect the format. */
  name: string;
};

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

export type TopicLabelSource =
  | 'AUTO'
  | 'LIBRARIAN';

export type TopicMappingStatus =
  /** Mapped automatically: the best industry's score reached the threshold. */
  | 'AUTO'
  /** A librarian decided; rebuilds keep it. */
  | 'LIBRARIAN'
  /** No industry scored high enough: waiting for a librarian. */
  | 'REVIEW';

export type DocumentListPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DocumentFilter | null | undefined;
}>;


export type DocumentListPageQuery = { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, keywords: Array<string>, year: number | null, journal: string | null, importJob: { id: string, fileName: string } | null } }> } };

export type DocumentSearchQueryVariables = Exact<{
  query: string;
  mode?: DocumentSearchMode | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DocumentFilter | null | undefined;
}>;


export type DocumentSearchQuery = { searchDocuments: { mode: DocumentSearchMode, totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, score: number, node: { id: string, title: string, keywords: Array<string>, year: number | null } }> } };

export type DocumentListProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentListProvenanceQuery = { documents: { edges: Array<{ node: { provenance: Array<{ line: number, importJob: { fileName: string } }> } }> } };

export type DocumentUnknownIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentUnknownIdsQuery = { document: { id: string } | null, importJob: { id: string } | null };

export type DocumentProvenanceOfQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentProvenanceOfQuery = { document: { provenance: Array<{ added: boolean, line: number, sourceId: string, matchedBy: string | null, importJob: { id: string, fileName: string, importedBy: string | null, database: string | null } }> } | null };

export type DocumentImportJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentImportJobsQuery = { importJobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fileName: string, status: ImportJobStatus, added: number, duplicates: number, rejected: number, error: string | null } }> } };

export type DocumentImportJobRejectedQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentImportJobRejectedQuery = { importJob: { added: number, importedBy: string | null, rejectedLines: Array<{ line: number, reason: string }> } | null };

export type DocumentImportJobDuplicatesQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentImportJobDuplicatesQuery = { importJob: { duplicates: number, database: string | null, duplicateRecords: Array<{ line: number, matchedBy: string, duplicateOf: { id: string, title: string } | null }> } | null };

export type DocumentImportFilesMutationVariables = Exact<{
  files: Array<LiteratureFileInput> | LiteratureFileInput;
  db?: string | null | undefined;
}>;


export type DocumentImportFilesMutation = { importLiteratureFiles: Array<{ id: string, fileName: string, status: ImportJobStatus, added: number, importedBy: string | null, database: string | null }> };

export type EmbeddingJobByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EmbeddingJobByIdQuery = { embeddingJob: { id: string, state: EmbeddingJobState, modelId: string, total: number, done: number, cached: number, finishedAt: string | null, error: string | null } | null };

export type EmbeddingJobFieldsFragment = { id: string, state: EmbeddingJobState, modelId: string, total: number, done: number, cached: number, finishedAt: string | null, error: string | null };

export type EmbeddingJobListQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbeddingJobListQuery = { embeddingJobs: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type EmbeddingEmbedMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type EmbeddingEmbedMutation = { embedDocuments: { id: string, state: EmbeddingJobState, modelId: string, total: number, done: number, cached: number, finishedAt: string | null, error: string | null } };

export type EmbeddingSemanticSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type EmbeddingSemanticSearchQuery = { semanticSearch: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { documentId: string, title: string, score: number } }> } };

export type EmbeddingDocumentSearchQueryVariables = Exact<{
  q: string;
  mode?: DocumentSearchMode | null | undefined;
  filter?: DocumentFilter | null | undefined;
}>;


export type EmbeddingDocumentSearchQuery = { searchDocuments: { mode: DocumentSearchMode, totalCount: number, edges: Array<{ score: number, node: { id: string } }> } };

export type ExportLinksQueryVariables = Exact<{
  job: string | number;
}>;


export type ExportLinksQuery = { industry: { documentsExportUrl: string, policyFeedUrl: string } | null, importJob: { exportUrl: string } | null };

export type ExportSearchLinkQueryVariables = Exact<{
  query: string;
}>;


export type ExportSearchLinkQuery = { searchDocuments: { exportUrl: string } };

export type IndustryListQueryVariables = Exact<{
  parent?: string | number | null | undefined;
  region?: string | number | null | undefined;
}>;


export type IndustryListQuery = { industries: Array<{ code: string, name: string, tier: string, parent: { code: string } | null, children: Array<{ code: string }>, regions: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number } }> };

export type IndustryFieldsFragment = { code: string, name: string, tier: string, parent: { code: string } | null, children: Array<{ code: string }>, regions: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number } };

export type IndustryListWithChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustryListWithChildrenQuery = { industries: Array<{ code: string, name: string, tier: string, children: Array<{ code: string, name: string, tier: string, parent: { code: string } | null, children: Array<{ code: string }>, regions: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number } }>, parent: { code: string } | null, regions: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number } }> };

export type IndustryByCodeQueryVariables = Exact<{
  code: string | number;
}>;


export type IndustryByCodeQuery = { industry: { code: string, name: string, tier: string, parent: { code: string, name: string, tier: string, parent: { code: string } | null, children: Array<{ code: string }>, regions: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number } } | null, children: Array<{ code: string }>, regions: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number } } | null };

export type IndustryCodeByIdQueryVariables = Exact<{
  code: string | number;
}>;


export type IndustryCodeByIdQuery = { industry: { code: string } | null };

export type IndustryRegionCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustryRegionCountiesQuery = { regions: Array<{ name: string, parent: { name: string } | null }> };

export type IndustryCodesOfRegionQueryVariables = Exact<{
  region?: string | number | null | undefined;
}>;


export type IndustryCodesOfRegionQuery = { industries: Array<{ code: string }> };

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

export type TopicListQueryVariables = Exact<{
  industry?: string | null | undefined;
}>;


export type TopicListQuery = { topics: { edges: Array<{ node: { id: string, label: string, labelSource: TopicLabelSource, outlier: boolean, size: number, mappingStatus: TopicMappingStatus, keywords: Array<{ term: string }>, representativeDocuments: Array<{ id: string, title: string }>, trend: Array<{ year: number, count: number }>, industry: { code: string } | null, industryCandidates: Array<{ score: number, keywords: Array<string>, industry: { code: string, name: string }, documents: Array<{ id: string }> }>, documents: { totalCount: number, edges: Array<{ node: { id: string } }> } } }> } };

export type TopicIdsOfIndustryQueryVariables = Exact<{
  industry?: string | null | undefined;
}>;


export type TopicIdsOfIndustryQuery = { topics: { edges: Array<{ node: { id: string } }> } };

export type TopicReviewListQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicReviewListQuery = { topicReviewQueue: { edges: Array<{ node: { id: string, mappingStatus: TopicMappingStatus } }> } };

export type TopicByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TopicByIdQuery = { topic: { id: string } | null };

export type TopicRenameMutationVariables = Exact<{
  id: string | number;
  label: string;
}>;


export type TopicRenameMutation = { renameTopic: { id: string, label: string, labelSource: TopicLabelSource } };

export type TopicMapMutationVariables = Exact<{
  id: string | number;
  industry?: string | null | undefined;
}>;


export type TopicMapMutation = { mapTopic: { id: string, mappingStatus: TopicMappingStatus, industry: { code: string } | null } };

export type TopicMergeMutationVariables = Exact<{
  source: string | number;
  target: string | number;
}>;


export type TopicMergeMutation = { mergeTopics: { id: string } };

export type TopicSplitMutationVariables = Exact<{
  id: string | number;
  documentIds: Array<string | number> | string | number;
  label: string;
}>;


export type TopicSplitMutation = { splitTopic: { id: string } };

export type TopicDocumentPagesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TopicDocumentPagesQuery = { topic: { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } } | null };

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
export const EmbeddingJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment EmbeddingJobFields on EmbeddingJob {
  id
  state
  modelId
  total
  done
  cached
  finishedAt
  error
}
    `, {"fragmentName":"EmbeddingJobFields"}) as unknown as TypedDocumentString<EmbeddingJobFieldsFragment, unknown>;
export const IndustryFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndustryFields on Industry {
  code
  name
  tier
  parent {
    code
  }
  children {
    code
  }
  regions {
    code
    name
  }
  source {
    title
    issuer
    year
  }
}
    `, {"fragmentName":"IndustryFields"}) as unknown as TypedDocumentString<IndustryFieldsFragment, unknown>;
export const DocumentListPageDocument = new TypedDocumentString(`
    query DocumentListPage($first: Int, $after: String, $filter: DocumentFilter) {
  documents(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        keywords
        year
        journal
        importJob {
          id
          fileName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentListPageQuery, DocumentListPageQueryVariables>;
export const DocumentSearchDocument = new TypedDocumentString(`
    query DocumentSearch($query: String!, $mode: DocumentSearchMode, $first: Int, $after: String, $filter: DocumentFilter) {
  searchDocuments(
    query: $query
    mode: $mode
    first: $first
    after: $after
    filter: $filter
  ) {
    mode
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      score
      node {
        id
        title
        keywords
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentSearchQuery, DocumentSearchQueryVariables>;
export const DocumentListProvenanceDocument = new TypedDocumentString(`
    query DocumentListProvenance {
  documents(first: 40) {
    edges {
      node {
        provenance {
          line
          importJob {
            fileName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentListProvenanceQuery, DocumentListProvenanceQueryVariables>;
export const DocumentUnknownIdsDocument = new TypedDocumentString(`
    query DocumentUnknownIds {
  document(id: "nope") {
    id
  }
  importJob(id: "nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<DocumentUnknownIdsQuery, DocumentUnknownIdsQueryVariables>;
export const DocumentProvenanceOfDocument = new TypedDocumentString(`
    query DocumentProvenanceOf($id: ID!) {
  document(id: $id) {
    provenance {
      added
      line
      sourceId
      matchedBy
      importJob {
        id
        fileName
        importedBy
        database
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentProvenanceOfQuery, DocumentProvenanceOfQueryVariables>;
export const DocumentImportJobsDocument = new TypedDocumentString(`
    query DocumentImportJobs($first: Int, $after: String) {
  importJobs(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        fileName
        status
        added
        duplicates
        rejected
        error
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentImportJobsQuery, DocumentImportJobsQueryVariables>;
export const DocumentImportJobRejectedDocument = new TypedDocumentString(`
    query DocumentImportJobRejected($id: ID!) {
  importJob(id: $id) {
    added
    importedBy
    rejectedLines {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentImportJobRejectedQuery, DocumentImportJobRejectedQueryVariables>;
export const DocumentImportJobDuplicatesDocument = new TypedDocumentString(`
    query DocumentImportJobDuplicates($id: ID!) {
  importJob(id: $id) {
    duplicates
    database
    duplicateRecords {
      line
      matchedBy
      duplicateOf {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentImportJobDuplicatesQuery, DocumentImportJobDuplicatesQueryVariables>;
export const DocumentImportFilesDocument = new TypedDocumentString(`
    mutation DocumentImportFiles($files: [LiteratureFileInput!]!, $db: String) {
  importLiteratureFiles(files: $files, database: $db) {
    id
    fileName
    status
    added
    importedBy
    database
  }
}
    `) as unknown as TypedDocumentString<DocumentImportFilesMutation, DocumentImportFilesMutationVariables>;
export const EmbeddingJobByIdDocument = new TypedDocumentString(`
    query EmbeddingJobById($id: ID!) {
  embeddingJob(id: $id) {
    ...EmbeddingJobFields
  }
}
    fragment EmbeddingJobFields on EmbeddingJob {
  id
  state
  modelId
  total
  done
  cached
  finishedAt
  error
}`) as unknown as TypedDocumentString<EmbeddingJobByIdQuery, EmbeddingJobByIdQueryVariables>;
export const EmbeddingJobListDocument = new TypedDocumentString(`
    query EmbeddingJobList {
  embeddingJobs {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbeddingJobListQuery, EmbeddingJobListQueryVariables>;
export const EmbeddingEmbedDocument = new TypedDocumentString(`
    mutation EmbeddingEmbed($ids: [ID!]) {
  embedDocuments(ids: $ids) {
    id
    state
    modelId
    total
    done
    cached
    finishedAt
    error
  }
}
    `) as unknown as TypedDocumentString<EmbeddingEmbedMutation, EmbeddingEmbedMutationVariables>;
export const EmbeddingSemanticSearchDocument = new TypedDocumentString(`
    query EmbeddingSemanticSearch($query: String!, $first: Int) {
  semanticSearch(query: $query, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        documentId
        title
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbeddingSemanticSearchQuery, EmbeddingSemanticSearchQueryVariables>;
export const EmbeddingDocumentSearchDocument = new TypedDocumentString(`
    query EmbeddingDocumentSearch($q: String!, $mode: DocumentSearchMode, $filter: DocumentFilter) {
  searchDocuments(query: $q, mode: $mode, first: 4, filter: $filter) {
    mode
    totalCount
    edges {
      score
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbeddingDocumentSearchQuery, EmbeddingDocumentSearchQueryVariables>;
export const ExportLinksDocument = new TypedDocumentString(`
    query ExportLinks($job: ID!) {
  industry(code: "jx-new-energy") {
    documentsExportUrl(format: BIBTEX)
    policyFeedUrl
  }
  importJob(id: $job) {
    exportUrl(format: CSV)
  }
}
    `) as unknown as TypedDocumentString<ExportLinksQuery, ExportLinksQueryVariables>;
export const ExportSearchLinkDocument = new TypedDocumentString(`
    query ExportSearchLink($query: String!) {
  searchDocuments(query: $query) {
    exportUrl(format: CSV)
  }
}
    `) as unknown as TypedDocumentString<ExportSearchLinkQuery, ExportSearchLinkQueryVariables>;
export const IndustryListDocument = new TypedDocumentString(`
    query IndustryList($parent: ID, $region: ID) {
  industries(parent: $parent, region: $region) {
    ...IndustryFields
  }
}
    fragment IndustryFields on Industry {
  code
  name
  tier
  parent {
    code
  }
  children {
    code
  }
  regions {
    code
    name
  }
  source {
    title
    issuer
    year
  }
}`) as unknown as TypedDocumentString<IndustryListQuery, IndustryListQueryVariables>;
export const IndustryListWithChildrenDocument = new TypedDocumentString(`
    query IndustryListWithChildren {
  industries {
    ...IndustryFields
    children {
      ...IndustryFields
    }
  }
}
    fragment IndustryFields on Industry {
  code
  name
  tier
  parent {
    code
  }
  children {
    code
  }
  regions {
    code
    name
  }
  source {
    title
    issuer
    year
  }
}`) as unknown as TypedDocumentString<IndustryListWithChildrenQuery, IndustryListWithChildrenQueryVariables>;
export const IndustryByCodeDocument = new TypedDocumentString(`
    query IndustryByCode($code: ID!) {
  industry(code: $code) {
    ...IndustryFields
    parent {
      ...IndustryFields
    }
  }
}
    fragment IndustryFields on Industry {
  code
  name
  tier
  parent {
    code
  }
  children {
    code
  }
  regions {
    code
    name
  }
  source {
    title
    issuer
    year
  }
}`) as unknown as TypedDocumentString<IndustryByCodeQuery, IndustryByCodeQueryVariables>;
export const IndustryCodeByIdDocument = new TypedDocumentString(`
    query IndustryCodeById($code: ID!) {
  industry(code: $code) {
    code
  }
}
    `) as unknown as TypedDocumentString<IndustryCodeByIdQuery, IndustryCodeByIdQueryVariables>;
export const IndustryRegionCountiesDocument = new TypedDocumentString(`
    query IndustryRegionCounties {
  regions(level: COUNTY) {
    name
    parent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IndustryRegionCountiesQuery, IndustryRegionCountiesQueryVariables>;
export const IndustryCodesOfRegionDocument = new TypedDocumentString(`
    query IndustryCodesOfRegion($region: ID) {
  industries(region: $region) {
    code
  }
}
    `) as unknown as TypedDocumentString<IndustryCodesOfRegionQuery, IndustryCodesOfRegionQueryVariables>;
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
export const TopicListDocument = new TypedDocumentString(`
    query TopicList($industry: String) {
  topics(industry: $industry) {
    edges {
      node {
        id
        label
        labelSource
        outlier
        size
        keywords {
          term
        }
        representativeDocuments {
          id
          title
        }
        trend {
          year
          count
        }
        industry {
          code
        }
        mappingStatus
        industryCandidates {
          industry {
            code
            name
          }
          score
          keywords
          documents {
            id
          }
        }
        documents(first: 3) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicListQuery, TopicListQueryVariables>;
export const TopicIdsOfIndustryDocument = new TypedDocumentString(`
    query TopicIdsOfIndustry($industry: String) {
  topics(industry: $industry) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicIdsOfIndustryQuery, TopicIdsOfIndustryQueryVariables>;
export const TopicReviewListDocument = new TypedDocumentString(`
    query TopicReviewList {
  topicReviewQueue {
    edges {
      node {
        id
        mappingStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicReviewListQuery, TopicReviewListQueryVariables>;
export const TopicByIdDocument = new TypedDocumentString(`
    query TopicById($id: ID!) {
  topic(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TopicByIdQuery, TopicByIdQueryVariables>;
export const TopicRenameDocument = new TypedDocumentString(`
    mutation TopicRename($id: ID!, $label: String!) {
  renameTopic(id: $id, label: $label) {
    id
    label
    labelSource
  }
}
    `) as unknown as TypedDocumentString<TopicRenameMutation, TopicRenameMutationVariables>;
export const TopicMapDocument = new TypedDocumentString(`
    mutation TopicMap($id: ID!, $industry: String) {
  mapTopic(id: $id, industry: $industry) {
    id
    industry {
      code
    }
    mappingStatus
  }
}
    `) as unknown as TypedDocumentString<TopicMapMutation, TopicMapMutationVariables>;
export const TopicMergeDocument = new TypedDocumentString(`
    mutation TopicMerge($source: ID!, $target: ID!) {
  mergeTopics(source: $source, target: $target) {
    id
  }
}
    `) as unknown as TypedDocumentString<TopicMergeMutation, TopicMergeMutationVariables>;
export const TopicSplitDocument = new TypedDocumentString(`
    mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {
  splitTopic(id: $id, documentIds: $documentIds, label: $label) {
    id
  }
}
    `) as unknown as TypedDocumentString<TopicSplitMutation, TopicSplitMutationVariables>;
export const TopicDocumentPagesDocument = new TypedDocumentString(`
    query TopicDocumentPages($id: ID!, $first: Int, $after: String) {
  topic(id: $id) {
    documents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicDocumentPagesQuery, TopicDocumentPagesQueryVariables>;
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