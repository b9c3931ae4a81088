/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BookKind =
  | 'AUDIOVISUAL'
  | 'EXAM_GUIDE'
  | 'FOREIGN_ORIGINAL'
  | 'GENERAL'
  | 'PERIODICAL'
  | 'REFERENCE'
  | 'SET'
  | 'TEXTBOOK'
  | 'TOY_BOOK';

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

export type CrawlRunStatus =
  | 'FAILED'
  | 'OK'
  | 'PARTIAL'
  | 'RUNNING'
  | 'SKIPPED';

export type CreateAccountInput = {
  displayName: string;
  email: string;
  /** Required for librarians: the id of their member library. */
  library?: string | number | null | undefined;
  password: string;
  role: Role;
};

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

/** Filters shared by the entity lists. `region` and `industry` include their sub-regions and sub-industries. */
export type EntityFilter = {
  /** Librarians only. */
  includeDeleted?: boolean | null | undefined;
  industry?: string | number | null | undefined;
  /** People, organisations or projects linked (member, affiliated, leads) to this organisation. */
  organization?: string | number | null | undefined;
  region?: string | number | null | undefined;
};

/** The rolling window hot topics are counted over, against the year before it. */
export type HotTopicWindow =
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK';

export type ImportJobStatus =
  | 'COMPLETED'
  | 'FAILED';

/** What a bulk import file holds. */
export type ImportKind =
  /** Relationships: columns from, type, to (ids, or unique names, credit codes, industry and region codes or names), sourceUrl. */
  | 'LINK'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PROJECT';

export type ImportRowStatus =
  | 'CREATED'
  | 'FAILED'
  | 'LINKED'
  /** Already there (same id, name, alias or credit code), or marked deleted in the file. */
  | 'SKIPPED';

export type LearningPathInput = {
  /** An industry code; null or absent: a general path. */
  industry?: string | number | null | undefined;
  /** Lower-case letters, digits and hyphens, e.g. register-company. */
  slug: string;
  /** The steps in their order (at most 40): the whole list replaces the path's steps. */
  steps: Array<LearningStepInput>;
  summary?: string | null | undefined;
  title: string;
};

export type LearningPathStatus =
  /** Seen by librarians only. */
  | 'DRAFT'
  /** Seen by everyone. */
  | 'PUBLISHED';

export type LearningStepInput = {
  kind: LearningStepKind;
  note?: string | null | undefined;
  /** The document's or policy's id (DOCUMENT, POLICY). */
  target?: string | number | null | undefined;
  /** Needed for a LINK; a document or policy step without one shows its target's title. */
  title?: string | null | undefined;
  /** http(s) address (LINK). */
  url?: string | null | undefined;
};

/** A step of a learning path: a document or policy of the library, or an external link. */
export type LearningStepKind =
  | 'DOCUMENT'
  | 'LINK'
  | 'POLICY';

/** Restrictions inside an industry's library; every field given must hold. */
export type LibraryDocumentFilter = {
  /** Journal name, whole, case-insensitive. */
  journal?: string | null | undefined;
  /** A topic of the library. */
  topic?: string | number | null | undefined;
  year?: number | null | undefined;
};

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

/** One export file sent over the API. */
export type LiteratureFileInput = {
  /** The file's bytes, base64-encoded (UTF-8, UTF-8 with BOM or GBK/GB18030 inside). */
  contentBase64: string;
  /** The file's name as exported; its extension helps detect the format. */
  name: string;
};

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

export type ProjectInput = {
  description?: string | null | undefined;
  name: string;
  sourceUrl?: string | null | undefined;
  startedOn?: string | null | undefined;
  status?: ProjectStatus | null | undefined;
};

export type ProjectStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED'
  | 'SUSPENDED';

/** 你选书我买单: a reader picks a new book in a partner bookstore or online, the library pays and lends it. */
export type PurchaseChannel =
  /** Online, delivered home. */
  | 'ONLINE'
  /** At the till of a partner bookstore (新华书店). */
  | 'STORE';

/** A file sent inline: its name (the extension tells CSV, .xlsx or MARC) and its bytes in base64. */
export type PurchaseFileInput = {
  contentBase64: string;
  name: string;
};

export type PurchaseRulesInput = {
  channels: Array<PurchaseChannel>;
  excludedClcPrefixes: Array<string>;
  excludedKinds: Array<BookKind>;
  loanDays: number;
  maxBooksPerOrder: number;
  maxBooksPerPeriod: number;
  maxFenPerPeriod: number;
  maxHoldingCopies: number;
  maxPriceFen: number;
  minPublicationYear?: number | null | undefined;
  onePerReaderPerTitle: boolean;
  periodDays: number;
  returnBeforeNext: boolean;
  reviewAboveFen?: number | null | undefined;
};

export type PurchaseStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CATALOGUED'
  | 'DELIVERED'
  | 'LOST'
  | 'ON_LOAN'
  | 'ORDERED'
  | 'OVERDUE'
  | 'PICKED_UP'
  | 'REJECTED'
  | 'REQUESTED'
  | 'RETURNED'
  | 'UNDER_REVIEW';

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

