/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type DocumentSearchMode =
  /** The cjk full-text index over title, abstract and keywords. */
  | 'FULLTEXT'
  /** FULLTEXT and SEMANTIC fused by reciprocal rank (UNAVAILABLE in a service without the embedding model). */
  | 'HYBRID'
  /** Nearest document embeddings to the query (embedded documents only; UNAVAILABLE in a service without the embedding model). */
  | 'SEMANTIC';

/** Who decided a filing: the machine (meaning and keywords, by the tuned rule) or a librarian, whose filing outranks it. */
export type FilingDecider =
  | 'LIBRARIAN'
  | 'MACHINE';

export type FiscalYearStatus =
  | 'CLOSED'
  | 'OPEN';

export type FundKind =
  /** The alliance's digital-resources fund; year-end leftovers go here. */
  | 'DIGITAL_RESOURCES'
  | 'OTHER'
  /** A member library's 你选书我买单 fund. */
  | 'READER_CHOICE';

/** The rolling window hot topics are counted over, against the year before it. */
export type HotTopicWindow =
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK';

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

export type OrganizationPatch = {
  aliases?: Array<string> | null | undefined;
  creditCode?: string | null | undefined;
  description?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
  name?: string | null | undefined;
  website?: string | null | undefined;
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

export type ProjectInput = {
  description?: string | null | undefined;
  name: string;
  sourceUrl?: string | null | undefined;
  startedOn?: string | null | undefined;
  status?: ProjectStatus | null | undefined;
};

export type ProjectPatch = {
  description?: string | null | undefined;
  name?: string | null | undefined;
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

export type SourceItemType =
  | 'NEWS'
  | 'POLICY';

export type SourceKind =
  | 'ATOM'
  | 'HTML'
  | 'JSONFEED'
  | 'RSS';

export type StatementStatus =
  | 'APPROVED'
  | 'OPEN'
  | 'PAID'
  | 'REVIEWED';

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

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { csrfToken: string | null, me: { id: string, displayName: string, role: Role, email: string | null, library: { id: string, name: string } | null } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { csrfToken: string, account: { id: string, displayName: string, role: Role, email: string | null, library: { id: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type TaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyQuery = { industries: Array<{ code: string, name: string, tier: string, parent: { code: string } | null }>, regions: Array<{ code: string, name: string, level: RegionLevel }> };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { message: string } };

export type BudgetDashboardQueryVariables = Exact<{
  fiscalYear?: string | null | undefined;
}>;


export type BudgetDashboardQuery = { budgetOverview: { fiscalYear: { code: string, name: string, periodStart: string, periodEnd: string, status: FiscalYearStatus }, budgets: Array<{ id: string, fundCode: string, fundName: string, fundKind: FundKind, status: string, plannedFen: number, totalFundingFen: number, encumberedFen: number, expendedFen: number, creditedFen: number, availableFen: number }>, contributions: Array<{ sourceCode: string, name: string, creditedFen: number, allocatedFen: number }>, months: Array<{ month: string, encumberedFen: number, expendedFen: number, creditedFen: number }> } };

export type BudgetStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetStatementsQuery = { statements: { totalCount: number, edges: Array<{ node: { id: string, storeId: string, month: string, status: StatementStatus, invoiceNo: string | null, lineCount: number, salesFen: number, returnsFen: number, discountFen: number, netFen: number, mismatchCount: number | null, csvUrl: string, xlsxUrl: string, mismatches: Array<{ message: string }> } }> } };

export type DocumentFileMutationVariables = Exact<{
  id: string | number;
  version: number;
  industries: Array<string> | string;
}>;


export type DocumentFileMutation = { fileDocument: { id: string, filingVersion: number } };

export type DocumentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentDetailQuery = { document: { id: string, title: string, abstract: string | null, keywords: Array<string>, authors: Array<string>, year: number | null, journal: string | null, volume: string | null, issue: string | null, pages: string | null, doi: string | null, issn: string | null, isbn: string | null, url: string | null, database: string | null, type: string, importedAt: string, filingVersion: number, industries: Array<{ score: number, semantic: number | null, lexical: number, evidence: Array<string>, decidedBy: FilingDecider, industry: { code: string, name: string } }> } | null };

export type SearchDocumentsQueryVariables = Exact<{
  query: string;
  mode?: DocumentSearchMode | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchDocumentsQuery = { searchDocuments: { mode: DocumentSearchMode, totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ score: number, node: { id: string, title: string, authors: Array<string>, year: number | null, journal: string | null, keywords: Array<string> } }> } };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
  person: boolean;
  organization: boolean;
  project: boolean;
}>;


export type EntityPageQuery = { person?: { id: string, name: string, title: string | null, description: string | null, deleted: boolean, updatedAt: string, provenance: { sourceUrl: string | null }, memberOf: Array<{ id: string, name: string }>, affiliations: Array<{ id: string, name: string }>, leads: Array<{ id: string, name: string }>, leadsOrganizations: Array<{ id: string, name: string }>, industries: Array<{ code: string, name: string }>, regions: Array<{ code: string, name: string }> } | null, organization?: { id: string, name: string, aliases: Array<string>, kind: OrganizationKind | null, website: string | null, creditCode: string | null, description: string | null, deleted: boolean, updatedAt: string, provenance: { sourceUrl: string | null }, members: Array<{ id: string, name: string }>, leaders: Array<{ id: string, name: string }>, projects: Array<{ id: string, name: string }>, affiliations: Array<{ id: string, name: string }>, fundedBy: Array<{ id: string, label: string }>, industries: Array<{ code: string, name: string }>, regions: Array<{ code: string, name: string }> } | null, project?: { id: string, name: string, description: string | null, status: ProjectStatus | null, startedOn: string | null, deleted: boolean, updatedAt: string, provenance: { sourceUrl: string | null }, leaders: Array<{ id: string, name: string }>, members: Array<{ id: string, name: string }>, organizations: Array<{ id: string, name: string }>, fundedBy: Array<{ id: string, label: string }>, industries: Array<{ code: string, name: string }>, regions: Array<{ code: string, name: string }> } | null, neighbourhood: { truncated: boolean, nodes: Array<{ id: string, kind: string, label: string }>, edges: Array<{ from: string, to: string, type: string }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { edges: Array<{ score: number, node: { id: string, kind: string, label: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type IndustriesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustriesPageQuery = { industries: Array<{ code: string, name: string, description: string, tier: string, keywords: Array<string>, parent: { code: string } | null, classifications: Array<{ code: string, name: string }>, regions: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number }, library: { counts: { documents: number, policiesInForce: number } | null } }>, regions: Array<{ code: string, name: string }> };

export type LearningPathsQueryVariables = Exact<{
  query?: string | null | undefined;
  industry?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type LearningPathsQuery = { learningPaths: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, industry: { code: string, name: string } | null, steps: Array<{ position: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LearningPathQueryVariables = Exact<{
  key: string | number;
}>;


export type LearningPathQuery = { learningPath: { id: string, slug: string, title: string, summary: string, status: LearningPathStatus, updatedAt: string, industry: { code: string, name: string } | null, steps: Array<{ position: number, kind: LearningStepKind, title: string, note: string, url: string | null, document: { id: string, title: string } | null, policy: { id: string, title: string } | null }> } | null };

export type CountyLibrariesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountyLibrariesQuery = { regions: Array<{ code: string, name: string, signatureIndustries: Array<{ code: string, name: string, library: { counts: { documents: number, topics: number, policiesInForce: number, news: number } | null } }> }> };

export type IndustryLibraryPageQueryVariables = Exact<{
  code: string | number;
}>;


export type IndustryLibraryPageQuery = { industryLibrary: { feedUrl: string, industry: { code: string, name: string, description: string, tier: string, keywords: Array<string>, classifications: Array<{ code: string, name: string }>, source: { title: string, issuer: string, year: number, documentNumber: string | null, url: string | null }, parent: { code: string, name: string } | null, children: Array<{ code: string, name: string }>, regions: Array<{ code: string, name: string }> }, counts: { documents: number, topics: number, topicsInReview: number, policiesInForce: number, news: number, organizations: number, people: number, projects: number } | null, topics: { totalCount: number, edges: Array<{ node: { id: string, label: string, size: number, trend: Array<{ year: number, count: number }> } }> } | null, policies: { edges: Array<{ node: { id: string, title: string, issuer: string | null, publishedDate: string | null } }> } | null, news: { edges: Array<{ node: { id: string, title: string, publishedAt: string | null } }> } | null, organizations: { edges: Array<{ node: { id: string, name: string } }> } | null, people: { edges: Array<{ node: { id: string, name: string } }> } | null, projects: { edges: Array<{ node: { id: string, name: string } }> } | null, graph: { truncated: boolean, nodes: Array<{ id: string, kind: string, label: string }>, edges: Array<{ from: string, to: string, type: string }> } | null, learningPaths: Array<{ id: string, slug: string, title: string, industry: { code: string } | null, steps: Array<{ position: number }> }> | null } | null, allTopics: { totalCount: number } };

export type LibraryFacetsQueryVariables = Exact<{
  code: string | number;
  filter?: LibraryDocumentFilter | null | undefined;
  query?: string | null | undefined;
}>;


export type LibraryFacetsQuery = { industryLibrary: { ris: string, bibtex: string, csv: string, facets: { years: Array<{ value: string, count: number }>, journals: Array<{ value: string, count: number }>, topics: Array<{ count: number, topic: { id: string, label: string } }> } | null } | null };

export type LibraryDocumentFieldsFragment = { id: string, title: string, authors: Array<string>, year: number | null, journal: string | null };

export type LibraryDocumentListQueryVariables = Exact<{
  code: string | number;
  filter?: LibraryDocumentFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type LibraryDocumentListQuery = { industryLibrary: { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, authors: Array<string>, year: number | null, journal: string | null } }> } | null } | null };

export type LibrarySearchQueryVariables = Exact<{
  code: string | number;
  query: string;
  filter?: LibraryDocumentFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type LibrarySearchQuery = { industryLibrary: { searchDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, authors: Array<string>, year: number | null, journal: string | null } }> } | null } | null };

export type NewsItemQueryVariables = Exact<{
  id: string | number;
}>;


export type NewsItemQuery = { newsItem: { id: string, url: string, title: string, html: string, publishedAt: string | null, author: string | null, region: { name: string } | null, source: { name: string } | null, industries: Array<{ code: string, name: string }>, mentions: Array<{ id: string, kind: MentionKind, name: string }> } | null };

export type NewsQueryVariables = Exact<{
  filter?: NewsFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type NewsQuery = { news: { edges: Array<{ node: { id: string, title: string, summary: string, publishedAt: string | null, region: { name: string } | null, source: { name: string } | null, industries: Array<{ code: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MatchPoliciesQueryVariables = Exact<{
  profile: CompanyProfile;
}>;


export type MatchPoliciesQuery = { matchPolicies: { edges: Array<{ node: { status: MatchStatus, reasons: Array<string>, missing: Array<string>, policy: { id: string, label: string } } }> } };

export type PolicyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyDetailQuery = { policy: { id: string, url: string, title: string, documentNumber: string | null, issuer: string | null, writtenDate: string | null, publishedDate: string | null, effectiveDate: string | null, expiryDate: string | null, validity: PolicyValidity | null, category: string | null, level: RegionLevel, html: string, revision: number, region: { name: string } | null, industries: Array<{ code: string, name: string }>, revisions: Array<{ number: number, title: string, documentNumber: string | null, validity: PolicyValidity | null, fetchedAt: string }>, attachments: Array<{ url: string, name: string, format: string }>, links: Array<{ kind: PolicyRelationKind, direction: LinkDirection, policy: { id: string, title: string, documentNumber: string | null, validity: PolicyValidity | null } }>, source: { name: string } | null } | null, policyConditions: { industryCodes: Array<string>, regionCodes: Array<string>, minAgeYears: number | null, maxAgeYears: number | null, minEmployees: number | null, maxEmployees: number | null, minRevenue: number | null, maxRevenue: number | null, minRdStaff: number | null, qualifications: Array<Qualification>, talentTypes: Array<string>, validFrom: string | null, validUntil: string | null } | null };

export type PoliciesQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type PoliciesQuery = { policies: { edges: Array<{ node: { id: string, title: string, documentNumber: string | null, issuer: string | null, publishedDate: string | null, validity: PolicyValidity | null, level: RegionLevel, region: { name: string } | null, industries: Array<{ code: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PurchaseHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchaseHomeQuery = { myPurchaseQuota: { periodDays: number, booksLeft: number, fenLeft: number, loansOut: number, card: { cardNumber: string, validUntil: string, loanCount: number, loanCap: number, homeLibrary: { name: string } } } | null, purchaseStores: Array<{ id: string, name: string, channel: PurchaseChannel }>, myPurchaseRequests: { edges: Array<{ node: { id: string, title: string, isbn: string, priceFen: number, statusLabel: string, status: PurchaseStatus, dueDate: string | null, refusals: Array<{ message: string }>, timeline: Array<{ to: PurchaseStatus, label: string, at: string, note: string | null }> } }> }, myPurchaseMessages: { edges: Array<{ node: { id: string, subject: string, read: boolean } }> } };

export type PurchaseCheckQueryVariables = Exact<{
  isbn: string;
}>;


export type PurchaseCheckQuery = { purchaseEligibility: { eligible: boolean, refusals: Array<{ rule: string, message: string }>, book: { isbn: string, isbnHyphenated: string, title: string, authors: Array<string>, publisher: string | null, year: number | null, priceFen: number | null, clcClass: string | null, allianceCopies: number } } };

export type RequestPurchaseMutationVariables = Exact<{
  isbn: string;
  store: string | number;
}>;


export type RequestPurchaseMutation = { requestPurchase: { created: boolean, request: { id: string, statusLabel: string } } };

export type TillStoreQueryVariables = Exact<{ [key: string]: never; }>;


export type TillStoreQuery = { myBookstore: { id: string, name: string } | null };

export type PurchaseAtTillMutationVariables = Exact<{
  cardNumber: string;
  isbn: string;
}>;


export type PurchaseAtTillMutation = { purchaseAtTill: { created: boolean, refusals: Array<{ rule: string, message: string }>, request: { id: string, title: string, status: PurchaseStatus, statusLabel: string, priceFen: number } } };

export type ConfirmPurchasePickupMutationVariables = Exact<{
  request: string | number;
}>;


export type ConfirmPurchasePickupMutation = { confirmPurchasePickup: { id: string, status: PurchaseStatus, statusLabel: string, dueDate: string | null } };

export type TopicMapIndustryMutationVariables = Exact<{
  id: string | number;
  industry?: string | null | undefined;
}>;


export type TopicMapIndustryMutation = { mapTopic: { id: string, mappingStatus: TopicMappingStatus } };

export type TopicDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TopicDetailQuery = { topic: { id: string, label: string, autoLabel: string, labelSource: TopicLabelSource, size: number, outlier: boolean, mappingStatus: TopicMappingStatus, mappingScore: number | null, industry: { code: string, name: string } | null, industryCandidates: Array<{ score: number, keywords: Array<string>, industry: { code: string, name: string }, documents: Array<{ id: string, title: string }> }>, keywords: Array<{ term: string, score: number }>, trend: Array<{ year: number, count: number }>, representativeDocuments: Array<{ id: string, title: string, year: number | null }>, documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, year: number | null } }> } } | null };

export type TopicDocumentsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type TopicDocumentsQuery = { topic: { id: string, documents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, year: number | null } }> } } | null };

export type TopicsQueryVariables = Exact<{
  industry?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type TopicsQuery = { topics: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, label: string, size: number, outlier: boolean, mappingStatus: TopicMappingStatus, industry: { code: string, name: string } | null, keywords: Array<{ term: string }> } }> } };

export type HotTopicsPanelQueryVariables = Exact<{
  industry?: string | number | null | undefined;
  window?: HotTopicWindow | null | undefined;
}>;


export type HotTopicsPanelQuery = { hotTopics: Array<{ term: string, count: number, expected: number, mentions: Array<{ kind: string, id: string, title: string, at: string }> }>, topics: Array<{ term: string, count: number, expected: number, topic: { id: string, label: string } | null, mentions: Array<{ id: string, title: string, at: string }> }> };

export type WorkbenchEntitiesQueryVariables = Exact<{
  person: boolean;
  organization: boolean;
  project: boolean;
  after?: string | null | undefined;
}>;


export type WorkbenchEntitiesQuery = { people?: { edges: Array<{ node: { id: string, name: string, deleted: boolean, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, organizations?: { edges: Array<{ node: { id: string, name: string, deleted: boolean, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, projects?: { edges: Array<{ node: { id: string, name: string, deleted: boolean, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WorkbenchEntityQueryVariables = Exact<{
  id: string | number;
  person: boolean;
  organization: boolean;
  project: boolean;
}>;


export type WorkbenchEntityQuery = { person?: { id: string, name: string, title: string | null, description: string | null, version: number, deleted: boolean, history: { edges: Array<{ node: { id: string, at: string, action: string, before: string | null, after: string | null, actor: { displayName: string } | null } }> } } | null, organization?: { id: string, name: string, aliases: Array<string>, kind: OrganizationKind | null, website: string | null, creditCode: string | null, description: string | null, version: number, deleted: boolean, history: { edges: Array<{ node: { id: string, at: string, action: string, before: string | null, after: string | null, actor: { displayName: string } | null } }> } } | null, project?: { id: string, name: string, description: string | null, status: ProjectStatus | null, startedOn: string | null, version: number, deleted: boolean, history: { edges: Array<{ node: { id: string, at: string, action: string, before: string | null, after: string | null, actor: { displayName: string } | null } }> } } | null, neighbourhood: { nodes: Array<{ id: string, kind: string, label: string }>, edges: Array<{ from: string, to: string, type: string }> } | null };

export type CreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string } };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string } };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string } };

export type UpdatePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: PersonPatch;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, version: number } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: OrganizationPatch;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, version: number } };

export type UpdateProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: ProjectPatch;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, version: number } };

export type DeletePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePersonMutation = { deletePerson: { id: string, version: number } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteOrganizationMutation = { deleteOrganization: { id: string, version: number } };

export type DeleteProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteProjectMutation = { deleteProject: { id: string, version: number } };

export type RestorePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RestorePersonMutation = { restorePerson: { id: string, version: number } };

export type RestoreOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RestoreOrganizationMutation = { restoreOrganization: { id: string, version: number } };

export type RestoreProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RestoreProjectMutation = { restoreProject: { id: string, version: number } };

export type LinkEntitiesMutationVariables = Exact<{
  input: LinkInput;
}>;


export type LinkEntitiesMutation = { link: { type: LinkType, fromId: string, toId: string } };

export type UnlinkEntitiesMutationVariables = Exact<{
  input: LinkInput;
}>;


export type UnlinkEntitiesMutation = { unlink: { type: LinkType, fromId: string, toId: string } };

export type LinkTargetSearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
}>;


export type LinkTargetSearchQuery = { search: { edges: Array<{ node: { id: string, kind: string, label: string } }> } };

export type MergePeopleMutationVariables = Exact<{
  keep: string | number;
  duplicate: string | number;
}>;


export type MergePeopleMutation = { mergePeople: { id: string, version: number } };

export type MergeOrganizationsMutationVariables = Exact<{
  keep: string | number;
  duplicate: string | number;
}>;


export type MergeOrganizationsMutation = { mergeOrganizations: { id: string, version: number } };

export type WorkbenchLearningPathsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WorkbenchLearningPathsQuery = { learningPaths: { edges: Array<{ node: { id: string, slug: string, title: string, status: LearningPathStatus, deleted: boolean, version: number, industry: { name: string } | null, steps: Array<{ position: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WorkbenchLearningPathQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkbenchLearningPathQuery = { learningPath: { id: string, slug: string, title: string, summary: string, status: LearningPathStatus, deleted: boolean, version: number, industry: { code: string } | null, steps: Array<{ position: number, kind: LearningStepKind, title: string, note: string, url: string | null, document: { id: string } | null, policy: { id: string } | null }> } | null, auditLog: { edges: Array<{ node: { id: string, at: string, action: string, before: string | null, after: string | null, actor: { displayName: string } | null } }> } };

export type CreateLearningPathMutationVariables = Exact<{
  input: LearningPathInput;
}>;


export type CreateLearningPathMutation = { createLearningPath: { id: string, version: number } };

export type UpdateLearningPathMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LearningPathInput;
}>;


export type UpdateLearningPathMutation = { updateLearningPath: { id: string, version: number } };

export type PublishLearningPathMutationVariables = Exact<{
  id: string | number;
  version: number;
  published: boolean;
}>;


export type PublishLearningPathMutation = { publishLearningPath: { id: string, version: number, status: LearningPathStatus } };

export type DeleteLearningPathMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteLearningPathMutation = { deleteLearningPath: { id: string, version: number } };

export type RestoreLearningPathMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RestoreLearningPathMutation = { restoreLearningPath: { id: string, version: number } };

export type PolicyConditionsEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyConditionsEditorQuery = { policy: { id: string, title: string, documentNumber: string | null } | null, policyConditions: { industryCodes: Array<string>, regionCodes: Array<string>, minAgeYears: number | null, maxAgeYears: number | null, minEmployees: number | null, maxEmployees: number | null, minRevenue: number | null, maxRevenue: number | null, minRdStaff: number | null, qualifications: Array<Qualification>, talentTypes: Array<string>, validFrom: string | null, validUntil: string | null, version: number, updatedAt: string } | null };

export type SuggestPolicyConditionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SuggestPolicyConditionsQuery = { suggestPolicyConditions: { maxAgeYears: number | null, minRdStaff: number | null, minRevenue: number | null, maxEmployees: number | null, qualifications: Array<Qualification>, evidence: Array<string> } | null };

export type SetPolicyConditionsMutationVariables = Exact<{
  id: string | number;
  version: number;
  conditions: PolicyConditionsInput;
}>;


export type SetPolicyConditionsMutation = { setPolicyConditions: { version: number } };

export type ConditionsPoliciesQueryVariables = Exact<{
  issuer?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConditionsPoliciesQuery = { policies: { edges: Array<{ node: { id: string, title: string, documentNumber: string | null, validity: PolicyValidity | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PendingLinksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PendingLinksQuery = { pendingLinks: { edges: Array<{ node: { type: LinkType, fromId: string, fromTitle: string, fromLibrary: string | null, toId: string, toTitle: string, requestedBy: string, requestedAt: string, sourceUrl: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcceptPendingLinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type AcceptPendingLinkMutation = { acceptLink: { type: LinkType, pending: boolean, deleted: boolean } };

export type DeclinePendingLinkMutationVariables = Exact<{
  input: LinkInput;
}>;


export type DeclinePendingLinkMutation = { declineLink: { type: LinkType, pending: boolean, deleted: boolean } };

export type PurchaseDeskQueryVariables = Exact<{
  library: string | number;
  statuses?: Array<PurchaseStatus> | PurchaseStatus | null | undefined;
}>;


export type PurchaseDeskQuery = { purchaseRequests: { edges: Array<{ node: { id: string, title: string, isbn: string, priceFen: number, status: PurchaseStatus, statusLabel: string, reviewReason: string | null, cardNumber: string, dueDate: string | null, createdAt: string } }> } };

export type ReviewPurchaseMutationVariables = Exact<{
  request: string | number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type ReviewPurchaseMutation = { reviewPurchase: { id: string, status: PurchaseStatus } };

export type ReturnPurchaseMutationVariables = Exact<{
  request: string | number;
}>;


export type ReturnPurchaseMutation = { returnPurchase: { id: string, status: PurchaseStatus } };

export type CataloguePurchaseMutationVariables = Exact<{
  request: string | number;
}>;


export type CataloguePurchaseMutation = { cataloguePurchase: { id: string, status: PurchaseStatus } };

export type PurchaseRulesOfLibraryQueryVariables = Exact<{
  library: string | number;
}>;


export type PurchaseRulesOfLibraryQuery = { purchaseRules: { version: number, maxPriceFen: number, maxBooksPerOrder: number, periodDays: number, maxBooksPerPeriod: number, maxFenPerPeriod: number, maxHoldingCopies: number, onePerReaderPerTitle: boolean, minPublicationYear: number | null, excludedClcPrefixes: Array<string>, excludedKinds: Array<BookKind>, returnBeforeNext: boolean, loanDays: number, reviewAboveFen: number | null, channels: Array<PurchaseChannel>, updatedAt: string | null } };

export type UpdatePurchaseRulesMutationVariables = Exact<{
  library: string | number;
  version: number;
  input: PurchaseRulesInput;
}>;


export type UpdatePurchaseRulesMutation = { updatePurchaseRules: { version: number, updatedAt: string | null } };

export type CrawlSourcesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CrawlSourcesQuery = { sources: { edges: Array<{ node: { id: string, name: string, kind: SourceKind, url: string, itemType: SourceItemType, enabled: boolean, disabledReason: string | null, verified: boolean, errorCount: number, lastError: string | null, lastCheckedAt: string | null, nextCheckAt: string | null, schedule: string, runs: { edges: Array<{ node: { id: string, status: CrawlRunStatus, startedAt: string, fetched: number, new: number, updated: number, errors: number } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CrawlNowMutationVariables = Exact<{
  id: string | number;
}>;


export type CrawlNowMutation = { crawlSource: { sourceId: string, skippedBecause: string | null, disabled: boolean, run: { status: CrawlRunStatus, fetched: number, new: number, updated: number, errors: number, messages: Array<string> } | null } };

export type SetSourceEnabledMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
  reason?: string | null | undefined;
}>;


export type SetSourceEnabledMutation = { setSourceEnabled: { id: string, enabled: boolean, disabledReason: string | null } };

export type RemoveSourceMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveSourceMutation = { removeSource: { id: string, name: string } };

export type TopicReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicReviewQueueQuery = { topicReviewQueue: { edges: Array<{ node: { id: string, label: string, size: number, mappingScore: number | null, keywords: Array<{ term: string }>, industryCandidates: Array<{ score: number, keywords: Array<string>, industry: { code: string, name: string } }> } }> } };

export type MapTopicMutationVariables = Exact<{
  id: string | number;
  industry?: string | null | undefined;
}>;


export type MapTopicMutation = { mapTopic: { id: string, mappingStatus: TopicMappingStatus, industry: { code: string, name: string } | null } };

export const LibraryDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}}]}}]} as unknown as DocumentNode<LibraryDocumentFieldsFragment, unknown>;
export const SessionDocument = {"__meta__":{"hash":"sha256:c2b6fd2a0cc69792560b04d04146911f82cbbeeabe9518410d0e92cc18b3ac05"}} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:981ffc7af3e469aefd421a60e0088f5824c33be25ec2d378d44b4bfa8919af7f"}} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"}} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const TaxonomyDocument = {"__meta__":{"hash":"sha256:b1cf05a50f907d913ac6f688e7921b0897abfebf3897013428b9244c53e9ad0e"}} as unknown as DocumentNode<TaxonomyQuery, TaxonomyQueryVariables>;
export const RegisterDocument = {"__meta__":{"hash":"sha256:4be4bb85e35ad41509cade723a03b8e91c1049d34fe5a685874b2bb27018edf5"}} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const BudgetDashboardDocument = {"__meta__":{"hash":"sha256:aeb1e3cd00b3aca7826a8b40b9f6db95406a26a8d235a1515714db78d745a945"}} as unknown as DocumentNode<BudgetDashboardQuery, BudgetDashboardQueryVariables>;
export const BudgetStatementsDocument = {"__meta__":{"hash":"sha256:6a0d03c1b55fb51d9a1261f6c980e9397b706938d51d87de1e7251a9b1f62caa"}} as unknown as DocumentNode<BudgetStatementsQuery, BudgetStatementsQueryVariables>;
export const DocumentFileDocument = {"__meta__":{"hash":"sha256:22df5e4ed3c3eb819a22f68ddfaf6b952bb03fdf48e1e277051b5ba4c9397876"}} as unknown as DocumentNode<DocumentFileMutation, DocumentFileMutationVariables>;
export const DocumentDetailDocument = {"__meta__":{"hash":"sha256:034ebfe10aca5c6ddf06223016aa74a8ac239cb8431416d2535d0106637b8707"}} as unknown as DocumentNode<DocumentDetailQuery, DocumentDetailQueryVariables>;
export const SearchDocumentsDocument = {"__meta__":{"hash":"sha256:52b3672ed38d107b42dc515f9b886d3d08b59329ca561d2f3b5893ffbbb87db4"}} as unknown as DocumentNode<SearchDocumentsQuery, SearchDocumentsQueryVariables>;
export const EntityPageDocument = {"__meta__":{"hash":"sha256:b4307842b81af52701512b2ed8703f533fce593d74de94dd41c2a5fbdeda838d"}} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:4ef5b8827afc9201c0acfbbf6fa2092b79619f68ddfb50b65aef4e122eca0a7e"}} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const IndustriesPageDocument = {"__meta__":{"hash":"sha256:ab2463cc088f5cedf5beae56cd7a842816f4cf02785226af0747180ab77f7113"}} as unknown as DocumentNode<IndustriesPageQuery, IndustriesPageQueryVariables>;
export const LearningPathsDocument = {"__meta__":{"hash":"sha256:1dbddeb2e5af849d4fbae9971cff816fcc31b2cac4fb114261a2b1cb2013d0b8"}} as unknown as DocumentNode<LearningPathsQuery, LearningPathsQueryVariables>;
export const LearningPathDocument = {"__meta__":{"hash":"sha256:df7875857e95f41d374d1f1bc2dabb5e53bfc977b5234d33e291c8e342b5bc48"}} as unknown as DocumentNode<LearningPathQuery, LearningPathQueryVariables>;
export const CountyLibrariesDocument = {"__meta__":{"hash":"sha256:ba2265f2d1b8114820de4368ec3c846747af2a1f0740fe06d96f50180d082162"}} as unknown as DocumentNode<CountyLibrariesQuery, CountyLibrariesQueryVariables>;
export const IndustryLibraryPageDocument = {"__meta__":{"hash":"sha256:87a5642aaf8006a83a283486536065dffb4c2a0b0622915ef24bffe123c2dede"}} as unknown as DocumentNode<IndustryLibraryPageQuery, IndustryLibraryPageQueryVariables>;
export const LibraryFacetsDocument = {"__meta__":{"hash":"sha256:1e55042072d374ed46edb33bc6f3338a2fc3dbf3ec507cf9a0d2b671d14de53e"}} as unknown as DocumentNode<LibraryFacetsQuery, LibraryFacetsQueryVariables>;
export const LibraryDocumentListDocument = {"__meta__":{"hash":"sha256:a7e47550023ed717d3404f5dc484842d5223ed9fee60805bce19632a38c60175"}} as unknown as DocumentNode<LibraryDocumentListQuery, LibraryDocumentListQueryVariables>;
export const LibrarySearchDocument = {"__meta__":{"hash":"sha256:84a34b8e46e10bb69d82679adf9de8573b6e00873983b665cfcdcbd932876bd6"}} as unknown as DocumentNode<LibrarySearchQuery, LibrarySearchQueryVariables>;
export const NewsItemDocument = {"__meta__":{"hash":"sha256:a28637594ffd42f5a15efd5ccfc6c23b69676514e73af0a39ffa60176d3e9110"}} as unknown as DocumentNode<NewsItemQuery, NewsItemQueryVariables>;
export const NewsDocument = {"__meta__":{"hash":"sha256:c9df700663b69fb5d77fd16307ae0f116e6f67054db28c160d1448cbbbdce8ae"}} as unknown as DocumentNode<NewsQuery, NewsQueryVariables>;
export const MatchPoliciesDocument = {"__meta__":{"hash":"sha256:d82e81562b20c3fa95045ce4decf2830e937e305b398ce717780f66c3673f227"}} as unknown as DocumentNode<MatchPoliciesQuery, MatchPoliciesQueryVariables>;
export const PolicyDetailDocument = {"__meta__":{"hash":"sha256:17c5a0b31ab5296e50d060673a34036641b07c31a50a24f62e0c1e071809d21e"}} as unknown as DocumentNode<PolicyDetailQuery, PolicyDetailQueryVariables>;
export const PoliciesDocument = {"__meta__":{"hash":"sha256:fe79112d95535243f1b2c8621ce00d3a958c24f880d4cc56bd6a2c98fc8e86b8"}} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const PurchaseHomeDocument = {"__meta__":{"hash":"sha256:02a50d68bf7461fe756a1d6972ca97d7813a9bd6ea7a5d1d3b0ba13c8e84114c"}} as unknown as DocumentNode<PurchaseHomeQuery, PurchaseHomeQueryVariables>;
export const PurchaseCheckDocument = {"__meta__":{"hash":"sha256:f8fe7f4a7f3393debe23cd6d7a9e6e5bad5af6cc39448e9298e432ecbfcca903"}} as unknown as DocumentNode<PurchaseCheckQuery, PurchaseCheckQueryVariables>;
export const RequestPurchaseDocument = {"__meta__":{"hash":"sha256:7e55cd974ed60da30e7cb532c43c85525b3e7561b373c0a65a84ea4fea8ddc56"}} as unknown as DocumentNode<RequestPurchaseMutation, RequestPurchaseMutationVariables>;
export const TillStoreDocument = {"__meta__":{"hash":"sha256:46ff378c8ada9e52bbc29884aedbc5ccbe4eb7710cc9d7c399fe590f24ffef53"}} as unknown as DocumentNode<TillStoreQuery, TillStoreQueryVariables>;
export const PurchaseAtTillDocument = {"__meta__":{"hash":"sha256:ca34cf7a30461ffce7eb54d05d38c11d50ce102b55e4d165a8598d14f835bd8a"}} as unknown as DocumentNode<PurchaseAtTillMutation, PurchaseAtTillMutationVariables>;
export const ConfirmPurchasePickupDocument = {"__meta__":{"hash":"sha256:3ae9826b6a495119fa23cc557458db6cf8d0daa7b06578c415da4352d1858fb6"}} as unknown as DocumentNode<ConfirmPurchasePickupMutation, ConfirmPurchasePickupMutationVariables>;
export const TopicMapIndustryDocument = {"__meta__":{"hash":"sha256:d711a2867ba37710388df1eaf068def8b84fcfa73e6f05dc77e1628d83cbed20"}} as unknown as DocumentNode<TopicMapIndustryMutation, TopicMapIndustryMutationVariables>;
export const TopicDetailDocument = {"__meta__":{"hash":"sha256:613b0e6b2e6bb7c8ef3a14fc81fc033ac6d35e6c27acd6d2d52d0b22b54315c0"}} as unknown as DocumentNode<TopicDetailQuery, TopicDetailQueryVariables>;
export const TopicDocumentsDocument = {"__meta__":{"hash":"sha256:6224754e10b97f828203fc61573a7d49cf69f58737086aacab72e56cf452e670"}} as unknown as DocumentNode<TopicDocumentsQuery, TopicDocumentsQueryVariables>;
export const TopicsDocument = {"__meta__":{"hash":"sha256:d1b38678b27ef0fc05bcf40757bfdecf343a89e15363d210f96eb955474ca2f2"}} as unknown as DocumentNode<TopicsQuery, TopicsQueryVariables>;
export const HotTopicsPanelDocument = {"__meta__":{"hash":"sha256:ba3553bbdd3e73e8e95c79d72503641570e07277e2582fd23e82b18d49d06553"}} as unknown as DocumentNode<HotTopicsPanelQuery, HotTopicsPanelQueryVariables>;
export const WorkbenchEntitiesDocument = {"__meta__":{"hash":"sha256:062b6158876e786dce6bfce1ace2066088c63c66f6bdae4a84af23a993d401e7"}} as unknown as DocumentNode<WorkbenchEntitiesQuery, WorkbenchEntitiesQueryVariables>;
export const WorkbenchEntityDocument = {"__meta__":{"hash":"sha256:1d58d72f165ffe15756bc968a0942777e47145e69d9a2c65244dc0fcbc446cdd"}} as unknown as DocumentNode<WorkbenchEntityQuery, WorkbenchEntityQueryVariables>;
export const CreatePersonDocument = {"__meta__":{"hash":"sha256:c3773182d220a8ab373a2576e102ef4081916b9f98d8e24358aa9acaeb702500"}} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const CreateOrganizationDocument = {"__meta__":{"hash":"sha256:c3ef91eb0de0e25e7a8506466bcd83f4ef27be1eed855d644befae5711568fbf"}} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"sha256:ebd579c7dd2ec1cf51530fe2f2d34aef96b3358ad8a59fed4268aa2e92f2df90"}} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdatePersonDocument = {"__meta__":{"hash":"sha256:7a0daa867cca535402ff1c034089e6eb6bd11fbec591889f87c140681ebaed4d"}} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const UpdateOrganizationDocument = {"__meta__":{"hash":"sha256:640b43f20be21a51d97bf91a21e309fd4b7b8403019e6b4ec4f8971fd72c7b27"}} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const UpdateProjectDocument = {"__meta__":{"hash":"sha256:9a69e8de5c63f594e53cf3d673a4f2271a1ce638a21f1a1b8371fac538f3a858"}} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const DeletePersonDocument = {"__meta__":{"hash":"sha256:213744078c4c902b74ca0a033c77e5e6be174a7ef8fa1355d2ba1f011033eb8e"}} as unknown as DocumentNode<DeletePersonMutation, DeletePersonMutationVariables>;
export const DeleteOrganizationDocument = {"__meta__":{"hash":"sha256:1f6571d90ef1100d15af8bbb3740696620b73ea030cc9a1f5dc8a9c2ac00c41b"}} as unknown as DocumentNode<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const DeleteProjectDocument = {"__meta__":{"hash":"sha256:0fe6ea89e942754f0c459c208a935ccbd817f8e4ca192a161542af76fbd64bee"}} as unknown as DocumentNode<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const RestorePersonDocument = {"__meta__":{"hash":"sha256:78df49588a735d13ac84560090b935b4516dc6f9675adb4eff2c8c79bdddb9f1"}} as unknown as DocumentNode<RestorePersonMutation, RestorePersonMutationVariables>;
export const RestoreOrganizationDocument = {"__meta__":{"hash":"sha256:c21373a24de474af8ab6a41f0b51b0cec0ceb4d74845c01964459d2224fb4cea"}} as unknown as DocumentNode<RestoreOrganizationMutation, RestoreOrganizationMutationVariables>;
export const RestoreProjectDocument = {"__meta__":{"hash":"sha256:44e23996ca60fad81694f662479ec1ad368cef5e373dc8b0aeea4dd0bcdd6cc2"}} as unknown as DocumentNode<RestoreProjectMutation, RestoreProjectMutationVariables>;
export const LinkEntitiesDocument = {"__meta__":{"hash":"sha256:c4a6cccd1b91a0b618371e70855485908cf76850980838237891127243475b30"}} as unknown as DocumentNode<LinkEntitiesMutation, LinkEntitiesMutationVariables>;
export const UnlinkEntitiesDocument = {"__meta__":{"hash":"sha256:5f767e7706161431a8d9b6851e9bc2eddb2350fd159eba1ceb6a21b8d01442c8"}} as unknown as DocumentNode<UnlinkEntitiesMutation, UnlinkEntitiesMutationVariables>;
export const LinkTargetSearchDocument = {"__meta__":{"hash":"sha256:26e6dca18993e650d4337239e20e60404ef80f40387a7bc5e534d52da079db4f"}} as unknown as DocumentNode<LinkTargetSearchQuery, LinkTargetSearchQueryVariables>;
export const MergePeopleDocument = {"__meta__":{"hash":"sha256:bd87aede7dd0284aa42f42eb4afa439a0aa085ec1ca82f83a4b341a616640781"}} as unknown as DocumentNode<MergePeopleMutation, MergePeopleMutationVariables>;
export const MergeOrganizationsDocument = {"__meta__":{"hash":"sha256:b974ff07808320c90a08ad58276f64aae8d3be56cfedf989c862b7103fe36016"}} as unknown as DocumentNode<MergeOrganizationsMutation, MergeOrganizationsMutationVariables>;
export const WorkbenchLearningPathsDocument = {"__meta__":{"hash":"sha256:787c3f6a0d51e70967275a5c6eb08679c67c940349a19cc7820cbe332a8c29b9"}} as unknown as DocumentNode<WorkbenchLearningPathsQuery, WorkbenchLearningPathsQueryVariables>;
export const WorkbenchLearningPathDocument = {"__meta__":{"hash":"sha256:3342586aa5f52a81232185a3379cb6e4f864c7f024b2b40ef9b1cb9dc142d694"}} as unknown as DocumentNode<WorkbenchLearningPathQuery, WorkbenchLearningPathQueryVariables>;
export const CreateLearningPathDocument = {"__meta__":{"hash":"sha256:505827e382c0d4bb8fef80f5874cad9f784863d4f52f15895156285ec9c69327"}} as unknown as DocumentNode<CreateLearningPathMutation, CreateLearningPathMutationVariables>;
export const UpdateLearningPathDocument = {"__meta__":{"hash":"sha256:209df2a1a1a0f2fc7b28fd4cef641b20ce23cfeece733056b464aff32684423d"}} as unknown as DocumentNode<UpdateLearningPathMutation, UpdateLearningPathMutationVariables>;
export const PublishLearningPathDocument = {"__meta__":{"hash":"sha256:b9eb37a15321c0d82054d85e3ec90a7e6eef3329411f18f420c82bb08bbde39d"}} as unknown as DocumentNode<PublishLearningPathMutation, PublishLearningPathMutationVariables>;
export const DeleteLearningPathDocument = {"__meta__":{"hash":"sha256:764fa1f1fb536e1d6e2796f4d11e6d7a00cdaf7b7d0dad404f1a62b16205ac90"}} as unknown as DocumentNode<DeleteLearningPathMutation, DeleteLearningPathMutationVariables>;
export const RestoreLearningPathDocument = {"__meta__":{"hash":"sha256:57f3df81190a16c16135459e968853b3a85ad2f1095a9fecfb061df038c823cd"}} as unknown as DocumentNode<RestoreLearningPathMutation, RestoreLearningPathMutationVariables>;
export const PolicyConditionsEditorDocument = {"__meta__":{"hash":"sha256:150b9a2e80f301428b389180e96cd6b5388626027e8ecc3610a2a11ede567378"}} as unknown as DocumentNode<PolicyConditionsEditorQuery, PolicyConditionsEditorQueryVariables>;
export const SuggestPolicyConditionsDocument = {"__meta__":{"hash":"sha256:d2b8f2576ea5fd7f263722efda2adc2fcf3fbbee18f875e108413b1c1ff5d4eb"}} as unknown as DocumentNode<SuggestPolicyConditionsQuery, SuggestPolicyConditionsQueryVariables>;
export const SetPolicyConditionsDocument = {"__meta__":{"hash":"sha256:c29956cc179bdda7469fe1a7344b057c8182a22a1bd9a07b71f937b1634e7919"}} as unknown as DocumentNode<SetPolicyConditionsMutation, SetPolicyConditionsMutationVariables>;
export const ConditionsPoliciesDocument = {"__meta__":{"hash":"sha256:064f2f4fe85f2fb3061bc1c81deb53a92621ca03a108c1646909bf5ff423f358"}} as unknown as DocumentNode<ConditionsPoliciesQuery, ConditionsPoliciesQueryVariables>;
export const PendingLinksDocument = {"__meta__":{"hash":"sha256:0f56a50f989816864ca7aa745f901efbd48e4964aebc623eddef238808990f32"}} as unknown as DocumentNode<PendingLinksQuery, PendingLinksQueryVariables>;
export const AcceptPendingLinkDocument = {"__meta__":{"hash":"sha256:c7d1f5831b056a8b2c4d8191bc6eb326aaf82cda695734de3c08098db5cdb270"}} as unknown as DocumentNode<AcceptPendingLinkMutation, AcceptPendingLinkMutationVariables>;
export const DeclinePendingLinkDocument = {"__meta__":{"hash":"sha256:81beca44b96283bf76c509f831f896a15ce75927000bc36588202be1f3232bea"}} as unknown as DocumentNode<DeclinePendingLinkMutation, DeclinePendingLinkMutationVariables>;
export const PurchaseDeskDocument = {"__meta__":{"hash":"sha256:86f23c99cd9bc1819cc4870882f5edc351dd408026c47c3d3258bf2813ec8674"}} as unknown as DocumentNode<PurchaseDeskQuery, PurchaseDeskQueryVariables>;
export const ReviewPurchaseDocument = {"__meta__":{"hash":"sha256:8f1e3197ff187a82625aec99aad0b21bfe234a2c51d6a26cd78a634c4eb3608e"}} as unknown as DocumentNode<ReviewPurchaseMutation, ReviewPurchaseMutationVariables>;
export const ReturnPurchaseDocument = {"__meta__":{"hash":"sha256:95c133c021a022cb4e13881a2b83b8843fa127065c1b3e8dcde3be9f7e223f84"}} as unknown as DocumentNode<ReturnPurchaseMutation, ReturnPurchaseMutationVariables>;
export const CataloguePurchaseDocument = {"__meta__":{"hash":"sha256:34967a72681de75b0ec6a046fcae5e184d294471b822c9da9b081a3841ed471c"}} as unknown as DocumentNode<CataloguePurchaseMutation, CataloguePurchaseMutationVariables>;
export const PurchaseRulesOfLibraryDocument = {"__meta__":{"hash":"sha256:5beff6f49249a058fd490021b71c47c31a897bfb716bb026c5722570fc2d2035"}} as unknown as DocumentNode<PurchaseRulesOfLibraryQuery, PurchaseRulesOfLibraryQueryVariables>;
export const UpdatePurchaseRulesDocument = {"__meta__":{"hash":"sha256:0b155fea33dd9fe65165d42bb237ad35f5f3d8d81d0abf8202a90f506e138a8d"}} as unknown as DocumentNode<UpdatePurchaseRulesMutation, UpdatePurchaseRulesMutationVariables>;
export const CrawlSourcesDocument = {"__meta__":{"hash":"sha256:1feb2cbd6e3169344cb89c5d9d2bcf44114fafb0106f50130ae135b0451b34e7"}} as unknown as DocumentNode<CrawlSourcesQuery, CrawlSourcesQueryVariables>;
export const CrawlNowDocument = {"__meta__":{"hash":"sha256:76279edde6a4233e8129adf4e90dff0040579d2f991fbe4db7bd78a5da2b9a1e"}} as unknown as DocumentNode<CrawlNowMutation, CrawlNowMutationVariables>;
export const SetSourceEnabledDocument = {"__meta__":{"hash":"sha256:95d518b4b8b6350d9d60a6f449c10cb1c9203a263f220d63dca774c17e203bcb"}} as unknown as DocumentNode<SetSourceEnabledMutation, SetSourceEnabledMutationVariables>;
export const RemoveSourceDocument = {"__meta__":{"hash":"sha256:fec392462d8f92d4c452747cf7059bc316afa9a4bed687f652a8f08d3782d4de"}} as unknown as DocumentNode<RemoveSourceMutation, RemoveSourceMutationVariables>;
export const TopicReviewQueueDocument = {"__meta__":{"hash":"sha256:0829a51391d64959551f91cf0ca68fcc3fd4a995acfeb343a76ef923625ccd6c"}} as unknown as DocumentNode<TopicReviewQueueQuery, TopicReviewQueueQueryVariables>;
export const MapTopicDocument = {"__meta__":{"hash":"sha256:cdf2b1c3543d985da723cd8d6b9261423c0ff562cbeccbbe31d74f7418c36f14"}} as unknown as DocumentNode<MapTopicMutation, MapTopicMutationVariables>;