export type RegisterInput = {
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type Role =
  | 'ADMIN'
  /** Staff of a partner bookstore (你选书我买单): acts only for their store. */
  | 'BOOKSTORE'
  | 'LIBRARIAN'
  | 'READER';

export type SearchKind =
  | 'DOCUMENT'
  | 'NEWS'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POLICY'
  | 'PROJECT';

export type SearchMode =
  /** The cjk full-text indexes only. */
  | 'FULLTEXT'
  /** Full text fused with the documents nearest in meaning (embeddings), by reciprocal rank. */
  | 'HYBRID';

export type SourceItemType =
  | 'NEWS'
  | 'POLICY';

export type SourceKind =
  | 'ATOM'
  | 'HTML'
  | 'JSONFEED'
  | 'RSS';

/** One CSV (UTF-8 or GBK) or .xlsx file sent over the API. */
export type TableFileInput = {
  /** The file's bytes, base64-encoded; at most 20 MB. */
  contentBase64: string;
  name: string;
};

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

/** How a topic list is ordered; ties by size (largest first), then id. */
export type TopicOrder =
  /** Filed under an industry, then awaiting a librarian's review, then outside every industry, 未归类 last; each largest first. */
  | 'LIBRARY'
  /** Largest first, 未归类 last. */
  | 'SIZE';

export type AccountLibrariesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountLibrariesQuery = { libraries: Array<{ id: string, name: string, region: { name: string } | null }> };

export type AccountRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AccountRegisterMutation = { register: { message: string } };

export type AccountMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMeQuery = { me: { email: string | null, role: Role } | null };

export type AccountMyRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMyRoleQuery = { me: { role: Role } | null };

export type AccountLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountLogoutMutation = { logout: boolean };

export type AccountLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AccountLoginMutation = { login: { csrfToken: string } };

export type AccountCreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AccountCreatePersonMutation = { createPerson: { id: string } };

export type AccountCreateMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AccountCreateMutation = { createAccount: { id: string, role: Role, library: { name: string } | null } };

export type AccountIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountIdsQuery = { accounts: { edges: Array<{ node: { id: string } }> } };

export type AccountEmailsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AccountEmailsQuery = { accounts: { edges: Array<{ node: { email: string | null } }> } };

export type AccountCliCreateStaffMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AccountCliCreateStaffMutation = { createAccount: { role: Role, library: { id: string } | null } };

export type AccountCliMyRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountCliMyRoleQuery = { me: { role: Role } | null };

export type AccountCliMyRoleAndLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountCliMyRoleAndLibraryQuery = { me: { role: Role, library: { id: string } | null } | null };

export type CachePolicyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CachePolicyDetailQuery = { policy: { id: string, title: string, version: number, industries: Array<{ code: string }> } | null };

export type CachePolicyListQueryVariables = Exact<{
  industry?: string | number | null | undefined;
}>;


export type CachePolicyListQuery = { policies: { edges: Array<{ node: { id: string, title: string } }> } };

export type CachePolicyUpdateMutationVariables = Exact<{
  id: string | number;
  v: number;
  title: string;
}>;


export type CachePolicyUpdateMutation = { updatePolicy: { id: string, version: number } };

export type CachePolicyDeleteMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type CachePolicyDeleteMutation = { deletePolicy: { id: string, version: number } };

export type CacheNewsOfSourceQueryVariables = Exact<{
  source: string | number;
}>;


export type CacheNewsOfSourceQuery = { news: { edges: Array<{ node: { id: string, title: string } }> } };

export type BudgetOverviewProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetOverviewProbeQuery = { budgetOverview: { budgets: Array<{ fundCode: string, availableFen: number }> } };

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


export type DocumentImportFilesMutation = { importLiteratureFiles: Array<{ id: string, fileName: string, status: ImportJobStatus, added: number, merged: number, importedBy: string | null, database: string | null, mergedRecords: Array<{ line: number, intoLine: number, matchedBy: string, fields: Array<string> }>, recognised: { format: string, encoding: string, databases: Array<string>, headerLines: number, documentTypes: Array<{ type: string, count: number }> } | null, warningLines: Array<{ line: number, message: string }> }> };

export type DocumentHistoryOfQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentHistoryOfQuery = { document: { type: string, history: { edges: Array<{ node: { action: string, before: string | null, after: string | null } }> } } | null };

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

export type EntityImportMutationVariables = Exact<{
  kind: ImportKind;
  file: TableFileInput;
  sheet?: string | null | undefined;
}>;


export type EntityImportMutation = { importEntities: { fileName: string, format: string, sheet: string | null, created: number, linked: number, skipped: number, failed: number, rows: Array<{ line: number, status: ImportRowStatus, id: string | null, message: string | null }> } };

export type EntityCreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type EntityCreatePersonMutation = { createPerson: { id: string, name: string, title: string | null, version: number, deleted: boolean, provenance: { sourceUrl: string | null, at: string, curator: { id: string } | null } } };

export type EntityCreatePersonIdMutationVariables = Exact<{
  input: PersonInput;
}>;


export type EntityCreatePersonIdMutation = { createPerson: { id: string } };

export type EntityCreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type EntityCreateOrganizationMutation = { createOrganization: { id: string, version: number } };

export type EntityCreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type EntityCreateProjectMutation = { createProject: { id: string } };

export type EntityPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPersonQuery = { person: { id: string, name: string, title: string | null, version: number, deleted: boolean, provenance: { sourceUrl: string | null, at: string, curator: { id: string } | null } } | null };

export type EntityPersonIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPersonIdQuery = { person: { id: string } | null };

export type EntityPersonNameQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPersonNameQuery = { person: { name: string } | null };

export type EntityPersonTitleQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPersonTitleQuery = { person: { title: string | null, version: number } | null };

export type EntityPersonDeletedQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPersonDeletedQuery = { person: { deleted: boolean } | null };

export type EntityPersonMemberOfQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPersonMemberOfQuery = { person: { memberOf: Array<{ name: string }> } | null };

export type EntityOrganizationIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityOrganizationIdQuery = { organization: { id: string } | null };

export type EntityOrganizationMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityOrganizationMembersQuery = { organization: { members: Array<{ name: string }> } | null };

export type EntityOrganizationViewQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityOrganizationViewQuery = { organization: { members: Array<{ name: string }>, projects: Array<{ name: string }>, regions: Array<{ name: string }>, industries: Array<{ code: string }> } | null };

export type EntityProjectViewQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityProjectViewQuery = { project: { fundedBy: Array<{ id: string, kind: string, label: string }>, members: Array<{ name: string }> } | null };

export type EntityUpdatePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: PersonPatch;
}>;


export type EntityUpdatePersonMutation = { updatePerson: { name: string, title: string | null, version: number } };

export type EntityUpdatePersonVersionMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: PersonPatch;
}>;


export type EntityUpdatePersonVersionMutation = { updatePerson: { version: number } };

export type EntityDeletePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EntityDeletePersonMutation = { deletePerson: { deleted: boolean, version: number } };

export type EntityRestorePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EntityRestorePersonMutation = { restorePerson: { deleted: boolean, version: number } };

export type EntityLinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type EntityLinkMutation = { link: { type: LinkType, fromId: string, toId: string, deleted: boolean, provenance: { sourceUrl: string | null } } };

export type EntityUnlinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type EntityUnlinkMutation = { unlink: { deleted: boolean } };

export type EntityMergeOrganizationsMutationVariables = Exact<{
  keep: string | number;
  duplicate: string | number;
}>;


export type EntityMergeOrganizationsMutation = { mergeOrganizations: { id: string, aliases: Array<string>, website: string | null, members: Array<{ name: string }>, leaders: Array<{ name: string }>, regions: Array<{ name: string }> } };

export type EntityMergePeopleMutationVariables = Exact<{
  keep: string | number;
  duplicate: string | number;
}>;


export type EntityMergePeopleMutation = { mergePeople: { id: string, title: string | null, affiliations: Array<{ name: string }> } };

export type EntityIndustryCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityIndustryCodesQuery = { industries: Array<{ code: string }> };

export type EntityPeopleQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EntityFilter | null | undefined;
}>;


export type EntityPeopleQuery = { people: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EntityOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EntityOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string } }> } };

export type EntityPeopleWithRelationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EntityPeopleWithRelationsQuery = { people: { edges: Array<{ node: { name: string, memberOf: Array<{ name: string, members: Array<{ name: string }> }>, leads: Array<{ name: string }>, industries: Array<{ code: string }>, regions: Array<{ name: string }> } }> } };

export type EntityPeopleHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityPeopleHistoryQuery = { people: { edges: Array<{ node: { history: { edges: Array<{ node: { action: string } }> } } }> } };

export type AuditOfEntityQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AuditOfEntityQuery = { auditLog: { edges: Array<{ node: { action: string, entityType: string, before: string | null, after: string | null, actor: { displayName: string } | null } }> } };

export type AuditOfActorQueryVariables = Exact<{
  actor?: string | number | null | undefined;
}>;


export type AuditOfActorQuery = { auditLog: { edges: Array<{ node: { actorId: string } }> } };

export type EntityAnyCreatePersonMutationVariables = Exact<{ [key: string]: never; }>;


export type EntityAnyCreatePersonMutation = { createPerson: { id: string } };

export type EntityAnyCreateOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type EntityAnyCreateOrganizationMutation = { createOrganization: { id: string } };

export type EntityAnyCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type EntityAnyCreateProjectMutation = { createProject: { id: string } };

export type EntityAnyUpdatePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyUpdatePersonMutation = { updatePerson: { id: string } };

export type EntityAnyUpdateOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyUpdateOrganizationMutation = { updateOrganization: { id: string } };

export type EntityAnyUpdateProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyUpdateProjectMutation = { updateProject: { id: string } };

export type EntityAnyDeletePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyDeletePersonMutation = { deletePerson: { id: string } };

export type EntityAnyDeleteOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyDeleteOrganizationMutation = { deleteOrganization: { id: string } };

export type EntityAnyDeleteProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyDeleteProjectMutation = { deleteProject: { id: string } };

export type EntityAnyRestorePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyRestorePersonMutation = { restorePerson: { id: string } };

export type EntityAnyRestoreOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyRestoreOrganizationMutation = { restoreOrganization: { id: string } };

export type EntityAnyRestoreProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type EntityAnyRestoreProjectMutation = { restoreProject: { id: string } };

export type EntityAnyMergePeopleMutationVariables = Exact<{
  keep: string | number;
  duplicate: string | number;
}>;


export type EntityAnyMergePeopleMutation = { mergePeople: { id: string } };

export type EntityAnyMergeOrganizationsMutationVariables = Exact<{
  keep: string | number;
  duplicate: string | number;
}>;


export type EntityAnyMergeOrganizationsMutation = { mergeOrganizations: { id: string } };

export type EntityAnyLinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type EntityAnyLinkMutation = { link: { type: LinkType } };

export type EntityAnyUnlinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type EntityAnyUnlinkMutation = { unlink: { type: LinkType } };

export type EntityAnyCreateAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type EntityAnyCreateAccountMutation = { createAccount: { id: string } };

export type ExploreNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  hops?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExploreNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, kind: string, label: string }>, edges: Array<{ from: string, to: string, type: string }> } | null };

export type ExplorePathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type ExplorePathsQuery = { paths: Array<{ nodes: Array<{ id: string }>, edges: Array<{ from: string, to: string, type: string }> }> };

export type ExploreSearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExploreSearchQuery = { search: { edges: Array<{ score: number, node: { id: string, kind: string, label: string }, entity:
        | { __typename: 'Organization' }
        | { __typename: 'Person' }
        | { __typename: 'Project', name: string }
       | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExploreSearchKindOfQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
}>;


export type ExploreSearchKindOfQuery = { search: { edges: Array<{ node: { id: string, kind: string } }> } };

export type ExploreFusedSearchQueryVariables = Exact<{
  q: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
}>;


export type ExploreFusedSearchQuery = { search: { mode: SearchMode, notice: string | null, edges: Array<{ score: number, node: { id: string, kind: string, label: string } }> } };

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

export type LearningApiCreateMutationVariables = Exact<{
  input: LearningPathInput;
}>;


export type LearningApiCreateMutation = { createLearningPath: { id: string, slug: string, version: number, status: LearningPathStatus } };

export type LearningApiPublishMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type LearningApiPublishMutation = { publishLearningPath: { version: number, status: LearningPathStatus } };

export type LearningApiUpdateMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LearningPathInput;
}>;


export type LearningApiUpdateMutation = { updateLearningPath: { version: number } };

export type LearningApiFindQueryVariables = Exact<{
  query?: string | null | undefined;
  industry?: string | number | null | undefined;
  key: string | number;
  code: string | number;
}>;


export type LearningApiFindQuery = { learningPaths: { totalCount: number, edges: Array<{ node: { slug: string, industry: { code: string } | null } }> }, learningPath: { title: string, steps: Array<{ position: number, kind: LearningStepKind, url: string | null, note: string }> } | null, industryLibrary: { learningPaths: Array<{ slug: string }> | null } | null };

export type LibraryOverviewQueryVariables = Exact<{
  code: string | number;
}>;


export type LibraryOverviewQuery = { industryLibrary: { feedUrl: string, industry: { name: string }, counts: { documents: number, topics: number, policiesInForce: number, news: number, organizations: number } | null, topics: { totalCount: number, edges: Array<{ node: { id: string, trend: Array<{ year: number, count: number }> } }> } | null, policies: { edges: Array<{ node: { id: string } }> } | null, news: { edges: Array<{ node: { id: string } }> } | null, organizations: { edges: Array<{ node: { id: string } }> } | null, graph: { nodes: Array<{ id: string }> } | null } | null };

export type LibraryDocumentsOfIndustryQueryVariables = Exact<{
  code: string | number;
  filter?: LibraryDocumentFilter | null | undefined;
  query: string;
}>;


export type LibraryDocumentsOfIndustryQuery = { industryLibrary: { exportUrl: string, documents: { totalCount: number, edges: Array<{ node: { id: string, year: number | null } }> } | null, searchDocuments: { totalCount: number, exportUrl: string } | null, facets: { years: Array<{ value: string }>, journals: Array<{ count: number }>, topics: Array<{ count: number, topic: { id: string } }> } | null } | null };

export type LibraryCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LibraryCountiesQuery = { regions: Array<{ code: string, name: string, signatureIndustries: Array<{ code: string, name: string, library: { counts: { documents: number, policiesInForce: number, news: number } | null } }> }> };

export type LibraryHotTopicsQueryVariables = Exact<{
  code: string | number;
  window?: HotTopicWindow | null | undefined;
}>;


export type LibraryHotTopicsQuery = { industryLibrary: { hotTopics: Array<{ term: string, count: number, score: number, mentions: Array<{ kind: string, id: string }> }> | null } | null, hotTopics: Array<{ term: string }> };

export type LibrarySectionsQueryVariables = Exact<{
  code: string | number;
  limit: number;
}>;


export type LibrarySectionsQuery = { industryLibrary: { industry: { code: string }, counts: { topics: number, topicsInReview: number } | null, facets: { years: Array<{ value: string }> } | null, topics: { totalCount: number } | null } | null };

export type LibraryUnknownQueryVariables = Exact<{ [key: string]: never; }>;


export type LibraryUnknownQuery = { industryLibrary: { feedUrl: string } | null };

export type TrendTopicBurstsQueryVariables = Exact<{
  code: string | number;
}>;


export type TrendTopicBurstsQuery = { hotTopics: Array<{ term: string, count: number, topic: { id: string, label: string } | null }>, industryLibrary: { hotTopics: Array<{ topic: { id: string } | null, mentions: Array<{ id: string }> }> | null } | null };

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


export type PolicyCurationHistoryQuery = { policy: { history: { edges: Array<{ node: { action: string, entityType: string, before: string | null, after: string | null } }> } } | null };

export type PolicyCurationAuditByActorQueryVariables = Exact<{
  a: string | number;
}>;


export type PolicyCurationAuditByActorQuery = { auditLog: { edges: Array<{ node: { entityId: string } }> } };

export type PolicyCurationLastAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyCurationLastAuditQuery = { auditLog: { edges: Array<{ node: { action: string, before: string | null, after: string | null } }> } };

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


export type PolicyCurationVisibleQuery = { policy: { deleted: boolean } | null, policies: { edges: Array<{ node: { id: string } }> }, search: { edges: Array<{ node: { id: string } }> }, neighbourhood: { nodes: Array<{ id: string }> } | null, matchPolicies: { edges: Array<{ node: { policy: { id: string } } }> } };

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


export type PolicyCurationHistoriesQuery = { policy: { history: { edges: Array<{ node: { action: string } }> } } | null, person: { history: { edges: Array<{ node: { action: string } }> } } | null };

export type PolicyCurationPersonHistoryQueryVariables = Exact<{
  e: string | number;
}>;


export type PolicyCurationPersonHistoryQuery = { person: { history: { edges: Array<{ node: { action: string } }> } } | null };

export type PolicyCurationPolicyHistoryQueryVariables = Exact<{
  p: string | number;
}>;


export type PolicyCurationPolicyHistoryQuery = { policy: { history: { edges: Array<{ node: { action: string } }> } } | null };

export type PolicyCurationCrossLinkMutationVariables = Exact<{
  i: LinkInput;
}>;


export type PolicyCurationCrossLinkMutation = { link: { type: LinkType, deleted: boolean, pending: boolean } };

export type PolicyCurationAcceptLinkMutationVariables = Exact<{
  i: LinkInput;
}>;


export type PolicyCurationAcceptLinkMutation = { acceptLink: { type: LinkType, deleted: boolean, pending: boolean } };

export type PolicyCurationDeclineLinkMutationVariables = Exact<{
  i: LinkInput;
}>;


export type PolicyCurationDeclineLinkMutation = { declineLink: { type: LinkType, deleted: boolean, pending: boolean } };

export type PolicyCurationPendingLinksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyCurationPendingLinksQuery = { pendingLinks: { edges: Array<{ node: { type: LinkType, fromId: string, fromTitle: string, fromLibrary: string | null, toId: string, toTitle: string, requestedBy: string, requestedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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


export type PolicyRecrawlOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string } }> } };

export type PolicyRecrawlMergeOrganizationsMutationVariables = Exact<{
  k: string | number;
  d: string | number;
}>;


export type PolicyRecrawlMergeOrganizationsMutation = { mergeOrganizations: { aliases: Array<string> } };

export type PurchaseAccessTillMutationVariables = Exact<{
  card: string;
  isbn: string;
}>;


export type PurchaseAccessTillMutation = { purchaseAtTill: { created: boolean, request: { id: string, status: PurchaseStatus }, refusals: Array<{ rule: string, message: string }> } };

export type PurchaseAccessPickupMutationVariables = Exact<{
  id: string | number;
}>;


export type PurchaseAccessPickupMutation = { confirmPurchasePickup: { id: string, status: PurchaseStatus } };

export type PurchaseAccessReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type PurchaseAccessReviewMutation = { reviewPurchase: { id: string, status: PurchaseStatus } };

export type PurchaseAccessReturnMutationVariables = Exact<{
  id: string | number;
}>;


export type PurchaseAccessReturnMutation = { returnPurchase: { id: string, status: PurchaseStatus } };

export type PurchaseAccessOneQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseAccessOneQuery = { purchaseRequest: { id: string, status: PurchaseStatus, timeline: Array<{ to: PurchaseStatus }> } };

export type PurchaseAccessMineQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchaseAccessMineQuery = { myPurchaseRequests: { edges: Array<{ node: { id: string } }> } };

export type PurchaseAccessAskMutationVariables = Exact<{
  isbn: string;
  store: string | number;
}>;


export type PurchaseAccessAskMutation = { requestPurchase: { request: { id: string } } };

export type PurchaseAccessQueueQueryVariables = Exact<{
  library: string | number;
}>;


export type PurchaseAccessQueueQuery = { purchaseRequests: { edges: Array<{ node: { id: string } }> } };

export type PurchaseAccessRulesMutationVariables = Exact<{
  library: string | number;
  version: number;
  input: PurchaseRulesInput;
}>;


export type PurchaseAccessRulesMutation = { updatePurchaseRules: { version: number } };

export type PurchaseAccessCheckQueryVariables = Exact<{
  isbn: string;
}>;


export type PurchaseAccessCheckQuery = { purchaseEligibility: { eligible: boolean, refusals: Array<{ rule: string, message: string }> } };

export type PurchaseImportHoldingsMutationVariables = Exact<{
  file: PurchaseFileInput;
  library?: string | number | null | undefined;
}>;


export type PurchaseImportHoldingsMutation = { importPurchaseHoldings: { format: string, booksAdded: number, booksUpdated: number, holdings: number, rejected: Array<{ line: number, message: string }> } };

export type PurchaseHoldingsCheckQueryVariables = Exact<{
  isbn: string;
}>;


export type PurchaseHoldingsCheckQuery = { purchaseEligibility: { eligible: boolean, refusals: Array<{ rule: string, message: string }>, book: { title: string, allianceCopies: number, holdings: Array<{ copies: number, library: { id: string } }> } } };

export type ReliabilityIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityIndustriesQuery = { industries: Array<{ code: string }> };

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

export type SourceRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type SourceRemoveMutation = { removeSource: { id: string, name: string } };

export type SourceAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceAuditLogQuery = { auditLog: { edges: Array<{ node: { action: string, entityType: string, before: string | null, after: string | null, actor: { displayName: string } | null } }> } };

export type CrawledPoliciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CrawledPoliciesQuery = { policies: { edges: Array<{ node: { id: string, title: string, documentNumber: string | null, validity: PolicyValidity | null, level: RegionLevel, region: { code: string } | null, industries: Array<{ code: string }>, issuerOrganization: { name: string } | null, revisions: Array<{ number: number }>, attachments: Array<{ format: string }>, links: Array<{ kind: PolicyRelationKind, direction: LinkDirection, policy: { documentNumber: string | null } }>, source: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CrawledPoliciesNextQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CrawledPoliciesNextQuery = { policies: { edges: Array<{ node: { documentNumber: string | null, links: Array<{ kind: PolicyRelationKind, direction: LinkDirection }> } }>, pageInfo: { hasNextPage: boolean } } };

export type CrawledPoliciesFilteredQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
}>;


export type CrawledPoliciesFilteredQuery = { policies: { edges: Array<{ node: { documentNumber: string | null } }> } };

export type CrawledPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type CrawledPolicyQuery = { policy: { id: string, revisions: Array<{ number: number, title: string, validity: PolicyValidity | null }> } | null };

export type CrawledNewsQueryVariables = Exact<{
  filter?: NewsFilter | null | undefined;
}>;


export type CrawledNewsQuery = { news: { edges: Array<{ node: { title: string, level: RegionLevel, mentions: Array<{ id: string, kind: MentionKind }>, source: { name: string } | null } }> } };

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

export type TopicOrderedQueryVariables = Exact<{
  orderBy?: TopicOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TopicOrderedQuery = { topics: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

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

export type WebWorkbenchCrossLinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type WebWorkbenchCrossLinkMutation = { link: { pending: boolean } };

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
export const AccountLibrariesDocument = new TypedDocumentString(`
    query AccountLibraries {
  libraries {
    id
    name
    region {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccountLibrariesQuery, AccountLibrariesQueryVariables>;
export const AccountRegisterDocument = new TypedDocumentString(`
    mutation AccountRegister($input: RegisterInput!) {
  register(input: $input) {
    message
  }
}
    `) as unknown as TypedDocumentString<AccountRegisterMutation, AccountRegisterMutationVariables>;
export const AccountMeDocument = new TypedDocumentString(`
    query AccountMe {
  me {
    email
    role
  }
}
    `) as unknown as TypedDocumentString<AccountMeQuery, AccountMeQueryVariables>;
export const AccountMyRoleDocument = new TypedDocumentString(`
    query AccountMyRole {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<AccountMyRoleQuery, AccountMyRoleQueryVariables>;
export const AccountLogoutDocument = new TypedDocumentString(`
    mutation AccountLogout {
  logout
}
    `) as unknown as TypedDocumentString<AccountLogoutMutation, AccountLogoutMutationVariables>;
export const AccountLoginDocument = new TypedDocumentString(`
    mutation AccountLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    csrfToken
  }
}
    `) as unknown as TypedDocumentString<AccountLoginMutation, AccountLoginMutationVariables>;
export const AccountCreatePersonDocument = new TypedDocumentString(`
    mutation AccountCreatePerson($input: PersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccountCreatePersonMutation, AccountCreatePersonMutationVariables>;
export const AccountCreateDocument = new TypedDocumentString(`
    mutation AccountCreate($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
    role
    library {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccountCreateMutation, AccountCreateMutationVariables>;
export const AccountIdsDocument = new TypedDocumentString(`
    query AccountIds {
  accounts {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountIdsQuery, AccountIdsQueryVariables>;
export const AccountEmailsDocument = new TypedDocumentString(`
    query AccountEmails($first: Int) {
  accounts(first: $first) {
    edges {
      node {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountEmailsQuery, AccountEmailsQueryVariables>;
export const AccountCliCreateStaffDocument = new TypedDocumentString(`
    mutation AccountCliCreateStaff($input: CreateAccountInput!) {
  createAccount(input: $input) {
    role
    library {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountCliCreateStaffMutation, AccountCliCreateStaffMutationVariables>;
export const AccountCliMyRoleDocument = new TypedDocumentString(`
    query AccountCliMyRole {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<AccountCliMyRoleQuery, AccountCliMyRoleQueryVariables>;
export const AccountCliMyRoleAndLibraryDocument = new TypedDocumentString(`
    query AccountCliMyRoleAndLibrary {
  me {
    role
    library {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountCliMyRoleAndLibraryQuery, AccountCliMyRoleAndLibraryQueryVariables>;
export const CachePolicyDetailDocument = new TypedDocumentString(`
    query CachePolicyDetail($id: ID!) {
  policy(id: $id) {
    id
    title
    version
    industries {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CachePolicyDetailQuery, CachePolicyDetailQueryVariables>;
export const CachePolicyListDocument = new TypedDocumentString(`
    query CachePolicyList($industry: ID) {
  policies(filter: {industry: $industry}, first: 50) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CachePolicyListQuery, CachePolicyListQueryVariables>;
export const CachePolicyUpdateDocument = new TypedDocumentString(`
    mutation CachePolicyUpdate($id: ID!, $v: Int!, $title: String!) {
  updatePolicy(id: $id, version: $v, patch: {title: $title}) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CachePolicyUpdateMutation, CachePolicyUpdateMutationVariables>;
export const CachePolicyDeleteDocument = new TypedDocumentString(`
    mutation CachePolicyDelete($id: ID!, $v: Int!) {
  deletePolicy(id: $id, version: $v) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CachePolicyDeleteMutation, CachePolicyDeleteMutationVariables>;
export const CacheNewsOfSourceDocument = new TypedDocumentString(`
    query CacheNewsOfSource($source: ID!) {
  news(filter: {source: $source}, first: 20) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CacheNewsOfSourceQuery, CacheNewsOfSourceQueryVariables>;
export const BudgetOverviewProbeDocument = new TypedDocumentString(`
    query BudgetOverviewProbe {
  budgetOverview(fiscalYear: "FY2026") {
    budgets {
      fundCode
      availableFen
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetOverviewProbeQuery, BudgetOverviewProbeQueryVariables>;
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
    merged
    mergedRecords {
      line
      intoLine
      matchedBy
      fields
    }
    importedBy
    database
    recognised {
      format
      encoding
      databases
      documentTypes {
        type
        count
      }
      headerLines
    }
    warningLines {
      line
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentImportFilesMutation, DocumentImportFilesMutationVariables>;
export const DocumentHistoryOfDocument = new TypedDocumentString(`
    query DocumentHistoryOf($id: ID!) {
  document(id: $id) {
    type
    history(first: 5) {
      edges {
        node {
          action
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentHistoryOfQuery, DocumentHistoryOfQueryVariables>;
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
export const EntityImportDocument = new TypedDocumentString(`
    mutation EntityImport($kind: ImportKind!, $file: TableFileInput!, $sheet: String) {
  importEntities(kind: $kind, file: $file, sheet: $sheet) {
    fileName
    format
    sheet
    created
    linked
    skipped
    failed
    rows {
      line
      status
      id
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EntityImportMutation, EntityImportMutationVariables>;
export const EntityCreatePersonDocument = new TypedDocumentString(`
    mutation EntityCreatePerson($input: PersonInput!) {
  createPerson(input: $input) {
    id
    name
    title
    version
    deleted
    provenance {
      sourceUrl
      at
      curator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityCreatePersonMutation, EntityCreatePersonMutationVariables>;
export const EntityCreatePersonIdDocument = new TypedDocumentString(`
    mutation EntityCreatePersonId($input: PersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityCreatePersonIdMutation, EntityCreatePersonIdMutationVariables>;
export const EntityCreateOrganizationDocument = new TypedDocumentString(`
    mutation EntityCreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EntityCreateOrganizationMutation, EntityCreateOrganizationMutationVariables>;
export const EntityCreateProjectDocument = new TypedDocumentString(`
    mutation EntityCreateProject($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityCreateProjectMutation, EntityCreateProjectMutationVariables>;
export const EntityPersonDocument = new TypedDocumentString(`
    query EntityPerson($id: ID!) {
  person(id: $id) {
    id
    name
    title
    version
    deleted
    provenance {
      sourceUrl
      at
      curator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPersonQuery, EntityPersonQueryVariables>;
export const EntityPersonIdDocument = new TypedDocumentString(`
    query EntityPersonId($id: ID!) {
  person(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityPersonIdQuery, EntityPersonIdQueryVariables>;
export const EntityPersonNameDocument = new TypedDocumentString(`
    query EntityPersonName($id: ID!) {
  person(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<EntityPersonNameQuery, EntityPersonNameQueryVariables>;
export const EntityPersonTitleDocument = new TypedDocumentString(`
    query EntityPersonTitle($id: ID!) {
  person(id: $id) {
    title
    version
  }
}
    `) as unknown as TypedDocumentString<EntityPersonTitleQuery, EntityPersonTitleQueryVariables>;
export const EntityPersonDeletedDocument = new TypedDocumentString(`
    query EntityPersonDeleted($id: ID!) {
  person(id: $id) {
    deleted
  }
}
    `) as unknown as TypedDocumentString<EntityPersonDeletedQuery, EntityPersonDeletedQueryVariables>;
export const EntityPersonMemberOfDocument = new TypedDocumentString(`
    query EntityPersonMemberOf($id: ID!) {
  person(id: $id) {
    memberOf {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPersonMemberOfQuery, EntityPersonMemberOfQueryVariables>;
export const EntityOrganizationIdDocument = new TypedDocumentString(`
    query EntityOrganizationId($id: ID!) {
  organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityOrganizationIdQuery, EntityOrganizationIdQueryVariables>;
export const EntityOrganizationMembersDocument = new TypedDocumentString(`
    query EntityOrganizationMembers($id: ID!) {
  organization(id: $id) {
    members {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EntityOrganizationMembersQuery, EntityOrganizationMembersQueryVariables>;
export const EntityOrganizationViewDocument = new TypedDocumentString(`
    query EntityOrganizationView($id: ID!) {
  organization(id: $id) {
    members {
      name
    }
    projects {
      name
    }
    regions {
      name
    }
    industries {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EntityOrganizationViewQuery, EntityOrganizationViewQueryVariables>;
export const EntityProjectViewDocument = new TypedDocumentString(`
    query EntityProjectView($id: ID!) {
  project(id: $id) {
    fundedBy {
      id
      kind
      label
    }
    members {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EntityProjectViewQuery, EntityProjectViewQueryVariables>;
export const EntityUpdatePersonDocument = new TypedDocumentString(`
    mutation EntityUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
  updatePerson(id: $id, version: $version, patch: $patch) {
    name
    title
    version
  }
}
    `) as unknown as TypedDocumentString<EntityUpdatePersonMutation, EntityUpdatePersonMutationVariables>;
export const EntityUpdatePersonVersionDocument = new TypedDocumentString(`
    mutation EntityUpdatePersonVersion($id: ID!, $version: Int!, $patch: PersonPatch!) {
  updatePerson(id: $id, version: $version, patch: $patch) {
    version
  }
}
    `) as unknown as TypedDocumentString<EntityUpdatePersonVersionMutation, EntityUpdatePersonVersionMutationVariables>;
export const EntityDeletePersonDocument = new TypedDocumentString(`
    mutation EntityDeletePerson($id: ID!, $version: Int!) {
  deletePerson(id: $id, version: $version) {
    deleted
    version
  }
}
    `) as unknown as TypedDocumentString<EntityDeletePersonMutation, EntityDeletePersonMutationVariables>;
export const EntityRestorePersonDocument = new TypedDocumentString(`
    mutation EntityRestorePerson($id: ID!, $version: Int!) {
  restorePerson(id: $id, version: $version) {
    deleted
    version
  }
}
    `) as unknown as TypedDocumentString<EntityRestorePersonMutation, EntityRestorePersonMutationVariables>;
export const EntityLinkDocument = new TypedDocumentString(`
    mutation EntityLink($input: LinkInput!) {
  link(input: $input) {
    type
    fromId
    toId
    deleted
    provenance {
      sourceUrl
    }
  }
}
    `) as unknown as TypedDocumentString<EntityLinkMutation, EntityLinkMutationVariables>;
export const EntityUnlinkDocument = new TypedDocumentString(`
    mutation EntityUnlink($input: LinkInput!) {
  unlink(input: $input) {
    deleted
  }
}
    `) as unknown as TypedDocumentString<EntityUnlinkMutation, EntityUnlinkMutationVariables>;
export const EntityMergeOrganizationsDocument = new TypedDocumentString(`
    mutation EntityMergeOrganizations($keep: ID!, $duplicate: ID!) {
  mergeOrganizations(keep: $keep, duplicate: $duplicate) {
    id
    aliases
    website
    members {
      name
    }
    leaders {
      name
    }
    regions {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EntityMergeOrganizationsMutation, EntityMergeOrganizationsMutationVariables>;
export const EntityMergePeopleDocument = new TypedDocumentString(`
    mutation EntityMergePeople($keep: ID!, $duplicate: ID!) {
  mergePeople(keep: $keep, duplicate: $duplicate) {
    id
    title
    affiliations {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EntityMergePeopleMutation, EntityMergePeopleMutationVariables>;
export const EntityIndustryCodesDocument = new TypedDocumentString(`
    query EntityIndustryCodes {
  industries {
    code
  }
}
    `) as unknown as TypedDocumentString<EntityIndustryCodesQuery, EntityIndustryCodesQueryVariables>;
export const EntityPeopleDocument = new TypedDocumentString(`
    query EntityPeople($first: Int, $after: String, $filter: EntityFilter) {
  people(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPeopleQuery, EntityPeopleQueryVariables>;
export const EntityOrganizationsDocument = new TypedDocumentString(`
    query EntityOrganizations($first: Int) {
  organizations(first: $first) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityOrganizationsQuery, EntityOrganizationsQueryVariables>;
export const EntityPeopleWithRelationsDocument = new TypedDocumentString(`
    query EntityPeopleWithRelations($first: Int) {
  people(first: $first) {
    edges {
      node {
        name
        memberOf {
          name
          members {
            name
          }
        }
        leads {
          name
        }
        industries {
          code
        }
        regions {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPeopleWithRelationsQuery, EntityPeopleWithRelationsQueryVariables>;
export const EntityPeopleHistoryDocument = new TypedDocumentString(`
    query EntityPeopleHistory {
  people {
    edges {
      node {
        history {
          edges {
            node {
              action
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPeopleHistoryQuery, EntityPeopleHistoryQueryVariables>;
export const AuditOfEntityDocument = new TypedDocumentString(`
    query AuditOfEntity($id: ID!, $first: Int) {
  auditLog(entityId: $id, first: $first) {
    edges {
      node {
        action
        entityType
        before
        after
        actor {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditOfEntityQuery, AuditOfEntityQueryVariables>;
export const AuditOfActorDocument = new TypedDocumentString(`
    query AuditOfActor($actor: ID) {
  auditLog(actor: $actor, first: 100) {
    edges {
      node {
        actorId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditOfActorQuery, AuditOfActorQueryVariables>;
export const EntityAnyCreatePersonDocument = new TypedDocumentString(`
    mutation EntityAnyCreatePerson {
  createPerson(input: {name: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyCreatePersonMutation, EntityAnyCreatePersonMutationVariables>;
export const EntityAnyCreateOrganizationDocument = new TypedDocumentString(`
    mutation EntityAnyCreateOrganization {
  createOrganization(input: {name: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyCreateOrganizationMutation, EntityAnyCreateOrganizationMutationVariables>;
export const EntityAnyCreateProjectDocument = new TypedDocumentString(`
    mutation EntityAnyCreateProject {
  createProject(input: {name: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyCreateProjectMutation, EntityAnyCreateProjectMutationVariables>;
export const EntityAnyUpdatePersonDocument = new TypedDocumentString(`
    mutation EntityAnyUpdatePerson($id: ID!) {
  updatePerson(id: $id, version: 1, patch: {name: "改"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyUpdatePersonMutation, EntityAnyUpdatePersonMutationVariables>;
export const EntityAnyUpdateOrganizationDocument = new TypedDocumentString(`
    mutation EntityAnyUpdateOrganization($id: ID!) {
  updateOrganization(id: $id, version: 1, patch: {name: "改"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyUpdateOrganizationMutation, EntityAnyUpdateOrganizationMutationVariables>;
export const EntityAnyUpdateProjectDocument = new TypedDocumentString(`
    mutation EntityAnyUpdateProject($id: ID!) {
  updateProject(id: $id, version: 1, patch: {name: "改"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyUpdateProjectMutation, EntityAnyUpdateProjectMutationVariables>;
export const EntityAnyDeletePersonDocument = new TypedDocumentString(`
    mutation EntityAnyDeletePerson($id: ID!) {
  deletePerson(id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyDeletePersonMutation, EntityAnyDeletePersonMutationVariables>;
export const EntityAnyDeleteOrganizationDocument = new TypedDocumentString(`
    mutation EntityAnyDeleteOrganization($id: ID!) {
  deleteOrganization(id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyDeleteOrganizationMutation, EntityAnyDeleteOrganizationMutationVariables>;
export const EntityAnyDeleteProjectDocument = new TypedDocumentString(`
    mutation EntityAnyDeleteProject($id: ID!) {
  deleteProject(id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyDeleteProjectMutation, EntityAnyDeleteProjectMutationVariables>;
export const EntityAnyRestorePersonDocument = new TypedDocumentString(`
    mutation EntityAnyRestorePerson($id: ID!) {
  restorePerson(id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyRestorePersonMutation, EntityAnyRestorePersonMutationVariables>;
export const EntityAnyRestoreOrganizationDocument = new TypedDocumentString(`
    mutation EntityAnyRestoreOrganization($id: ID!) {
  restoreOrganization(id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyRestoreOrganizationMutation, EntityAnyRestoreOrganizationMutationVariables>;
export const EntityAnyRestoreProjectDocument = new TypedDocumentString(`
    mutation EntityAnyRestoreProject($id: ID!) {
  restoreProject(id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyRestoreProjectMutation, EntityAnyRestoreProjectMutationVariables>;
export const EntityAnyMergePeopleDocument = new TypedDocumentString(`
    mutation EntityAnyMergePeople($keep: ID!, $duplicate: ID!) {
  mergePeople(keep: $keep, duplicate: $duplicate) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyMergePeopleMutation, EntityAnyMergePeopleMutationVariables>;
export const EntityAnyMergeOrganizationsDocument = new TypedDocumentString(`
    mutation EntityAnyMergeOrganizations($keep: ID!, $duplicate: ID!) {
  mergeOrganizations(keep: $keep, duplicate: $duplicate) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyMergeOrganizationsMutation, EntityAnyMergeOrganizationsMutationVariables>;
export const EntityAnyLinkDocument = new TypedDocumentString(`
    mutation EntityAnyLink($input: LinkInput!) {
  link(input: $input) {
    type
  }
}
    `) as unknown as TypedDocumentString<EntityAnyLinkMutation, EntityAnyLinkMutationVariables>;
export const EntityAnyUnlinkDocument = new TypedDocumentString(`
    mutation EntityAnyUnlink($input: LinkInput!) {
  unlink(input: $input) {
    type
  }
}
    `) as unknown as TypedDocumentString<EntityAnyUnlinkMutation, EntityAnyUnlinkMutationVariables>;
export const EntityAnyCreateAccountDocument = new TypedDocumentString(`
    mutation EntityAnyCreateAccount {
  createAccount(
    input: {email: "n@example.org", password: "long enough pw", displayName: "n", role: ADMIN}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityAnyCreateAccountMutation, EntityAnyCreateAccountMutationVariables>;
export const ExploreNeighbourhoodDocument = new TypedDocumentString(`
    query ExploreNeighbourhood($id: ID!, $hops: Int, $limit: Int) {
  neighbourhood(id: $id, hops: $hops, limit: $limit) {
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
    `) as unknown as TypedDocumentString<ExploreNeighbourhoodQuery, ExploreNeighbourhoodQueryVariables>;
export const ExplorePathsDocument = new TypedDocumentString(`
    query ExplorePaths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    nodes {
      id
    }
    edges {
      from
      to
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorePathsQuery, ExplorePathsQueryVariables>;
export const ExploreSearchDocument = new TypedDocumentString(`
    query ExploreSearch($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    edges {
      score
      node {
        id
        kind
        label
      }
      entity {
        __typename
        ... on Project {
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
    `) as unknown as TypedDocumentString<ExploreSearchQuery, ExploreSearchQueryVariables>;
export const ExploreSearchKindOfDocument = new TypedDocumentString(`
    query ExploreSearchKindOf($query: String!, $kinds: [SearchKind!]) {
  search(query: $query, kinds: $kinds) {
    edges {
      node {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreSearchKindOfQuery, ExploreSearchKindOfQueryVariables>;
export const ExploreFusedSearchDocument = new TypedDocumentString(`
    query ExploreFusedSearch($q: String!, $kinds: [SearchKind!]) {
  search(query: $q, kinds: $kinds, first: 10) {
    mode
    notice
    edges {
      score
      node {
        id
        kind
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreFusedSearchQuery, ExploreFusedSearchQueryVariables>;
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
export const LearningApiCreateDocument = new TypedDocumentString(`
    mutation LearningApiCreate($input: LearningPathInput!) {
  createLearningPath(input: $input) {
    id
    slug
    version
    status
  }
}
    `) as unknown as TypedDocumentString<LearningApiCreateMutation, LearningApiCreateMutationVariables>;
export const LearningApiPublishDocument = new TypedDocumentString(`
    mutation LearningApiPublish($id: ID!, $version: Int!) {
  publishLearningPath(id: $id, version: $version, published: true) {
    version
    status
  }
}
    `) as unknown as TypedDocumentString<LearningApiPublishMutation, LearningApiPublishMutationVariables>;
export const LearningApiUpdateDocument = new TypedDocumentString(`
    mutation LearningApiUpdate($id: ID!, $version: Int!, $input: LearningPathInput!) {
  updateLearningPath(id: $id, version: $version, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<LearningApiUpdateMutation, LearningApiUpdateMutationVariables>;
export const LearningApiFindDocument = new TypedDocumentString(`
    query LearningApiFind($query: String, $industry: ID, $key: ID!, $code: ID!) {
  learningPaths(query: $query, industry: $industry, first: 5) {
    totalCount
    edges {
      node {
        slug
        industry {
          code
        }
      }
    }
  }
  learningPath(key: $key) {
    title
    steps {
      position
      kind
      url
      note
    }
  }
  industryLibrary(code: $code) {
    learningPaths {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<LearningApiFindQuery, LearningApiFindQueryVariables>;
export const LibraryOverviewDocument = new TypedDocumentString(`
    query LibraryOverview($code: ID!) {
  industryLibrary(code: $code) {
    industry {
      name
    }
    counts {
      documents
      topics
      policiesInForce
      news
      organizations
    }
    topics {
      totalCount
      edges {
        node {
          id
          trend {
            year
            count
          }
        }
      }
    }
    policies {
      edges {
        node {
          id
        }
      }
    }
    news {
      edges {
        node {
          id
        }
      }
    }
    organizations {
      edges {
        node {
          id
        }
      }
    }
    graph(limit: 30) {
      nodes {
        id
      }
    }
    feedUrl
  }
}
    `) as unknown as TypedDocumentString<LibraryOverviewQuery, LibraryOverviewQueryVariables>;
export const LibraryDocumentsOfIndustryDocument = new TypedDocumentString(`
    query LibraryDocumentsOfIndustry($code: ID!, $filter: LibraryDocumentFilter, $query: String!) {
  industryLibrary(code: $code) {
    documents(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
          year
        }
      }
    }
    searchDocuments(query: $query, filter: $filter) {
      totalCount
      exportUrl(format: CSV)
    }
    facets {
      years {
        value
      }
      journals {
        count
      }
      topics {
        topic {
          id
        }
        count
      }
    }
    exportUrl(format: RIS, filter: $filter)
  }
}
    `) as unknown as TypedDocumentString<LibraryDocumentsOfIndustryQuery, LibraryDocumentsOfIndustryQueryVariables>;
export const LibraryCountiesDocument = new TypedDocumentString(`
    query LibraryCounties {
  regions(level: COUNTY) {
    code
    name
    signatureIndustries {
      code
      name
      library {
        counts {
          documents
          policiesInForce
          news
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryCountiesQuery, LibraryCountiesQueryVariables>;
export const LibraryHotTopicsDocument = new TypedDocumentString(`
    query LibraryHotTopics($code: ID!, $window: HotTopicWindow) {
  industryLibrary(code: $code) {
    hotTopics(window: $window) {
      term
      count
      score
      mentions {
        kind
        id
      }
    }
  }
  hotTopics(window: $window, limit: 5) {
    term
  }
}
    `) as unknown as TypedDocumentString<LibraryHotTopicsQuery, LibraryHotTopicsQueryVariables>;
export const LibrarySectionsDocument = new TypedDocumentString(`
    query LibrarySections($code: ID!, $limit: Int!) {
  industryLibrary(code: $code) {
    industry {
      code
    }
    counts {
      topics
      topicsInReview
    }
    facets(limit: $limit) {
      years {
        value
      }
    }
    topics {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<LibrarySectionsQuery, LibrarySectionsQueryVariables>;
export const LibraryUnknownDocument = new TypedDocumentString(`
    query LibraryUnknown {
  industryLibrary(code: "jx-nothing") {
    feedUrl
  }
}
    `) as unknown as TypedDocumentString<LibraryUnknownQuery, LibraryUnknownQueryVariables>;
export const TrendTopicBurstsDocument = new TypedDocumentString(`
    query TrendTopicBursts($code: ID!) {
  hotTopics(source: TOPICS, window: WEEK) {
    term
    count
    topic {
      id
      label
    }
  }
  industryLibrary(code: $code) {
    hotTopics(source: TOPICS) {
      topic {
        id
      }
      mentions {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrendTopicBurstsQuery, TrendTopicBurstsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PolicyCurationHistoryQuery, PolicyCurationHistoryQueryVariables>;
export const PolicyCurationAuditByActorDocument = new TypedDocumentString(`
    query PolicyCurationAuditByActor($a: ID!) {
  auditLog(actor: $a) {
    edges {
      node {
        entityId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationAuditByActorQuery, PolicyCurationAuditByActorQueryVariables>;
export const PolicyCurationLastAuditDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PolicyCurationHistoriesQuery, PolicyCurationHistoriesQueryVariables>;
export const PolicyCurationPersonHistoryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PolicyCurationPersonHistoryQuery, PolicyCurationPersonHistoryQueryVariables>;
export const PolicyCurationPolicyHistoryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PolicyCurationPolicyHistoryQuery, PolicyCurationPolicyHistoryQueryVariables>;
export const PolicyCurationCrossLinkDocument = new TypedDocumentString(`
    mutation PolicyCurationCrossLink($i: LinkInput!) {
  link(input: $i) {
    type
    deleted
    pending
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationCrossLinkMutation, PolicyCurationCrossLinkMutationVariables>;
export const PolicyCurationAcceptLinkDocument = new TypedDocumentString(`
    mutation PolicyCurationAcceptLink($i: LinkInput!) {
  acceptLink(input: $i) {
    type
    deleted
    pending
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationAcceptLinkMutation, PolicyCurationAcceptLinkMutationVariables>;
export const PolicyCurationDeclineLinkDocument = new TypedDocumentString(`
    mutation PolicyCurationDeclineLink($i: LinkInput!) {
  declineLink(input: $i) {
    type
    deleted
    pending
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationDeclineLinkMutation, PolicyCurationDeclineLinkMutationVariables>;
export const PolicyCurationPendingLinksDocument = new TypedDocumentString(`
    query PolicyCurationPendingLinks($first: Int, $after: String) {
  pendingLinks(first: $first, after: $after) {
    edges {
      node {
        type
        fromId
        fromTitle
        fromLibrary
        toId
        toTitle
        requestedBy
        requestedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyCurationPendingLinksQuery, PolicyCurationPendingLinksQueryVariables>;
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
    edges {
      node {
        id
      }
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
export const PurchaseAccessTillDocument = new TypedDocumentString(`
    mutation PurchaseAccessTill($card: String!, $isbn: String!) {
  purchaseAtTill(cardNumber: $card, isbn: $isbn) {
    created
    request {
      id
      status
    }
    refusals {
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessTillMutation, PurchaseAccessTillMutationVariables>;
export const PurchaseAccessPickupDocument = new TypedDocumentString(`
    mutation PurchaseAccessPickup($id: ID!) {
  confirmPurchasePickup(request: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessPickupMutation, PurchaseAccessPickupMutationVariables>;
export const PurchaseAccessReviewDocument = new TypedDocumentString(`
    mutation PurchaseAccessReview($id: ID!) {
  reviewPurchase(request: $id, approve: true) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessReviewMutation, PurchaseAccessReviewMutationVariables>;
export const PurchaseAccessReturnDocument = new TypedDocumentString(`
    mutation PurchaseAccessReturn($id: ID!) {
  returnPurchase(request: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessReturnMutation, PurchaseAccessReturnMutationVariables>;
export const PurchaseAccessOneDocument = new TypedDocumentString(`
    query PurchaseAccessOne($id: ID!) {
  purchaseRequest(id: $id) {
    id
    status
    timeline {
      to
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessOneQuery, PurchaseAccessOneQueryVariables>;
export const PurchaseAccessMineDocument = new TypedDocumentString(`
    query PurchaseAccessMine {
  myPurchaseRequests {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessMineQuery, PurchaseAccessMineQueryVariables>;
export const PurchaseAccessAskDocument = new TypedDocumentString(`
    mutation PurchaseAccessAsk($isbn: String!, $store: ID!) {
  requestPurchase(isbn: $isbn, store: $store) {
    request {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessAskMutation, PurchaseAccessAskMutationVariables>;
export const PurchaseAccessQueueDocument = new TypedDocumentString(`
    query PurchaseAccessQueue($library: ID!) {
  purchaseRequests(library: $library, statuses: [UNDER_REVIEW]) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessQueueQuery, PurchaseAccessQueueQueryVariables>;
export const PurchaseAccessRulesDocument = new TypedDocumentString(`
    mutation PurchaseAccessRules($library: ID!, $version: Int!, $input: PurchaseRulesInput!) {
  updatePurchaseRules(library: $library, version: $version, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessRulesMutation, PurchaseAccessRulesMutationVariables>;
export const PurchaseAccessCheckDocument = new TypedDocumentString(`
    query PurchaseAccessCheck($isbn: String!) {
  purchaseEligibility(isbn: $isbn) {
    eligible
    refusals {
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseAccessCheckQuery, PurchaseAccessCheckQueryVariables>;
export const PurchaseImportHoldingsDocument = new TypedDocumentString(`
    mutation PurchaseImportHoldings($file: PurchaseFileInput!, $library: ID) {
  importPurchaseHoldings(file: $file, library: $library) {
    format
    booksAdded
    booksUpdated
    holdings
    rejected {
      line
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseImportHoldingsMutation, PurchaseImportHoldingsMutationVariables>;
export const PurchaseHoldingsCheckDocument = new TypedDocumentString(`
    query PurchaseHoldingsCheck($isbn: String!) {
  purchaseEligibility(isbn: $isbn) {
    eligible
    refusals {
      rule
      message
    }
    book {
      title
      allianceCopies
      holdings {
        library {
          id
        }
        copies
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseHoldingsCheckQuery, PurchaseHoldingsCheckQueryVariables>;
export const ReliabilityIndustriesDocument = new TypedDocumentString(`
    query ReliabilityIndustries {
  industries {
    code
  }
}
    `) as unknown as TypedDocumentString<ReliabilityIndustriesQuery, ReliabilityIndustriesQueryVariables>;
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
export const SourceRemoveDocument = new TypedDocumentString(`
    mutation SourceRemove($id: ID!) {
  removeSource(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SourceRemoveMutation, SourceRemoveMutationVariables>;
export const SourceAuditLogDocument = new TypedDocumentString(`
    query SourceAuditLog($id: ID!) {
  auditLog(entityId: $id, first: 10) {
    edges {
      node {
        action
        entityType
        before
        after
        actor {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceAuditLogQuery, SourceAuditLogQueryVariables>;
export const CrawledPoliciesDocument = new TypedDocumentString(`
    query CrawledPolicies($first: Int, $after: String) {
  policies(first: $first, after: $after) {
    edges {
      node {
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
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CrawledPoliciesQuery, CrawledPoliciesQueryVariables>;
export const CrawledPoliciesNextDocument = new TypedDocumentString(`
    query CrawledPoliciesNext($after: String) {
  policies(first: 2, after: $after) {
    edges {
      node {
        documentNumber
        links {
          kind
          direction
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<CrawledPoliciesNextQuery, CrawledPoliciesNextQueryVariables>;
export const CrawledPoliciesFilteredDocument = new TypedDocumentString(`
    query CrawledPoliciesFiltered($filter: PolicyFilter) {
  policies(filter: $filter) {
    edges {
      node {
        documentNumber
      }
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
    edges {
      node {
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
export const TopicOrderedDocument = new TypedDocumentString(`
    query TopicOrdered($orderBy: TopicOrder, $first: Int, $after: String) {
  topics(orderBy: $orderBy, first: $first, after: $after) {
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
    `) as unknown as TypedDocumentString<TopicOrderedQuery, TopicOrderedQueryVariables>;
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
export const WebWorkbenchCrossLinkDocument = new TypedDocumentString(`
    mutation WebWorkbenchCrossLink($input: LinkInput!) {
  link(input: $input) {
    pending
  }
}
    `) as unknown as TypedDocumentString<WebWorkbenchCrossLinkMutation, WebWorkbenchCrossLinkMutationVariables>;