import type { GraphQLResolveInfo } from 'graphql';
import type { AccountMapper, AccountConnectionMapper, AccountEdgeMapper, AuthPayloadMapper, LibraryMapper } from './account/schema.mappers.js';
import type { AuditConnectionMapper, AuditEdgeMapper, AuditEntryMapper } from './audit/schema.mappers.js';
import type { BookMapper, BookConnectionMapper, BookEdgeMapper, BookHoldingMapper, BookstoreMapper, LibraryCardMapper, PurchaseEligibilityMapper, PurchaseMessageMapper, PurchaseMessageConnectionMapper, PurchaseMessageEdgeMapper, PurchaseOutcomeMapper, PurchaseQuotaMapper, PurchaseRequestMapper, PurchaseRequestConnectionMapper, PurchaseRequestEdgeMapper, PurchaseRulesMapper, PurchaseTransitionMapper } from './purchase/schema.mappers.js';
import type { BudgetMapper, BudgetContributionMapper, BudgetOverviewMapper, BudgetTransactionMapper, BudgetTransactionConnectionMapper, BudgetTransactionEdgeMapper, FiscalYearMapper, StatementMapper, StatementConnectionMapper, StatementEdgeMapper, StatementLineMapper, StatementMismatchMapper, YearEndPlanMapper } from './budget/schema.mappers.js';
import type { BulkImportReportMapper, LinkMapper, OrganizationMapper, OrganizationConnectionMapper, OrganizationEdgeMapper, PendingLinkMapper, PendingLinkConnectionMapper, PendingLinkEdgeMapper, PersonMapper, PersonConnectionMapper, PersonEdgeMapper, ProjectMapper, ProjectConnectionMapper, ProjectEdgeMapper } from './entity/schema.mappers.js';
import type { CrawlRunMapper, CrawlRunConnectionMapper, SourceMapper, SourceConnectionMapper } from './source/schema.mappers.js';
import type { DocumentMapper, DocumentConnectionMapper, DocumentFilingMapper, DocumentProvenanceMapper, DocumentSearchResultMapper, ImportDuplicateMapper, ImportJobMapper, ImportJobConnectionMapper, ImportMergeMapper, ImportRecognisedMapper, ImportUpdateMapper } from './document/schema.mappers.js';
import type { EmbeddingJobMapper, EmbeddingJobConnectionMapper, SemanticHitMapper, SemanticHitConnectionMapper } from './embedding/schema.mappers.js';
import type { GraphNodeMapper, SearchEdgeMapper, SearchResultsMapper } from './explore/schema.mappers.js';
import type { HotTopicMapper } from './trend/schema.mappers.js';
import type { IndustryMapper, OfficialDocumentMapper, RegionMapper } from './industry/schema.mappers.js';
import type { IndustryLibraryMapper, IndustryLibraryCountsMapper, TopicFacetCountMapper } from './library/schema.mappers.js';
import type { LearningPathMapper, LearningPathConnectionMapper, LearningPathEdgeMapper, LearningStepMapper } from './learning/schema.mappers.js';
import type { MentionMapper, NewsConnectionMapper, NewsItemMapper } from './news/schema.mappers.js';
import type { PolicyMapper, PolicyConditionsMapper, PolicyConnectionMapper, PolicyLinkMapper, PolicyMatchMapper, PolicyMatchConnectionMapper, PolicyRevisionMapper } from './policy/schema.mappers.js';
import type { ProvenanceMapper } from './base/schema.mappers.js';
import type { TopicMapper, TopicConnectionMapper, TopicDocumentMapper, TopicDocumentConnectionMapper, TopicIndustryCandidateMapper } from './topic/schema.mappers.js';
import type { RequestContext } from './context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Account = {
  __typename?: 'Account';
  createdAt: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  /** Shown to the account itself and to admins only. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  library?: Maybe<Library>;
  role: Role;
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** One change: who did what to which entity, with the entity before and after (JSON). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** CREATE, IMPORT, UPDATE, DELETE, RESTORE, MERGE, MERGED_INTO, LINK, UNLINK, CONDITIONS, SOURCE_ENABLED, SOURCE_DISABLED, SOURCE_REMOVED… */
  action: Scalars['String']['output'];
  /** The account that made the change (null for the operator CLI). */
  actor?: Maybe<Account>;
  actorId: Scalars['ID']['output'];
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  before?: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  account: Account;
  /** Send as the x-hechuang-csrf header with every mutation of this session. */
  csrfToken: Scalars['String']['output'];
  expiresAt: Scalars['String']['output'];
};

export type Book = {
  __typename?: 'Book';
  /** Copies the whole alliance holds. */
  allianceCopies: Scalars['Int']['output'];
  authors: Array<Scalars['String']['output']>;
  binding?: Maybe<Scalars['String']['output']>;
  /** 中图法 class. */
  clcClass?: Maybe<Scalars['String']['output']>;
  /** Copies each member library holds. */
  holdings: Array<BookHolding>;
  /** ISBN-13 without hyphens. */
  isbn: Scalars['ID']['output'];
  isbnHyphenated: Scalars['String']['output'];
  kind: BookKind;
  /** 定价 in fen. */
  priceFen?: Maybe<Scalars['Int']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  volume?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type BookConnection = {
  __typename?: 'BookConnection';
  edges: Array<BookEdge>;
  pageInfo: PageInfo;
};

export type BookEdge = {
  __typename?: 'BookEdge';
  cursor: Scalars['String']['output'];
  node: Book;
};

export type BookHolding = {
  __typename?: 'BookHolding';
  copies: Scalars['Int']['output'];
  library: Library;
};

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

export type Bookstore = {
  __typename?: 'Bookstore';
  channel: PurchaseChannel;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A fund's budget in one fiscal year; amounts in fen (integers). available = totalFunding − (encumbered + expended − credited). */
export type Budget = {
  __typename?: 'Budget';
  allocatedFen: Scalars['Int']['output'];
  availableFen: Scalars['Int']['output'];
  cashBalanceFen: Scalars['Int']['output'];
  creditedFen: Scalars['Int']['output'];
  encumberedFen: Scalars['Int']['output'];
  expendedFen: Scalars['Int']['output'];
  fiscalYear: Scalars['String']['output'];
  fundCode: Scalars['String']['output'];
  fundKind: FundKind;
  fundName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  libraryId?: Maybe<Scalars['ID']['output']>;
  netTransfersFen: Scalars['Int']['output'];
  plannedFen: Scalars['Int']['output'];
  status: Scalars['String']['output'];
  totalFundingFen: Scalars['Int']['output'];
};

export type BudgetAllocationInput = {
  amountFen: Scalars['Int']['input'];
  fiscalYear: Scalars['String']['input'];
  fundCode: Scalars['String']['input'];
  sourceCode: Scalars['String']['input'];
};

/** What a member library put in (its funding source's dated credits) and how much of it is allocated. */
export type BudgetContribution = {
  __typename?: 'BudgetContribution';
  allocatedFen: Scalars['Int']['output'];
  creditedFen: Scalars['Int']['output'];
  libraryId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sourceCode: Scalars['ID']['output'];
};

export type BudgetMonth = {
  __typename?: 'BudgetMonth';
  creditedFen: Scalars['Int']['output'];
  encumberedFen: Scalars['Int']['output'];
  expendedFen: Scalars['Int']['output'];
  /** YYYY-MM, China time. */
  month: Scalars['String']['output'];
};

export type BudgetOverview = {
  __typename?: 'BudgetOverview';
  budgets: Array<Budget>;
  contributions: Array<BudgetContribution>;
  fiscalYear: FiscalYear;
  months: Array<BudgetMonth>;
};

/** One ledger transaction; a voided one keeps its old amount in voidedAmountFen. */
export type BudgetTransaction = {
  __typename?: 'BudgetTransaction';
  actor: Scalars['String']['output'];
  amountFen: Scalars['Int']['output'];
  at: Scalars['String']['output'];
  description: Scalars['String']['output'];
  encumbranceStatus?: Maybe<Scalars['String']['output']>;
  fiscalYear: Scalars['String']['output'];
  fromBudgetId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  invoiceRef?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['ID']['output']>;
  sourceCode?: Maybe<Scalars['String']['output']>;
  storeId?: Maybe<Scalars['ID']['output']>;
  toBudgetId?: Maybe<Scalars['ID']['output']>;
  type: BudgetTransactionType;
  voidedAmountFen: Scalars['Int']['output'];
};

export type BudgetTransactionConnection = {
  __typename?: 'BudgetTransactionConnection';
  edges: Array<BudgetTransactionEdge>;
  pageInfo: PageInfo;
};

export type BudgetTransactionEdge = {
  __typename?: 'BudgetTransactionEdge';
  cursor: Scalars['String']['output'];
  node: BudgetTransaction;
};

export type BudgetTransactionType =
  | 'ALLOCATION'
  | 'CREDIT'
  | 'ENCUMBRANCE'
  | 'PAYMENT'
  | 'ROLLOVER'
  | 'TRANSFER';

export type BudgetTransferInput = {
  amountFen: Scalars['Int']['input'];
  fiscalYear: Scalars['String']['input'];
  fromFundCode: Scalars['String']['input'];
  toFundCode: Scalars['String']['input'];
};

export type BulkImportReport = {
  __typename?: 'BulkImportReport';
  created: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  /** csv or xlsx. */
  format: Scalars['String']['output'];
  linked: Scalars['Int']['output'];
  rows: Array<ImportRowReport>;
  /** The sheet read from a workbook. */
  sheet?: Maybe<Scalars['String']['output']>;
  skipped: Scalars['Int']['output'];
};

/** A founder's company. Revenue in 万元. */
export type CompanyProfile = {
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD. */
  foundedOn?: InputMaybe<Scalars['String']['input']>;
  /** Industry codes (at least one); policies for a parent industry apply too. */
  industries: Array<Scalars['ID']['input']>;
  qualifications?: InputMaybe<Array<Qualification>>;
  rdStaff?: InputMaybe<Scalars['Int']['input']>;
  /** Region code of the district or county of registration. */
  region?: InputMaybe<Scalars['ID']['input']>;
  revenue?: InputMaybe<Scalars['Int']['input']>;
  talentTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The words of the policy (条款) a condition was read from; shown with the condition in match reasons and in `missing`. */
export type ConditionClause = {
  __typename?: 'ConditionClause';
  field: ConditionField;
  text: Scalars['String']['output'];
};

export type ConditionClauseInput = {
  field: ConditionField;
  text: Scalars['String']['input'];
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

/** What a librarian's crawl of one source did: the run it made, or why none was made. */
export type CrawlNowResult = {
  __typename?: 'CrawlNowResult';
  /** Whether the source is disabled after this run (repeated failures disable it). */
  disabled: Scalars['Boolean']['output'];
  /** null when no run was made (`skippedBecause` says why, e.g. a run already in progress). */
  run?: Maybe<CrawlRun>;
  skippedBecause?: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
};

export type CrawlRun = {
  __typename?: 'CrawlRun';
  errors: Scalars['Int']['output'];
  fetched: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Errors of single items or the reason the run failed. */
  messages: Array<Scalars['String']['output']>;
  new: Scalars['Int']['output'];
  sourceId: Scalars['ID']['output'];
  startedAt: Scalars['String']['output'];
  status: CrawlRunStatus;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type CrawlRunConnection = {
  __typename?: 'CrawlRunConnection';
  edges: Array<CrawlRunEdge>;
  pageInfo: PageInfo;
};

export type CrawlRunEdge = {
  __typename?: 'CrawlRunEdge';
  cursor: Scalars['String']['output'];
  node: CrawlRun;
};

export type CrawlRunStatus =
  | 'FAILED'
  | 'OK'
  | 'PARTIAL'
  | 'RUNNING'
  | 'SKIPPED';

export type CreateAccountInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Required for librarians: the id of their member library. */
  library?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  role: Role;
};

/**
 * A literature record imported from a database export (CNKI, Wanfang, VIP…): the material
 * industry topic libraries are built from.
 */
export type Document = {
  __typename?: 'Document';
  abstract?: Maybe<Scalars['String']['output']>;
  /** Chinese names unspaced, Latin names as "Last, First". */
  authors: Array<Scalars['String']['output']>;
  /** Database the record came from: CNKI, Wanfang, VIP… */
  database?: Maybe<Scalars['String']['output']>;
  /** Lower case, without resolver prefix. */
  doi?: Maybe<Scalars['String']['output']>;
  /** Raised by every librarian correction of its industries; fileDocument needs the current one. */
  filingVersion: Scalars['Int']['output'];
  /** Changes to the stored record, newest first (a re-import with better fields writes one). Librarians and admins. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  /** The import that first brought the record in. */
  importJob?: Maybe<ImportJob>;
  importedAt: Scalars['String']['output'];
  /** The industries it is filed under (at most three, best first; none: outside every industry), with the evidence. */
  industries: Array<DocumentFiling>;
  /** ISBN-13, check digit verified. */
  isbn?: Maybe<Scalars['String']['output']>;
  /** NNNN-NNNC, check digit verified. */
  issn?: Maybe<Scalars['String']['output']>;
  issue?: Maybe<Scalars['String']['output']>;
  journal?: Maybe<Scalars['String']['output']>;
  keywords: Array<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  pages?: Maybe<Scalars['String']['output']>;
  /** Every import whose file held this record, oldest first: the one that added it, then those that repeated it. */
  provenance: Array<DocumentProvenance>;
  /** The record's own id in the file it was first imported from (or its position there). */
  sourceId: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** article, book, chapter, thesis, conference, newspaper, patent, standard, report or other. */
  type: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  volume?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};


/**
 * A literature record imported from a database export (CNKI, Wanfang, VIP…): the material
 * industry topic libraries are built from.
 */
export type DocumenthistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

/** Download formats of documents (see /export/documents.*). */
export type DocumentExportFormat =
  | 'BIBTEX'
  /** UTF-8 with a byte-order mark, as Excel opens it. */
  | 'CSV'
  | 'RIS';

/** A document filed under an industry (or one of its sub-industries, whose libraries its parents include), with the evidence. */
export type DocumentFiling = {
  __typename?: 'DocumentFiling';
  decidedBy: FilingDecider;
  /** The industry keywords found in the document (its own keywords first). */
  evidence: Array<Scalars['String']['output']>;
  industry: Industry;
  /** Keyword evidence, 0–1. */
  lexical: Scalars['Float']['output'];
  /** The combined score (meaning and keywords) the rule compared with its threshold; 1 for a librarian's filing. */
  score: Scalars['Float']['output'];
  /** Cosine of the document's embedding to the industry's profile (both centred); null where no profile of its model exists. */
  semantic?: Maybe<Scalars['Float']['output']>;
};

/** Restrictions on documents; every field given must hold. */
export type DocumentFilter = {
  /** CNKI, Wanfang, VIP… (the usual spellings, e.g. 中国知网, are understood). */
  database?: InputMaybe<Scalars['String']['input']>;
  /** Documents the file of this import held: added by it or repeated in it. */
  importJob?: InputMaybe<Scalars['ID']['input']>;
  /** Journal name, whole, case-insensitive. */
  journal?: InputMaybe<Scalars['String']['input']>;
  /** One of the record's keywords, whole, case-insensitive. */
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** Published in this year (shorthand for yearFrom = yearTo = year). */
  year?: InputMaybe<Scalars['Int']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One file a document came in: which import, where in the file, and whether that import added it. */
export type DocumentProvenance = {
  __typename?: 'DocumentProvenance';
  /** True for the import that created the document; false where a later file repeated it. */
  added: Scalars['Boolean']['output'];
  importJob: ImportJob;
  /** 1-based line where the record starts in the file. */
  line: Scalars['Int']['output'];
  /** For a repeat: doi or title (normalised title + first author + year). */
  matchedBy?: Maybe<Scalars['String']['output']>;
  /** The record's id in that file (or its position there). */
  sourceId: Scalars['String']['output'];
};

export type DocumentSearchHit = {
  __typename?: 'DocumentSearchHit';
  cursor: Scalars['String']['output'];
  node: Document;
  /** FULLTEXT: Lucene score; SEMANTIC: cosine similarity; HYBRID: fused reciprocal-rank score. */
  score: Scalars['Float']['output'];
};

export type DocumentSearchMode =
  /** The cjk full-text index over title, abstract and keywords. */
  | 'FULLTEXT'
  /** FULLTEXT and SEMANTIC fused by reciprocal rank (UNAVAILABLE in a service without the embedding model). */
  | 'HYBRID'
  /** Nearest document embeddings to the query (embedded documents only; UNAVAILABLE in a service without the embedding model). */
  | 'SEMANTIC';

export type DocumentSearchResult = {
  __typename?: 'DocumentSearchResult';
  edges: Array<DocumentSearchHit>;
  /** Where to download the best hits of this query (at most 1,000; full text fused with meaning when the model is there). */
  exportUrl: Scalars['String']['output'];
  mode: DocumentSearchMode;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};


export type DocumentSearchResultexportUrlArgs = {
  format?: InputMaybe<DocumentExportFormat>;
};

export type EmbeddingJob = {
  __typename?: 'EmbeddingJob';
  /** Records whose vector was already stored for the same text and model. */
  cached: Scalars['Int']['output'];
  /** Records finished, unchanged ones included. */
  done: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  modelId: Scalars['String']['output'];
  startedAt: Scalars['String']['output'];
  state: EmbeddingJobState;
  /** Records embedded per second so far (unchanged ones not counted). */
  textsPerSecond?: Maybe<Scalars['Float']['output']>;
  /** Records in the job (0 until the model is loaded and the records are read). */
  total: Scalars['Int']['output'];
};

export type EmbeddingJobConnection = {
  __typename?: 'EmbeddingJobConnection';
  edges: Array<EmbeddingJobEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmbeddingJobEdge = {
  __typename?: 'EmbeddingJobEdge';
  cursor: Scalars['String']['output'];
  node: EmbeddingJob;
};

export type EmbeddingJobState =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** Filters shared by the entity lists. `region` and `industry` include their sub-regions and sub-industries. */
export type EntityFilter = {
  /** Librarians only. */
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  /** People, organisations or projects linked (member, affiliated, leads) to this organisation. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};

export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** Who decided a filing: the machine (meaning and keywords, by the tuned rule) or a librarian, whose filing outranks it. */
export type FilingDecider =
  | 'LIBRARIAN'
  | 'MACHINE';

/** A fiscal year of the alliance ledger (FOLIO's fiscal year). */
export type FiscalYear = {
  __typename?: 'FiscalYear';
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  periodEnd: Scalars['String']['output'];
  periodStart: Scalars['String']['output'];
  status: FiscalYearStatus;
};

export type FiscalYearStatus =
  | 'CLOSED'
  | 'OPEN';

export type FundKind =
  /** The alliance's digital-resources fund; year-end leftovers go here. */
  | 'DIGITAL_RESOURCES'
  | 'OTHER'
  /** A member library's 你选书我买单 fund. */
  | 'READER_CHOICE';

export type GraphEdge = {
  __typename?: 'GraphEdge';
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A node of the knowledge graph as the graph view draws it. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Entity id, or industry or region code. */
  id: Scalars['ID']['output'];
  /** Person, Organization, Project, Industry, Region, Policy, Document, NewsItem, Topic or Library. */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type GraphPath = {
  __typename?: 'GraphPath';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
};

/**
 * A hot topic (创业热点): a word of news titles and summaries and of policy titles (jieba) whose
 * mentions in the window burst against the year before it.
 */
export type HotTopic = {
  __typename?: 'HotTopic';
  /** News items and policies naming it in the window. */
  count: Scalars['Int']['output'];
  /** Mentions expected in a window of this length, from the year before. */
  expected: Scalars['Float']['output'];
  /** The newest news items and policies of the window naming it (at most 5). */
  mentions: Array<HotTopicMention>;
  /** −log10 of the probability of so many mentions under the year before (5 or more: one in 100,000). */
  score: Scalars['Float']['output'];
  /** The word, or the topic's label (source TOPICS). */
  term: Scalars['String']['output'];
  /** The topic whose news bursts (source TOPICS); null for a word. */
  topic?: Maybe<Topic>;
};

export type HotTopicMention = {
  __typename?: 'HotTopicMention';
  at: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** NewsItem or Policy. */
  kind: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** What bursts: words of news and policies, or the library's topics that news items are assigned to by meaning. */
export type HotTopicSource =
  /** Topics of the library: news items embedded with the documents' model, each assigned to its nearest topic when similar enough. */
  | 'TOPICS'
  /** Words (jieba) of news titles and summaries and of policy titles. */
  | 'WORDS';

/** The rolling window hot topics are counted over, against the year before it. */
export type HotTopicWindow =
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK';

/** A record of the file that repeats a work already known. */
export type ImportDuplicate = {
  __typename?: 'ImportDuplicate';
  duplicateOf?: Maybe<Document>;
  duplicateOfLine?: Maybe<Scalars['Int']['output']>;
  duplicateOfTitle: Scalars['String']['output'];
  /**
   * True when it repeats an earlier record of the same file (then `duplicateOfLine` is set): only in
   * reports of imports made before copies within a file were merged (see ImportJob.mergedRecords).
   */
  inFile: Scalars['Boolean']['output'];
  line: Scalars['Int']['output'];
  /** doi or title (normalised title + first author + year). */
  matchedBy: Scalars['String']['output'];
  sourceId: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** One import of one export file, with its report. */
export type ImportJob = {
  __typename?: 'ImportJob';
  added: Scalars['Int']['output'];
  database?: Maybe<Scalars['String']['output']>;
  duplicateRecords: Array<ImportDuplicate>;
  /** Records of works already stored. */
  duplicates: Scalars['Int']['output'];
  encoding?: Maybe<Scalars['String']['output']>;
  /** Why the whole file was rejected, when it was. */
  error?: Maybe<Scalars['String']['output']>;
  errorLine?: Maybe<Scalars['Int']['output']>;
  /** Where to download the documents this import's file held. */
  exportUrl: Scalars['String']['output'];
  /** sha256 of the file's bytes. */
  fileHash: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  format?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  importedAt: Scalars['String']['output'];
  importedBy?: Maybe<Scalars['String']['output']>;
  /** Later copies of a work in the same file, merged into its first record. */
  merged: Scalars['Int']['output'];
  mergedRecords: Array<ImportMerge>;
  /** What was recognised: format, encoding, databases, document types (null for a file that could not be read). */
  recognised?: Maybe<ImportRecognised>;
  rejected: Scalars['Int']['output'];
  rejectedLines: Array<ImportRejection>;
  status: ImportJobStatus;
  /** Stored documents this file's records corrected. */
  updated: Scalars['Int']['output'];
  updatedRecords: Array<ImportUpdate>;
  warningLines: Array<ImportWarning>;
  warnings: Scalars['Int']['output'];
};


/** One import of one export file, with its report. */
export type ImportJobexportUrlArgs = {
  format?: InputMaybe<DocumentExportFormat>;
};

export type ImportJobConnection = {
  __typename?: 'ImportJobConnection';
  edges: Array<ImportJobEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImportJobEdge = {
  __typename?: 'ImportJobEdge';
  cursor: Scalars['String']['output'];
  node: ImportJob;
};

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

/**
 * A later copy of a work in the same file (same DOI or title key), merged into the file's first
 * record of the work: one document is stored, with the best of both records' fields.
 */
export type ImportMerge = {
  __typename?: 'ImportMerge';
  /** The fields this copy improved (a longer abstract, more keywords, a missing DOI…); empty for an exact copy. */
  fields: Array<Scalars['String']['output']>;
  /** Line of the first record of the work, which the document is stored from. */
  intoLine: Scalars['Int']['output'];
  line: Scalars['Int']['output'];
  /** doi or title (normalised title + first author + year). */
  matchedBy: Scalars['String']['output'];
  sourceId: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** What the import recognised in the file. */
export type ImportRecognised = {
  __typename?: 'ImportRecognised';
  /** Databases the records name (or the one given for the file), most frequent first. */
  databases: Array<Scalars['String']['output']>;
  documentTypes: Array<ImportTypeCount>;
  encoding: Scalars['String']['output'];
  format: Scalars['String']['output'];
  /** Lines of the export's own header or legend before the first record, skipped. */
  headerLines: Scalars['Int']['output'];
};

/** A record of the file that was not imported, with where and why. */
export type ImportRejection = {
  __typename?: 'ImportRejection';
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type ImportRowReport = {
  __typename?: 'ImportRowReport';
  /** The entity created, the one already there, or the one a link starts from. */
  id?: Maybe<Scalars['ID']['output']>;
  /** CSV: the line where the row ends (header = line 1); .xlsx: the row number. */
  line: Scalars['Int']['output'];
  /** Why a row failed or was skipped; what a link joined. */
  message?: Maybe<Scalars['String']['output']>;
  status: ImportRowStatus;
};

export type ImportRowStatus =
  | 'CREATED'
  | 'FAILED'
  | 'LINKED'
  /** Already there (same id, name, alias or credit code), or marked deleted in the file. */
  | 'SKIPPED';

/** How many records of the file are of one document type. */
export type ImportTypeCount = {
  __typename?: 'ImportTypeCount';
  count: Scalars['Int']['output'];
  /** article, book, chapter, thesis, conference, newspaper, patent, standard, yearbook, report or other. */
  type: Scalars['String']['output'];
};

/** A stored document that a record of the file corrected (same DOI or title key, better fields). */
export type ImportUpdate = {
  __typename?: 'ImportUpdate';
  document?: Maybe<Document>;
  /** The fields that changed (title, authors, type…); the document's history has the values before and after. */
  fields: Array<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  sourceId: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/**
 * A value dropped or repaired in a record that was imported: an invalid DOI, ISSN or ISBN, a tag
 * glued to its value, a keyword that is a URL, markup removed from an abstract…
 */
export type ImportWarning = {
  __typename?: 'ImportWarning';
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/**
 * Jiaxing's industrial structure: the leading, emerging and future industries of the city
 * and the signature industries of its districts and counties. Industry topic libraries,
 * policies and projects are organised by these nodes.
 */
export type Industry = {
  __typename?: 'Industry';
  children: Array<Industry>;
  /** Closest national classification codes (GB/T 4754-2017). */
  classifications: Array<IndustryClassification>;
  /** Stable Hechuang code, e.g. `jx-smart-pv`. */
  code: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  /** Where to download the documents of the topics mapped to this industry and its sub-industries. */
  documentsExportUrl: Scalars['String']['output'];
  keywords: Array<Scalars['String']['output']>;
  /** The industry's library (行业专题图书馆). */
  library: IndustryLibrary;
  /** Chinese name, e.g. 智能光伏. */
  name: Scalars['String']['output'];
  parent?: Maybe<Industry>;
  /** The Atom feed of new policies of this industry (add `&region=` to narrow it). */
  policyFeedUrl: Scalars['String']['output'];
  /** Regions that name this industry as theirs. */
  regions: Array<Region>;
  /** The official document that names this industry. */
  source: OfficialDocument;
  /** Where the industry stands in the official framework, e.g. 主导产业, 未来产业, 区县特色产业. */
  tier: Scalars['String']['output'];
};


/**
 * Jiaxing's industrial structure: the leading, emerging and future industries of the city
 * and the signature industries of its districts and counties. Industry topic libraries,
 * policies and projects are organised by these nodes.
 */
export type IndustrydocumentsExportUrlArgs = {
  format?: InputMaybe<DocumentExportFormat>;
};

/** A code of the national industry classification GB/T 4754-2017. */
export type IndustryClassification = {
  __typename?: 'IndustryClassification';
  /** Code such as C3825 (小类), C382 (中类) or C38 (大类). */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrary = {
  __typename?: 'IndustryLibrary';
  counts?: Maybe<IndustryLibraryCounts>;
  /** The library's documents, newest import first; `filter` narrows by year, journal or topic. */
  documents?: Maybe<DocumentConnection>;
  /** Where to download the library's documents, narrowed as the page is (`query` for the best hits of a search). */
  exportUrl: Scalars['String']['output'];
  /** The years, journals and topics of the library's documents, to filter by (at most `limit` each). */
  facets?: Maybe<IndustryLibraryFacets>;
  /** The Atom feed of what is new in the library: documents, policies and news. */
  feedUrl: Scalars['String']['output'];
  /** The industry and what connects to it (sub-industries, regions, policies, news, organisations, people, projects), two hops. */
  graph?: Maybe<Neighbourhood>;
  /** The industry's hot topics, strongest first (`limit` 1–50). */
  hotTopics?: Maybe<Array<HotTopic>>;
  industry: Industry;
  /** The published learning paths for founders of the industry (its own, its parents' and sub-industries', and the general ones), at most 20. */
  learningPaths?: Maybe<Array<LearningPath>>;
  /** News concerning the industry or a sub-industry, newest first. */
  news?: Maybe<NewsConnection>;
  organizations?: Maybe<OrganizationConnection>;
  people?: Maybe<PersonConnection>;
  /** Policies in force today that support the industry or a sub-industry, newest first. */
  policies?: Maybe<PolicyConnection>;
  projects?: Maybe<ProjectConnection>;
  /** Search inside the library, best first (as `searchDocuments`, restricted to the library). */
  searchDocuments?: Maybe<DocumentSearchResult>;
  /** The topics filed under the industry or a sub-industry: those a librarian need not review first, then those awaiting review; each largest first. */
  topics?: Maybe<TopicConnection>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrarydocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LibraryDocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibraryexportUrlArgs = {
  filter?: InputMaybe<LibraryDocumentFilter>;
  format?: InputMaybe<DocumentExportFormat>;
  query?: InputMaybe<Scalars['String']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibraryfacetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrarygraphArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibraryhotTopicsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<HotTopicSource>;
  window?: InputMaybe<HotTopicWindow>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrarynewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibraryorganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrarypeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrarypoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibraryprojectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrarysearchDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LibraryDocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<DocumentSearchMode>;
  query: Scalars['String']['input'];
};


/**
 * An industry's library (行业专题图书馆): everything Hechuang holds about one industry of Jiaxing's
 * structure and its sub-industries, read together: the literature (its topics and documents, with
 * search and filters inside the library), the policies in force that support it, its news, and the
 * organisations, people and projects of the knowledge graph in it.
 * Each section is nullable: a section that fails (a read that times out) is null with its own error
 * in `errors` (its path names the section), and the others still answer.
 */
export type IndustryLibrarytopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How much an industry's library holds, sub-industries included. */
export type IndustryLibraryCounts = {
  __typename?: 'IndustryLibraryCounts';
  documents: Scalars['Int']['output'];
  news: Scalars['Int']['output'];
  organizations: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  /** Policies in force today. */
  policiesInForce: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  topics: Scalars['Int']['output'];
  /** Topics awaiting a librarian's industry review with the industry (or a sub-industry) among their candidates. */
  topicsInReview: Scalars['Int']['output'];
};

export type IndustryLibraryFacets = {
  __typename?: 'IndustryLibraryFacets';
  /** Most documents first. */
  journals: Array<FacetCount>;
  /** Most documents first. */
  topics: Array<TopicFacetCount>;
  /** Newest year first. */
  years: Array<FacetCount>;
};

/**
 * A learning path for founders (创业知识学习库): an ordered list of steps a librarian curates,
 * for one industry (and its sub-industries) or for every founder.
 */
export type LearningPath = {
  __typename?: 'LearningPath';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** null: a general path. */
  industry?: Maybe<Industry>;
  /** The library whose librarians curate it (null: the operator's). */
  libraryId?: Maybe<Scalars['ID']['output']>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Its address: /learning/<slug>. */
  slug: Scalars['String']['output'];
  status: LearningPathStatus;
  steps: Array<LearningStep>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** Optimistic version: every change names the version it was made on. */
  version: Scalars['Int']['output'];
};

export type LearningPathConnection = {
  __typename?: 'LearningPathConnection';
  edges: Array<LearningPathEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LearningPathEdge = {
  __typename?: 'LearningPathEdge';
  cursor: Scalars['String']['output'];
  node: LearningPath;
};

export type LearningPathInput = {
  /** An industry code; null or absent: a general path. */
  industry?: InputMaybe<Scalars['ID']['input']>;
  /** Lower-case letters, digits and hyphens, e.g. register-company. */
  slug: Scalars['String']['input'];
  /** The steps in their order (at most 40): the whole list replaces the path's steps. */
  steps: Array<LearningStepInput>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type LearningPathStatus =
  /** Seen by librarians only. */
  | 'DRAFT'
  /** Seen by everyone. */
  | 'PUBLISHED';

export type LearningStep = {
  __typename?: 'LearningStep';
  /** The step's document (DOCUMENT), null if it is gone. */
  document?: Maybe<Document>;
  kind: LearningStepKind;
  note: Scalars['String']['output'];
  /** The step's policy (POLICY), null if it is gone or deleted. */
  policy?: Maybe<Policy>;
  /** 1-based position in the path. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** The external address (LINK), http(s) only. */
  url?: Maybe<Scalars['String']['output']>;
};

export type LearningStepInput = {
  kind: LearningStepKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The document's or policy's id (DOCUMENT, POLICY). */
  target?: InputMaybe<Scalars['ID']['input']>;
  /** Needed for a LINK; a document or policy step without one shows its target's title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address (LINK). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A step of a learning path: a document or policy of the library, or an external link. */
export type LearningStepKind =
  | 'DOCUMENT'
  | 'LINK'
  | 'POLICY';

/** A member library of the Jiaxing library alliance. Librarians belong to one. */
export type Library = {
  __typename?: 'Library';
  id: Scalars['ID']['output'];
  /** PUBLIC, ACADEMIC or RESEARCH. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  region?: Maybe<Region>;
};

export type LibraryCard = {
  __typename?: 'LibraryCard';
  cardNumber: Scalars['String']['output'];
  hasOverdue: Scalars['Boolean']['output'];
  homeLibrary: Library;
  loanCap: Scalars['Int']['output'];
  loanCount: Scalars['Int']['output'];
  validUntil: Scalars['String']['output'];
};

/** Restrictions inside an industry's library; every field given must hold. */
export type LibraryDocumentFilter = {
  /** Journal name, whole, case-insensitive. */
  journal?: InputMaybe<Scalars['String']['input']>;
  /** A topic of the library. */
  topic?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Link = {
  __typename?: 'Link';
  deleted: Scalars['Boolean']['output'];
  fromId: Scalars['ID']['output'];
  /** LIBRARIAN for curated links, CRAWLER for links a crawler inferred. */
  origin: LinkOrigin;
  /** A REPEALS, REPLACES or AMENDS of another library's policy, waiting for that library's acceptLink (inert until then). */
  pending: Scalars['Boolean']['output'];
  provenance: Provenance;
  /** Entity or policy id, or industry or region code. */
  toId: Scalars['ID']['output'];
  type: LinkType;
};

/** OUT: this policy repeals/replaces/amends the other; IN: the other one does so to this. */
export type LinkDirection =
  | 'IN'
  | 'OUT';

export type LinkInput = {
  fromId: Scalars['ID']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** Entity, policy or news item id, or industry code (IN_INDUSTRY, SUPPORTS) or region code (LOCATED_IN, IN_REGION). */
  toId: Scalars['ID']['input'];
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
  contentBase64: Scalars['String']['input'];
  /** The file's name as exported; its extension helps detect the format. */
  name: Scalars['String']['input'];
};

export type MatchStatus =
  /** Every condition is met. */
  | 'APPLIES'
  /** One or two conditions the company can still meet are missing. */
  | 'NEARLY';

export type Mention = {
  __typename?: 'Mention';
  id: Scalars['ID']['output'];
  kind: MentionKind;
  name: Scalars['String']['output'];
};

export type MentionKind =
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POLICY'
  | 'PROJECT';

/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a pending link to a policy of the librarian's library (or any, for admins). */
  acceptLink: Link;
  allocateBudget: BudgetTransaction;
  approveStatement: Statement;
  cancelPurchase: PurchaseRequest;
  cataloguePurchase: PurchaseRequest;
  /** Closes a past month of a bookstore into its statement. */
  closeStatementMonth: Statement;
  commitYearEnd: YearEndPlan;
  /** The till hands the book over: the loan starts. */
  confirmPurchasePickup: PurchaseRequest;
  /** Crawls one source now, even when it is not due or is backing off; the same crawl as `hechuang crawl --source`. */
  crawlSource: CrawlNowResult;
  /** Creates an account of any role (admins only). */
  createAccount: Account;
  /** A new learning path, a draft of the librarian's library. */
  createLearningPath: LearningPath;
  createOrganization: Organization;
  createPerson: Person;
  createPolicy: Policy;
  createProject: Project;
  /** Declines a pending link to a policy of the librarian's library (or any, for admins): the request ends, audited; nothing else changes. */
  declineLink: Link;
  deleteLearningPath: LearningPath;
  deleteOrganization: Organization;
  deletePerson: Person;
  /** Hides the policy from visitors and readers (lists, search, neighbourhood, matching, feeds); librarians still see it. */
  deletePolicy: Policy;
  deleteProject: Project;
  /** Starts embedding the records whose text or model changed (all, or the given ids) and returns its job at once; poll `embeddingJob` for progress. While a job runs, its status is returned. */
  embedDocuments: EmbeddingJob;
  /**
   * A librarian's industries for a document (at most three; an empty list: it belongs to no
   * industry). Needs the document's current filingVersion (CONFLICT otherwise); audited; kept by
   * rebuilds, re-embedding and re-imports, and it moves the industries' profiles towards the document.
   */
  fileDocument: Document;
  /**
   * Bulk import from one CSV or .xlsx file (as `hechuang import`), the header in the columns
   * the `/export` CSV writes or their Chinese names (姓名, 名称, 单位, 统一社会信用代码…). Each row is
   * its own transaction: a bad row is reported and leaves nothing. A file that cannot be read
   * is refused whole with VALIDATION. Librarians and admins.
   */
  importEntities: BulkImportReport;
  /**
   * Imports literature export files (as `hechuang topics import` does), one transaction per
   * file, and returns one import job per file with its report. Librarians only: until sign-in
   * exists this refuses every caller with FORBIDDEN.
   */
  importLiteratureFiles: Array<ImportJob>;
  /**
   * A library's holdings from its ILS (CSV, .xlsx, MARC ISO 2709 / MARCXML): copies per book, books
   * not yet known added. `library` applies to rows without a 馆代码 column. Librarians of that
   * library and admins; the same service as `hechuang purchases import-holdings`.
   */
  importPurchaseHoldings: PurchaseImportReport;
  /** Creates (or restores) a relationship. */
  link: Link;
  /** Signs in (sets the session cookie). Failed attempts are rate-limited per account and per IP. */
  login: AuthPayload;
  /** Ends the current session; true when there was one. */
  logout: Scalars['Boolean']['output'];
  /** Maps a topic onto an industry (a code), or onto none (null); overrides the automatic mapping. */
  mapTopic: Topic;
  /** Marks the reader's messages read; returns how many were unread. */
  markPurchaseMessagesRead: Scalars['Int']['output'];
  mergeOrganizations: Organization;
  /** Moves every relationship of `duplicate` to `keep`; the duplicate's id then resolves to `keep`. */
  mergePeople: Person;
  /** Moves every document of `source` into `target`; `source` is retired. */
  mergeTopics: Topic;
  payStatement: Statement;
  /** Publishes the path (everyone sees it) or takes it back to draft. */
  publishLearningPath: LearningPath;
  /** At the till (bookstore staff): card + ISBN → approved, under review, or refused with the reasons. */
  purchaseAtTill: PurchaseOutcome;
  /** Fetches the store's own statement over its signed API and lists every mismatch. */
  reconcileStatement: Statement;
  /** Creates a reader account unless the e-mail has one; the same answer either way. Sign in with login next. */
  register: RegisterPayload;
  /** Removes a source and its run history (what it crawled stays), audited; the same as `hechuang sources remove`. A start never loads it again, a curated one included. Returns the source as it was. */
  removeSource: Source;
  renameTopic: Topic;
  /** The signed-in reader asks for a book from an online store; refused with every rule's reason (VALIDATION, details.refusals). */
  requestPurchase: PurchaseOutcome;
  restoreLearningPath: LearningPath;
  restoreOrganization: Organization;
  restorePerson: Person;
  restorePolicy: Policy;
  restoreProject: Project;
  returnPurchase: PurchaseRequest;
  reviewPurchase: PurchaseRequest;
  reviewStatement: Statement;
  /** Librarians: set a policy's conditions; `version` is the current one (0 when none are set). */
  setPolicyConditions: PolicyConditions;
  /** Stops (with a reason shown to librarians) or resumes crawling a source; what it stored stays. */
  setSourceEnabled: Source;
  /** Moves the given documents of a topic into a new topic with the given label. */
  splitTopic: Topic;
  transferBudget: BudgetTransaction;
  /** Soft-deletes a relationship; `link` restores it. The library that owns the target may always unlink it. */
  unlink: Link;
  /** Replaces the path's fields and steps (reordered, added, removed) at the version read. */
  updateLearningPath: LearningPath;
  updateOrganization: Organization;
  updatePerson: Person;
  updatePolicy: Policy;
  updateProject: Project;
  /** Librarians of the library: `version` is the one edited (a stale one is a CONFLICT). */
  updatePurchaseRules: PurchaseRules;
  voidBudgetTransaction: BudgetTransaction;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationacceptLinkArgs = {
  input: LinkInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationallocateBudgetArgs = {
  input: BudgetAllocationInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationapproveStatementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcancelPurchaseArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  request: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcataloguePurchaseArgs = {
  request: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcloseStatementMonthArgs = {
  month: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcommitYearEndArgs = {
  fiscalYear: Scalars['String']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationconfirmPurchasePickupArgs = {
  request: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcrawlSourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcreateAccountArgs = {
  input: CreateAccountInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcreateLearningPathArgs = {
  input: LearningPathInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcreateOrganizationArgs = {
  input: OrganizationInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcreatePersonArgs = {
  input: PersonInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcreatePolicyArgs = {
  input: PolicyInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationcreateProjectArgs = {
  input: ProjectInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationdeclineLinkArgs = {
  input: LinkInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationdeleteLearningPathArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationdeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationdeletePersonArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationdeletePolicyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationdeleteProjectArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationembedDocumentsArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationfileDocumentArgs = {
  id: Scalars['ID']['input'];
  industries: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationimportEntitiesArgs = {
  file: TableFileInput;
  kind: ImportKind;
  sheet?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationimportLiteratureFilesArgs = {
  database?: InputMaybe<Scalars['String']['input']>;
  files: Array<LiteratureFileInput>;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationimportPurchaseHoldingsArgs = {
  file: PurchaseFileInput;
  library?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationlinkArgs = {
  input: LinkInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationloginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationmapTopicArgs = {
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationmergeOrganizationsArgs = {
  duplicate: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationmergePeopleArgs = {
  duplicate: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationmergeTopicsArgs = {
  source: Scalars['ID']['input'];
  target: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationpayStatementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationpublishLearningPathArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationpurchaseAtTillArgs = {
  cardNumber: Scalars['String']['input'];
  isbn: Scalars['String']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationreconcileStatementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationregisterArgs = {
  input: RegisterInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationremoveSourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationrenameTopicArgs = {
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationrequestPurchaseArgs = {
  isbn: Scalars['String']['input'];
  store: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationrestoreLearningPathArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationrestoreOrganizationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationrestorePersonArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationrestorePolicyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationrestoreProjectArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationreturnPurchaseArgs = {
  request: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationreviewPurchaseArgs = {
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  request: Scalars['ID']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationreviewStatementArgs = {
  id: Scalars['ID']['input'];
  invoiceNo: Scalars['String']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationsetPolicyConditionsArgs = {
  conditions: PolicyConditionsInput;
  policyId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationsetSourceEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationsplitTopicArgs = {
  documentIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationtransferBudgetArgs = {
  input: BudgetTransferInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationunlinkArgs = {
  input: LinkInput;
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationupdateLearningPathArgs = {
  id: Scalars['ID']['input'];
  input: LearningPathInput;
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationupdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  patch: OrganizationPatch;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationupdatePersonArgs = {
  id: Scalars['ID']['input'];
  patch: PersonPatch;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationupdatePolicyArgs = {
  id: Scalars['ID']['input'];
  patch: PolicyPatch;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationupdateProjectArgs = {
  id: Scalars['ID']['input'];
  patch: ProjectPatch;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationupdatePurchaseRulesArgs = {
  input: PurchaseRulesInput;
  library: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type MutationvoidBudgetTransactionArgs = {
  id: Scalars['ID']['input'];
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** News items, newest first. */
export type NewsConnection = {
  __typename?: 'NewsConnection';
  edges: Array<NewsEdge>;
  pageInfo: PageInfo;
};

export type NewsEdge = {
  __typename?: 'NewsEdge';
  cursor: Scalars['String']['output'];
  node: NewsItem;
};

export type NewsFilter = {
  /** Published on or after (YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<RegionLevel>;
  region?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  /** Published on or before (YYYY-MM-DD). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A startup or technology news item from a feed. */
export type NewsItem = {
  __typename?: 'NewsItem';
  author?: Maybe<Scalars['String']['output']>;
  firstSeenAt: Scalars['String']['output'];
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  level: RegionLevel;
  /** Organisations, people, projects and policies of the graph named in the item (found by the crawler or linked by a librarian). */
  mentions: Array<Mention>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Region>;
  revision: Scalars['Int']['output'];
  source?: Maybe<Source>;
  summary: Scalars['String']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type OfficialDocument = {
  __typename?: 'OfficialDocument';
  /** 文号, e.g. 嘉政发〔2022〕13号, where the document has one. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  issuer: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type Organization = {
  __typename?: 'Organization';
  /** People affiliated with the organisation. */
  affiliatedPeople: Array<Person>;
  /** Organisations this one is affiliated with (e.g. a parent). */
  affiliations: Array<Organization>;
  aliases: Array<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  /** 统一社会信用代码. */
  creditCode?: Maybe<Scalars['String']['output']>;
  deleted: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Policies the organisation is funded by (FUNDED_BY). */
  fundedBy: Array<GraphNode>;
  history: AuditConnection;
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  kind?: Maybe<OrganizationKind>;
  leaders: Array<Person>;
  members: Array<Person>;
  name: Scalars['String']['output'];
  /** Projects affiliated with the organisation. */
  projects: Array<Project>;
  provenance: Provenance;
  regions: Array<Region>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};


export type OrganizationhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name: Scalars['String']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
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
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A REPEALS, REPLACES or AMENDS from one library's policy to another library's, waiting for the target library's acceptLink or declineLink. */
export type PendingLink = {
  __typename?: 'PendingLink';
  fromId: Scalars['ID']['output'];
  /** The library that asked (owner of the source policy). */
  fromLibrary?: Maybe<Scalars['String']['output']>;
  fromTitle: Scalars['String']['output'];
  requestedAt: Scalars['String']['output'];
  /** Display name of the librarian who made the link. */
  requestedBy: Scalars['String']['output'];
  sourceUrl?: Maybe<Scalars['String']['output']>;
  toId: Scalars['ID']['output'];
  toTitle: Scalars['String']['output'];
  type: LinkType;
};

export type PendingLinkConnection = {
  __typename?: 'PendingLinkConnection';
  edges: Array<PendingLinkEdge>;
  pageInfo: PageInfo;
};

export type PendingLinkEdge = {
  __typename?: 'PendingLinkEdge';
  cursor: Scalars['String']['output'];
  node: PendingLink;
};

/** A person: founder, researcher, official, mentor… */
export type Person = {
  __typename?: 'Person';
  affiliations: Array<Organization>;
  createdAt: Scalars['String']['output'];
  /** True when soft-deleted (only librarians see deleted entities). */
  deleted: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The audit log of this entity, newest first (librarians and admins only). */
  history: AuditConnection;
  /** Opaque id; ids of merged duplicates still resolve to the surviving person. */
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  /** Projects the person leads. */
  leads: Array<Project>;
  /** Organisations the person leads. */
  leadsOrganizations: Array<Organization>;
  /** Organisations the person is a member of. */
  memberOf: Array<Organization>;
  name: Scalars['String']['output'];
  provenance: Provenance;
  regions: Array<Region>;
  /** 职务 or 职称. */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; pass it back to update (stale versions are refused with CONFLICT). */
  version: Scalars['Int']['output'];
};


/** A person: founder, researcher, official, mentor… */
export type PersonhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type PersonPatch = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A policy document crawled from a government site or entered by a librarian; the latest version, with its history. */
export type Policy = {
  __typename?: 'Policy';
  attachments: Array<PolicyAttachment>;
  category?: Maybe<Scalars['String']['output']>;
  /** Fields a librarian edited (title, documentNumber, issuer, validity, region…); a recrawl keeps them. */
  curatedFields: Array<Scalars['String']['output']>;
  /** True when soft-deleted (only librarians see deleted policies). */
  deleted: Scalars['Boolean']['output'];
  /** 发文字号, normalised to 〔〕 brackets, e.g. 嘉政办发〔2024〕12号. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  effectiveDate?: Maybe<Scalars['String']['output']>;
  expiryDate?: Maybe<Scalars['String']['output']>;
  firstSeenAt: Scalars['String']['output'];
  /** The audit log of this policy, newest first (librarians: their library's entries; admins: all). */
  history: AuditConnection;
  /** Sanitised HTML of the body. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  /** Issuing body as printed (发布机构). */
  issuer?: Maybe<Scalars['String']['output']>;
  issuerOrganization?: Maybe<PolicyIssuer>;
  level: RegionLevel;
  /** Policies this one repeals, replaces or amends, and those that do so to it. */
  links: Array<PolicyLink>;
  /** Who entered it (a librarian, or the crawler) and from where. */
  provenance: Provenance;
  /** 发布日期 (YYYY-MM-DD). */
  publishedDate?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Region>;
  /** Version number of the current text (1 for the first crawl). */
  revision: Scalars['Int']['output'];
  /** Every stored version, newest first. */
  revisions: Array<PolicyRevision>;
  source?: Maybe<Source>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** The page it was crawled from; empty for a policy entered by hand from paper. */
  url: Scalars['String']['output'];
  validity?: Maybe<PolicyValidity>;
  /** Incremented by every change (a librarian's edit or a new revision of the page); pass it back to updatePolicy. */
  version: Scalars['Int']['output'];
  /** 成文日期 (YYYY-MM-DD). */
  writtenDate?: Maybe<Scalars['String']['output']>;
};


/** A policy document crawled from a government site or entered by a librarian; the latest version, with its history. */
export type PolicyhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PolicyAttachment = {
  __typename?: 'PolicyAttachment';
  /** File type from the name: pdf, docx, xlsx, wps, ofd, zip… */
  format: Scalars['String']['output'];
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** Eligibility conditions of a policy, curated by librarians. Revenue in 万元; ages in whole years. */
export type PolicyConditions = {
  __typename?: 'PolicyConditions';
  /** The clause of the policy behind each condition, as the librarian kept or edited it. */
  clauses: Array<ConditionClause>;
  /** Industries the policy supports besides its own SUPPORTS links (codes). */
  industryCodes: Array<Scalars['ID']['output']>;
  maxAgeYears?: Maybe<Scalars['Int']['output']>;
  maxEmployees?: Maybe<Scalars['Int']['output']>;
  maxRevenue?: Maybe<Scalars['Int']['output']>;
  minAgeYears?: Maybe<Scalars['Int']['output']>;
  minEmployees?: Maybe<Scalars['Int']['output']>;
  minRdStaff?: Maybe<Scalars['Int']['output']>;
  minRevenue?: Maybe<Scalars['Int']['output']>;
  policyId: Scalars['ID']['output'];
  qualifications: Array<Qualification>;
  /** Where the company must be registered; empty: anywhere. */
  regionCodes: Array<Scalars['ID']['output']>;
  /** At least one of these talent types (e.g. 博士, 省级人才); empty: none needed. */
  talentTypes: Array<Scalars['String']['output']>;
  updatedAt: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['String']['output']>;
  validUntil?: Maybe<Scalars['String']['output']>;
  /** Pass back to setPolicyConditions (0 before any are set). */
  version: Scalars['Int']['output'];
};

export type PolicyConditionsInput = {
  /** Replaces the stored clauses (none when left out). */
  clauses?: InputMaybe<Array<ConditionClauseInput>>;
  industryCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxAgeYears?: InputMaybe<Scalars['Int']['input']>;
  maxEmployees?: InputMaybe<Scalars['Int']['input']>;
  maxRevenue?: InputMaybe<Scalars['Int']['input']>;
  minAgeYears?: InputMaybe<Scalars['Int']['input']>;
  minEmployees?: InputMaybe<Scalars['Int']['input']>;
  minRdStaff?: InputMaybe<Scalars['Int']['input']>;
  minRevenue?: InputMaybe<Scalars['Int']['input']>;
  qualifications?: InputMaybe<Array<Qualification>>;
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  talentTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions read from the policy text, to be checked by a librarian; `evidence` quotes the text. */
export type PolicyConditionsSuggestion = {
  __typename?: 'PolicyConditionsSuggestion';
  /** The whole clause behind each suggested condition, to keep or edit in setPolicyConditions. */
  clauses: Array<ConditionClause>;
  evidence: Array<Scalars['String']['output']>;
  maxAgeYears?: Maybe<Scalars['Int']['output']>;
  maxEmployees?: Maybe<Scalars['Int']['output']>;
  minRdStaff?: Maybe<Scalars['Int']['output']>;
  minRevenue?: Maybe<Scalars['Int']['output']>;
  qualifications: Array<Qualification>;
};

/** Policies, newest first; no totalCount (counting every filtered policy in force costs a second pass). */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  edges: Array<PolicyEdge>;
  pageInfo: PageInfo;
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  cursor: Scalars['String']['output'];
  node: Policy;
};

export type PolicyFilter = {
  /** Published on or after (YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** true: only policies in force today (valid, effective, not expired, not repealed or replaced by a policy in force); false: only those not in force. */
  inForce?: InputMaybe<Scalars['Boolean']['input']>;
  /** Librarians only: soft-deleted policies too. */
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Industry code; includes its sub-industries. */
  industry?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the issuer's name, e.g. 科学技术局. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<RegionLevel>;
  /** Region code; includes the regions inside it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Published on or before (YYYY-MM-DD). */
  to?: InputMaybe<Scalars['String']['input']>;
  validity?: InputMaybe<PolicyValidity>;
};

/** A policy entered by hand, e.g. from a paper document. */
export type PolicyInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  /** 发文字号. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  /** Issuing body as printed; link the organisation with ISSUED_BY. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  publishedDate?: InputMaybe<Scalars['String']['input']>;
  /** Region code where the policy applies (its level follows from the region). */
  region: Scalars['ID']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  validity?: InputMaybe<PolicyValidity>;
  /** YYYY-MM-DD. */
  writtenDate?: InputMaybe<Scalars['String']['input']>;
};

export type PolicyIssuer = {
  __typename?: 'PolicyIssuer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PolicyLink = {
  __typename?: 'PolicyLink';
  direction: LinkDirection;
  kind: PolicyRelationKind;
  policy: Policy;
};

export type PolicyMatch = {
  __typename?: 'PolicyMatch';
  /** What is missing (NEARLY) or what the profile did not say. */
  missing: Array<Scalars['String']['output']>;
  policy: GraphNode;
  /** Why it applies: the industry link (政策支持产业 or 适用条件所列产业), the policy's region, each condition met, with its clause where recorded. */
  reasons: Array<Scalars['String']['output']>;
  status: MatchStatus;
};

/** The ranked matches; totalCount is every policy that applies or nearly applies. */
export type PolicyMatchConnection = {
  __typename?: 'PolicyMatchConnection';
  edges: Array<PolicyMatchEdge>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type PolicyMatchEdge = {
  __typename?: 'PolicyMatchEdge';
  cursor: Scalars['String']['output'];
  node: PolicyMatch;
};

/** Metadata a librarian corrects; fields set here are kept when the crawler fetches a new revision of the page. */
export type PolicyPatch = {
  category?: InputMaybe<Scalars['String']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  publishedDate?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  validity?: InputMaybe<PolicyValidity>;
  writtenDate?: InputMaybe<Scalars['String']['input']>;
};

export type PolicyRelationKind =
  | 'AMENDS'
  | 'REPEALS'
  | 'REPLACES';

export type PolicyRevision = {
  __typename?: 'PolicyRevision';
  documentNumber?: Maybe<Scalars['String']['output']>;
  fetchedAt: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  validity?: Maybe<PolicyValidity>;
};

/** Whether a policy is in force, as its page states (有效 / 废止 / 失效). */
export type PolicyValidity =
  /** 失效 */
  | 'EXPIRED'
  /** 废止 */
  | 'REPEALED'
  /** 有效 */
  | 'VALID';

export type Project = {
  __typename?: 'Project';
  createdAt: Scalars['String']['output'];
  deleted: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Policies the project is funded by (FUNDED_BY). */
  fundedBy: Array<GraphNode>;
  history: AuditConnection;
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  leaders: Array<Person>;
  /** People working on the project. */
  members: Array<Person>;
  name: Scalars['String']['output'];
  organizations: Array<Organization>;
  provenance: Provenance;
  regions: Array<Region>;
  /** YYYY-MM-DD. */
  startedOn?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ProjectStatus>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


export type ProjecthistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  startedOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

export type ProjectPatch = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  startedOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

export type ProjectStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED'
  | 'SUSPENDED';

/** Where a curated fact comes from. */
export type Provenance = {
  __typename?: 'Provenance';
  /** When it was last asserted. */
  at: Scalars['String']['output'];
  /** Who asserted it (librarians and admins see this; null for others and for the CLI). */
  curator?: Maybe<Account>;
  /** The import file it came from (CSV/Excel bulk import). */
  importFile?: Maybe<Scalars['String']['output']>;
  /** The page the fact was taken from. */
  sourceUrl?: Maybe<Scalars['String']['output']>;
};

/** 你选书我买单: a reader picks a new book in a partner bookstore or online, the library pays and lends it. */
export type PurchaseChannel =
  /** Online, delivered home. */
  | 'ONLINE'
  /** At the till of a partner bookstore (新华书店). */
  | 'STORE';

export type PurchaseEligibility = {
  __typename?: 'PurchaseEligibility';
  book: Book;
  eligible: Scalars['Boolean']['output'];
  refusals: Array<PurchaseRefusal>;
};

/** A file sent inline: its name (the extension tells CSV, .xlsx or MARC) and its bytes in base64. */
export type PurchaseFileInput = {
  contentBase64: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type PurchaseImportRejection = {
  __typename?: 'PurchaseImportRejection';
  /** The row (CSV/xlsx, header = 1) or record (MARC) that was not imported. */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** What a holdings import did: the rows that landed and every row rejected with its reason. */
export type PurchaseImportReport = {
  __typename?: 'PurchaseImportReport';
  booksAdded: Scalars['Int']['output'];
  booksUpdated: Scalars['Int']['output'];
  format: Scalars['String']['output'];
  holdings: Scalars['Int']['output'];
  rejected: Array<PurchaseImportRejection>;
};

export type PurchaseMessage = {
  __typename?: 'PurchaseMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  read: Scalars['Boolean']['output'];
  requestId: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
};

export type PurchaseMessageConnection = {
  __typename?: 'PurchaseMessageConnection';
  edges: Array<PurchaseMessageEdge>;
  pageInfo: PageInfo;
};

export type PurchaseMessageEdge = {
  __typename?: 'PurchaseMessageEdge';
  cursor: Scalars['String']['output'];
  node: PurchaseMessage;
};

export type PurchaseOutcome = {
  __typename?: 'PurchaseOutcome';
  /** False when the same request was already there (a double click) and nothing changed. */
  created: Scalars['Boolean']['output'];
  refusals: Array<PurchaseRefusal>;
  request: PurchaseRequest;
};

/** What a reader has left of their quota in the current period. */
export type PurchaseQuota = {
  __typename?: 'PurchaseQuota';
  booksLeft: Scalars['Int']['output'];
  booksUsed: Scalars['Int']['output'];
  card: LibraryCard;
  fenLeft: Scalars['Int']['output'];
  fenUsed: Scalars['Int']['output'];
  /** Purchase loans at home. */
  loansOut: Scalars['Int']['output'];
  openRequests: Scalars['Int']['output'];
  periodDays: Scalars['Int']['output'];
};

/** A rule that refuses, and in Chinese why (with the figures). */
export type PurchaseRefusal = {
  __typename?: 'PurchaseRefusal';
  message: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

export type PurchaseRequest = {
  __typename?: 'PurchaseRequest';
  book?: Maybe<Book>;
  cardNumber: Scalars['String']['output'];
  channel: PurchaseChannel;
  createdAt: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['String']['output']>;
  fundCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isbn: Scalars['String']['output'];
  library: Library;
  /** Encumbered amount in fen (the list price). */
  priceFen: Scalars['Int']['output'];
  /** Why it was refused (rules, or the librarian's reason). */
  refusals: Array<PurchaseRefusal>;
  /** Why it was sent to a librarian's review (the rule, e.g. a price over the library's review limit), when it was. */
  reviewReason?: Maybe<Scalars['String']['output']>;
  /** What the store charged, when it said. */
  salePriceFen?: Maybe<Scalars['Int']['output']>;
  status: PurchaseStatus;
  statusLabel: Scalars['String']['output'];
  store?: Maybe<Bookstore>;
  /** Every step, oldest first. */
  timeline: Array<PurchaseTransition>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type PurchaseRequestConnection = {
  __typename?: 'PurchaseRequestConnection';
  edges: Array<PurchaseRequestEdge>;
  pageInfo: PageInfo;
};

export type PurchaseRequestEdge = {
  __typename?: 'PurchaseRequestEdge';
  cursor: Scalars['String']['output'];
  node: PurchaseRequest;
};

/** The purchase rules of one member library, set by its librarians. */
export type PurchaseRules = {
  __typename?: 'PurchaseRules';
  channels: Array<PurchaseChannel>;
  excludedClcPrefixes: Array<Scalars['String']['output']>;
  excludedKinds: Array<BookKind>;
  library: Library;
  loanDays: Scalars['Int']['output'];
  maxBooksPerOrder: Scalars['Int']['output'];
  maxBooksPerPeriod: Scalars['Int']['output'];
  maxFenPerPeriod: Scalars['Int']['output'];
  maxHoldingCopies: Scalars['Int']['output'];
  maxPriceFen: Scalars['Int']['output'];
  minPublicationYear?: Maybe<Scalars['Int']['output']>;
  onePerReaderPerTitle: Scalars['Boolean']['output'];
  periodDays: Scalars['Int']['output'];
  returnBeforeNext: Scalars['Boolean']['output'];
  reviewAboveFen?: Maybe<Scalars['Int']['output']>;
  updatedAt?: Maybe<Scalars['String']['output']>;
  /** 0 until the librarians first save their own (the defaults apply). */
  version: Scalars['Int']['output'];
};

export type PurchaseRulesInput = {
  channels: Array<PurchaseChannel>;
  excludedClcPrefixes: Array<Scalars['String']['input']>;
  excludedKinds: Array<BookKind>;
  loanDays: Scalars['Int']['input'];
  maxBooksPerOrder: Scalars['Int']['input'];
  maxBooksPerPeriod: Scalars['Int']['input'];
  maxFenPerPeriod: Scalars['Int']['input'];
  maxHoldingCopies: Scalars['Int']['input'];
  maxPriceFen: Scalars['Int']['input'];
  minPublicationYear?: InputMaybe<Scalars['Int']['input']>;
  onePerReaderPerTitle: Scalars['Boolean']['input'];
  periodDays: Scalars['Int']['input'];
  returnBeforeNext: Scalars['Boolean']['input'];
  reviewAboveFen?: InputMaybe<Scalars['Int']['input']>;
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

export type PurchaseTransition = {
  __typename?: 'PurchaseTransition';
  actorRole: Scalars['String']['output'];
  at: Scalars['String']['output'];
  from?: Maybe<PurchaseStatus>;
  /** The new status in Chinese. */
  label: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  to: PurchaseStatus;
};

export type Qualification =
  /** 高新技术企业 */
  | 'HIGH_TECH'
  /** 专精特新企业 */
  | 'SPECIALIZED'
  /** 科技型中小企业 */
  | 'TECH_SME';

/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type Query = {
  __typename?: 'Query';
  /** Accounts in creation order, optionally of one library (admins only). */
  accounts: AccountConnection;
  /** The audit log, newest first, per entity and/or per actor account (librarians: their library's; admins: all). */
  auditLog: AuditConnection;
  /** Treasurer: one year's budgets, contributions and months (default: this year). */
  budgetOverview: BudgetOverview;
  budgetTransactions: BudgetTransactionConnection;
  /** Latest crawl runs first, of one source or all. */
  crawlRuns: CrawlRunConnection;
  /** The CSRF token of the current session, or null without one. */
  csrfToken?: Maybe<Scalars['String']['output']>;
  document?: Maybe<Document>;
  /**
   * Documents, newest import first, restricted by `filter`. `after` is the `endCursor` of the
   * previous page; pages stay consistent while new imports arrive.
   */
  documents: DocumentConnection;
  /** An embedding job of this service process, by id (null when unknown or forgotten). */
  embeddingJob?: Maybe<EmbeddingJob>;
  /** Recent embedding jobs of this service process, newest first (the process keeps a bounded number: one page). */
  embeddingJobs: EmbeddingJobConnection;
  /** Treasurer (admins): the fiscal years. */
  fiscalYears: Array<FiscalYear>;
  /** Hot topics overall, or of an industry and its sub-industries, strongest first (`limit` 1–50). */
  hotTopics: Array<HotTopic>;
  importJob?: Maybe<ImportJob>;
  /** Import jobs, newest first. `after` is the `endCursor` of the previous page. */
  importJobs: ImportJobConnection;
  /**
   * Industries, ordered by code. `parent` (a code) returns its direct children; `region`
   * (a region code or Chinese name) returns the industries that region names as its own.
   * Without arguments, every industry.
   */
  industries: Array<Industry>;
  industry?: Maybe<Industry>;
  /** The library of one industry, by code; null for an unknown code. */
  industryLibrary?: Maybe<IndustryLibrary>;
  /** A learning path by id or slug (drafts for librarians only). */
  learningPath?: Maybe<LearningPath>;
  /**
   * Learning paths in title order, or matching `query` best first; `industry` keeps that industry's
   * paths (with its sub-industries and parents) and the general ones. `includeDrafts`: librarians only.
   */
  learningPaths: LearningPathConnection;
  libraries: Array<Library>;
  /** Policies in force today (valid, effective, not expired, not repealed or replaced by a policy in force) that apply to the company, ranked: APPLIES first (most reasons first), then NEARLY. */
  matchPolicies: PolicyMatchConnection;
  /** The signed-in account, or null for visitors. */
  me?: Maybe<Account>;
  /** The store of the signed-in bookstore staff. */
  myBookstore?: Maybe<Bookstore>;
  myPurchaseMessages: PurchaseMessageConnection;
  /** The signed-in reader's card and quota; null without a card. */
  myPurchaseQuota?: Maybe<PurchaseQuota>;
  myPurchaseRequests: PurchaseRequestConnection;
  /** The entities around one (an id, or an industry or region code): `hops` 1 to 3, `limit` nodes at most 200. */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Latest news first. */
  news: NewsConnection;
  newsItem?: Maybe<NewsItem>;
  organization?: Maybe<Organization>;
  organizations: OrganizationConnection;
  /** Shortest paths between two entities, `maxHops` 1 to 6, at most 5 paths. */
  paths: Array<GraphPath>;
  /** Librarians: links waiting for their library's consent, oldest first; admins: every library's. */
  pendingLinks: PendingLinkConnection;
  /** Ordered by creation; `first` at most 100. */
  people: PersonConnection;
  person?: Maybe<Person>;
  /** Latest policies first (by publication date), filtered. */
  policies: PolicyConnection;
  policy?: Maybe<Policy>;
  policyConditions?: Maybe<PolicyConditions>;
  project?: Maybe<Project>;
  projects: ProjectConnection;
  /** A book by ISBN-13 or ISBN-10 (a bad ISBN is a VALIDATION error naming it); null when not on the list. */
  purchaseBook?: Maybe<Book>;
  /** Books by title, author or publisher words. */
  purchaseBooks: BookConnection;
  /** Whether the signed-in reader may have this book, and every rule that refuses it. */
  purchaseEligibility: PurchaseEligibility;
  /** One request, for its reader, its store's staff, its library's librarians and admins. */
  purchaseRequest: PurchaseRequest;
  /** A library's requests (its librarians, admins), newest first; UNDER_REVIEW is the review queue. */
  purchaseRequests: PurchaseRequestConnection;
  purchaseRules: PurchaseRules;
  purchaseStores: Array<Bookstore>;
  regions: Array<Region>;
  /**
   * Search (Chinese-aware full text) across people, organisations, projects, policies, documents
   * and news, best first; documents are also found by meaning when the embedding model and
   * document embeddings are there (`mode`). `first` at most 50, 500 hits deep; `score` is the
   * Lucene score (FULLTEXT) or the fused reciprocal-rank score (HYBRID).
   */
  search: SearchResults;
  /**
   * Documents matching `query`, best first (Chinese-aware full text over title, abstract and
   * keywords), restricted by `filter`. `after` is the `endCursor` of the previous page.
   */
  searchDocuments: DocumentSearchResult;
  /** Records nearest in meaning to the query (vector index over the stored embeddings), best first: the best `first` (1 to 100). */
  semanticSearch: SemanticHitConnection;
  source?: Maybe<Source>;
  /** Sources by id. */
  sources: SourceConnection;
  statement?: Maybe<Statement>;
  statements: StatementConnection;
  /** The requests of the signed-in bookstore staff's store. */
  storePurchaseRequests: PurchaseRequestConnection;
  /** Librarians: conditions suggested from the policy text. */
  suggestPolicyConditions?: Maybe<PolicyConditionsSuggestion>;
  /** The till's check: a reader's card and a book (bookstore staff). */
  tillEligibility: PurchaseEligibility;
  topic?: Maybe<Topic>;
  /** Topics whose industry mapping waits for a librarian, largest first. */
  topicReviewQueue: TopicConnection;
  /**
   * Topics in `orderBy` (LIBRARY unless asked: filed under an industry first, then awaiting a
   * librarian, then outside every industry, 未归类 last, each largest first); `industry` (a code)
   * keeps the topics mapped to it. `after` is the `endCursor` of the previous page.
   */
  topics: TopicConnection;
  /** Version of the running service. */
  version: Scalars['String']['output'];
  yearEndPreview: YearEndPlan;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryaccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  library?: InputMaybe<Scalars['ID']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryauditLogArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerybudgetOverviewArgs = {
  fiscalYear?: InputMaybe<Scalars['String']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerybudgetTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  budgetId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['String']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerycrawlRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerydocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerydocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryembeddingJobArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryhotTopicsArgs = {
  industry?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<HotTopicSource>;
  window?: InputMaybe<HotTopicWindow>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryimportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryimportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryindustriesArgs = {
  parent?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryindustryArgs = {
  code: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryindustryLibraryArgs = {
  code: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerylearningPathArgs = {
  key: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerylearningPathsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerymatchPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  profile: CompanyProfile;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerymyPurchaseMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerymyPurchaseRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryneighbourhoodArgs = {
  hops?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerynewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NewsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerynewsItemArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryorganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryorganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypathsArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypendingLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypersonArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypolicyArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypolicyConditionsArgs = {
  policyId: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryprojectArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryprojectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypurchaseBookArgs = {
  isbn: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypurchaseBooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypurchaseEligibilityArgs = {
  channel?: InputMaybe<PurchaseChannel>;
  isbn: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypurchaseRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypurchaseRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  library: Scalars['ID']['input'];
  statuses?: InputMaybe<Array<PurchaseStatus>>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerypurchaseRulesArgs = {
  library: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryregionsArgs = {
  level?: InputMaybe<RegionLevel>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  query: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysearchDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<DocumentSearchMode>;
  query: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysemanticSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysourceArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerystatementArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerystatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerystorePurchaseRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysuggestPolicyConditionsArgs = {
  policyId: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerytillEligibilityArgs = {
  cardNumber: Scalars['String']['input'];
  isbn: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerytopicArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerytopicReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerytopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<TopicOrder>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryyearEndPreviewArgs = {
  fiscalYear: Scalars['String']['input'];
};

/** An administrative region: 国家 › 浙江省 › 嘉兴市 › 区县. */
export type Region = {
  __typename?: 'Region';
  children: Array<Region>;
  /** Administrative division code (GB/T 2260), e.g. 330481 for 海宁市; CN for the nation. */
  code: Scalars['ID']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  parent?: Maybe<Region>;
  /** The industries this region names as its signature industries (区县特色产业), by code. */
  signatureIndustries: Array<Industry>;
};

export type RegionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NATION'
  | 'PROVINCE';

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

/**
 * The answer to a registration: the same text whether the e-mail was new (the reader account is
 * created) or already had an account (nothing changes), so registering never tells which. Sign in
 * with `login` next.
 */
export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  message: Scalars['String']['output'];
};

export type Role =
  | 'ADMIN'
  /** Staff of a partner bookstore (你选书我买单): acts only for their store. */
  | 'BOOKSTORE'
  | 'LIBRARIAN'
  | 'READER';

/** One hit of a search, best first. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  /** The full person, organisation or project; null for policies, documents and news (look those up by `node.id`). */
  entity?: Maybe<SearchEntity>;
  /** What was found: its id (or code), kind and title. */
  node: GraphNode;
  score: Scalars['Float']['output'];
};

export type SearchEntity = Organization | Person | Project;

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

export type SearchResults = {
  __typename?: 'SearchResults';
  edges: Array<SearchEdge>;
  /** HYBRID when documents were searched by meaning too; FULLTEXT otherwise. */
  mode: SearchMode;
  /** Why a search that includes documents stayed full text (no embedding model, model unavailable, no embeddings yet). */
  notice?: Maybe<Scalars['String']['output']>;
  pageInfo: PageInfo;
};

export type SemanticHit = {
  __typename?: 'SemanticHit';
  documentId: Scalars['ID']['output'];
  /** Cosine similarity mapped to [0, 1] by Neo4j's vector index. */
  score: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

export type SemanticHitConnection = {
  __typename?: 'SemanticHitConnection';
  edges: Array<SemanticHitEdge>;
  pageInfo: PageInfo;
};

export type SemanticHitEdge = {
  __typename?: 'SemanticHitEdge';
  cursor: Scalars['String']['output'];
  node: SemanticHit;
};

/** A crawled site or feed, with its health. */
export type Source = {
  __typename?: 'Source';
  covers: Scalars['String']['output'];
  /** Why the source is disabled (by a librarian, or after repeated failures). */
  disabledReason?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  /** Consecutive failed runs. */
  errorCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  itemType: SourceItemType;
  kind: SourceKind;
  lastCheckedAt?: Maybe<Scalars['String']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  level: RegionLevel;
  name: Scalars['String']['output'];
  /** While backing off after failures: the earliest next check. */
  nextCheckAt?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Region>;
  /** Latest runs first; `crawlRuns(source:, after:)` goes on from the last cursor. */
  runs: CrawlRunConnection;
  /** Cron expression of scheduled checks. */
  schedule: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** Whether a librarian checked the URL and rules against the live site. */
  verified: Scalars['Boolean']['output'];
};


/** A crawled site or feed, with its health. */
export type SourcerunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceItemType =
  | 'NEWS'
  | 'POLICY';

export type SourceKind =
  | 'ATOM'
  | 'HTML'
  | 'JSONFEED'
  | 'RSS';

/** A bookstore's monthly statement: its sales and returns, the discount, what is owed. */
export type Statement = {
  __typename?: 'Statement';
  csvUrl: Scalars['String']['output'];
  discountBasisPoints: Scalars['Int']['output'];
  discountFen: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  invoiceNo?: Maybe<Scalars['String']['output']>;
  lineCount: Scalars['Int']['output'];
  lines: Array<StatementLine>;
  /** Null until reconciled against the store's own statement. */
  mismatchCount?: Maybe<Scalars['Int']['output']>;
  mismatches: Array<StatementMismatch>;
  month: Scalars['String']['output'];
  netFen: Scalars['Int']['output'];
  reconciledAt?: Maybe<Scalars['String']['output']>;
  returnsFen: Scalars['Int']['output'];
  salesFen: Scalars['Int']['output'];
  status: StatementStatus;
  storeId: Scalars['ID']['output'];
  xlsxUrl: Scalars['String']['output'];
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementLine = {
  __typename?: 'StatementLine';
  amountFen: Scalars['Int']['output'];
  at: Scalars['String']['output'];
  budgetId: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  requestId: Scalars['ID']['output'];
  storeRef: Scalars['String']['output'];
  transactionId: Scalars['ID']['output'];
};

export type StatementMismatch = {
  __typename?: 'StatementMismatch';
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  oursFen?: Maybe<Scalars['Int']['output']>;
  storeRef?: Maybe<Scalars['String']['output']>;
  theirsFen?: Maybe<Scalars['Int']['output']>;
};

export type StatementStatus =
  | 'APPROVED'
  | 'OPEN'
  | 'PAID'
  | 'REVIEWED';

/** One CSV (UTF-8 or GBK) or .xlsx file sent over the API. */
export type TableFileInput = {
  /** The file's bytes, base64-encoded; at most 20 MB. */
  contentBase64: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/**
 * A topic of the literature: documents clustered by meaning, labelled from their words
 * (c-TF-IDF over jieba segmentation and the records' keywords) and mapped onto an industry.
 * 未归类 (`outlier: true`) holds the documents no topic fits.
 */
export type Topic = {
  __typename?: 'Topic';
  /** The label computed from the topic's words. */
  autoLabel: Scalars['String']['output'];
  /** The topic's documents, nearest the centre first. `after` is the `endCursor` of the previous page. */
  documents: TopicDocumentConnection;
  /** Where to download the topic's documents (a path under /export; visitors get at most 1,000). */
  exportUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The industry the topic belongs to, when one is chosen. */
  industry?: Maybe<Industry>;
  /** Industries scored for this topic, best first, with their evidence. */
  industryCandidates: Array<TopicIndustryCandidate>;
  /** Most distinctive words first. */
  keywords: Array<TopicKeyword>;
  /** The label shown: the librarian's when they renamed the topic, else the automatic one. */
  label: Scalars['String']['output'];
  labelSource: TopicLabelSource;
  mappingScore?: Maybe<Scalars['Float']['output']>;
  mappingStatus: TopicMappingStatus;
  outlier: Scalars['Boolean']['output'];
  /** Documents nearest the topic's centre. */
  representativeDocuments: Array<TopicDocument>;
  /** Number of documents. */
  size: Scalars['Int']['output'];
  /** Documents per publication year, oldest first. */
  trend: Array<TopicTrendPoint>;
};


/**
 * A topic of the literature: documents clustered by meaning, labelled from their words
 * (c-TF-IDF over jieba segmentation and the records' keywords) and mapped onto an industry.
 * 未归类 (`outlier: true`) holds the documents no topic fits.
 */
export type TopicdocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A topic of the literature: documents clustered by meaning, labelled from their words
 * (c-TF-IDF over jieba segmentation and the records' keywords) and mapped onto an industry.
 * 未归类 (`outlier: true`) holds the documents no topic fits.
 */
export type TopicexportUrlArgs = {
  format?: InputMaybe<DocumentExportFormat>;
};

export type TopicConnection = {
  __typename?: 'TopicConnection';
  edges: Array<TopicEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TopicDocument = {
  __typename?: 'TopicDocument';
  id: Scalars['ID']['output'];
  /** Cosine similarity to the topic's centre. */
  similarity?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type TopicDocumentConnection = {
  __typename?: 'TopicDocumentConnection';
  edges: Array<TopicDocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TopicDocumentEdge = {
  __typename?: 'TopicDocumentEdge';
  cursor: Scalars['String']['output'];
  node: TopicDocument;
};

export type TopicEdge = {
  __typename?: 'TopicEdge';
  cursor: Scalars['String']['output'];
  node: Topic;
};

export type TopicFacetCount = {
  __typename?: 'TopicFacetCount';
  count: Scalars['Int']['output'];
  topic: Topic;
};

export type TopicIndustryCandidate = {
  __typename?: 'TopicIndustryCandidate';
  /** Its documents best filed under the industry. */
  documents: Array<TopicDocument>;
  industry: Industry;
  /** The industry keywords its documents were filed on, most frequent first. */
  keywords: Array<Scalars['String']['output']>;
  /** 0–1: the share of the topic's documents filed under the industry (or one of its sub-industries). */
  score: Scalars['Float']['output'];
};

export type TopicKeyword = {
  __typename?: 'TopicKeyword';
  score: Scalars['Float']['output'];
  term: Scalars['String']['output'];
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

export type TopicTrendPoint = {
  __typename?: 'TopicTrendPoint';
  count: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type YearEndItem = {
  __typename?: 'YearEndItem';
  amountFen: Scalars['Int']['output'];
  budgetId: Scalars['ID']['output'];
  fundCode: Scalars['String']['output'];
  fundName: Scalars['String']['output'];
};

/** The year end, previewed or done: the city library's top-up, then the rollover into next year's digital resources. */
export type YearEndPlan = {
  __typename?: 'YearEndPlan';
  fiscalYear: Scalars['String']['output'];
  nextFiscalYear: Scalars['String']['output'];
  openEncumbrancesFen: Scalars['Int']['output'];
  rolloverTotalFen: Scalars['Int']['output'];
  rollovers: Array<YearEndItem>;
  topUpTotalFen: Scalars['Int']['output'];
  topUps: Array<YearEndItem>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchEntity:
    | ( OrganizationMapper & { __typename: 'Organization' } )
    | ( PersonMapper & { __typename: 'Person' } )
    | ( ProjectMapper & { __typename: 'Project' } )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountConnection: ResolverTypeWrapper<AccountConnectionMapper>;
  AccountEdge: ResolverTypeWrapper<AccountEdgeMapper>;
  AuditConnection: ResolverTypeWrapper<AuditConnectionMapper>;
  AuditEdge: ResolverTypeWrapper<AuditEdgeMapper>;
  AuditEntry: ResolverTypeWrapper<AuditEntryMapper>;
  AuthPayload: ResolverTypeWrapper<AuthPayloadMapper>;
  Book: ResolverTypeWrapper<BookMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BookConnection: ResolverTypeWrapper<BookConnectionMapper>;
  BookEdge: ResolverTypeWrapper<BookEdgeMapper>;
  BookHolding: ResolverTypeWrapper<BookHoldingMapper>;
  BookKind: ResolverTypeWrapper<'GENERAL' | 'TEXTBOOK' | 'EXAM_GUIDE' | 'REFERENCE' | 'FOREIGN_ORIGINAL' | 'PERIODICAL' | 'SET' | 'TOY_BOOK' | 'AUDIOVISUAL'>;
  Bookstore: ResolverTypeWrapper<BookstoreMapper>;
  Budget: ResolverTypeWrapper<BudgetMapper>;
  BudgetAllocationInput: BudgetAllocationInput;
  BudgetContribution: ResolverTypeWrapper<BudgetContributionMapper>;
  BudgetMonth: ResolverTypeWrapper<BudgetMonth>;
  BudgetOverview: ResolverTypeWrapper<BudgetOverviewMapper>;
  BudgetTransaction: ResolverTypeWrapper<BudgetTransactionMapper>;
  BudgetTransactionConnection: ResolverTypeWrapper<BudgetTransactionConnectionMapper>;
  BudgetTransactionEdge: ResolverTypeWrapper<BudgetTransactionEdgeMapper>;
  BudgetTransactionType: ResolverTypeWrapper<'ALLOCATION' | 'TRANSFER' | 'ENCUMBRANCE' | 'PAYMENT' | 'CREDIT' | 'ROLLOVER'>;
  BudgetTransferInput: BudgetTransferInput;
  BulkImportReport: ResolverTypeWrapper<BulkImportReportMapper>;
  CompanyProfile: CompanyProfile;
  ConditionClause: ResolverTypeWrapper<Omit<ConditionClause, 'field'> & { field: ResolversTypes['ConditionField'] }>;
  ConditionClauseInput: ConditionClauseInput;
  ConditionField: ResolverTypeWrapper<'INDUSTRY' | 'REGION' | 'AGE' | 'EMPLOYEES' | 'REVENUE' | 'RD_STAFF' | 'QUALIFICATIONS' | 'TALENT' | 'VALIDITY'>;
  CrawlNowResult: ResolverTypeWrapper<Omit<CrawlNowResult, 'run'> & { run?: Maybe<ResolversTypes['CrawlRun']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CrawlRun: ResolverTypeWrapper<CrawlRunMapper>;
  CrawlRunConnection: ResolverTypeWrapper<CrawlRunConnectionMapper>;
  CrawlRunEdge: ResolverTypeWrapper<Omit<CrawlRunEdge, 'node'> & { node: ResolversTypes['CrawlRun'] }>;
  CrawlRunStatus: ResolverTypeWrapper<'RUNNING' | 'OK' | 'PARTIAL' | 'FAILED' | 'SKIPPED'>;
  CreateAccountInput: CreateAccountInput;
  Document: ResolverTypeWrapper<DocumentMapper>;
  DocumentConnection: ResolverTypeWrapper<DocumentConnectionMapper>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentExportFormat: ResolverTypeWrapper<'RIS' | 'BIBTEX' | 'CSV'>;
  DocumentFiling: ResolverTypeWrapper<DocumentFilingMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DocumentFilter: DocumentFilter;
  DocumentProvenance: ResolverTypeWrapper<DocumentProvenanceMapper>;
  DocumentSearchHit: ResolverTypeWrapper<Omit<DocumentSearchHit, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentSearchMode: ResolverTypeWrapper<'FULLTEXT' | 'SEMANTIC' | 'HYBRID'>;
  DocumentSearchResult: ResolverTypeWrapper<DocumentSearchResultMapper>;
  EmbeddingJob: ResolverTypeWrapper<EmbeddingJobMapper>;
  EmbeddingJobConnection: ResolverTypeWrapper<EmbeddingJobConnectionMapper>;
  EmbeddingJobEdge: ResolverTypeWrapper<Omit<EmbeddingJobEdge, 'node'> & { node: ResolversTypes['EmbeddingJob'] }>;
  EmbeddingJobState: ResolverTypeWrapper<'RUNNING' | 'DONE' | 'FAILED'>;
  EntityFilter: EntityFilter;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  FilingDecider: ResolverTypeWrapper<'MACHINE' | 'LIBRARIAN'>;
  FiscalYear: ResolverTypeWrapper<FiscalYearMapper>;
  FiscalYearStatus: ResolverTypeWrapper<'OPEN' | 'CLOSED'>;
  FundKind: ResolverTypeWrapper<'READER_CHOICE' | 'DIGITAL_RESOURCES' | 'OTHER'>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNodeMapper>;
  GraphPath: ResolverTypeWrapper<Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  HotTopic: ResolverTypeWrapper<HotTopicMapper>;
  HotTopicMention: ResolverTypeWrapper<HotTopicMention>;
  HotTopicSource: ResolverTypeWrapper<'WORDS' | 'TOPICS'>;
  HotTopicWindow: ResolverTypeWrapper<'WEEK' | 'MONTH'>;
  ImportDuplicate: ResolverTypeWrapper<ImportDuplicateMapper>;
  ImportJob: ResolverTypeWrapper<ImportJobMapper>;
  ImportJobConnection: ResolverTypeWrapper<ImportJobConnectionMapper>;
  ImportJobEdge: ResolverTypeWrapper<Omit<ImportJobEdge, 'node'> & { node: ResolversTypes['ImportJob'] }>;
  ImportJobStatus: ResolverTypeWrapper<'COMPLETED' | 'FAILED'>;
  ImportKind: ResolverTypeWrapper<'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'LINK'>;
  ImportMerge: ResolverTypeWrapper<ImportMergeMapper>;
  ImportRecognised: ResolverTypeWrapper<ImportRecognisedMapper>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  ImportRowReport: ResolverTypeWrapper<Omit<ImportRowReport, 'status'> & { status: ResolversTypes['ImportRowStatus'] }>;
  ImportRowStatus: ResolverTypeWrapper<'CREATED' | 'LINKED' | 'SKIPPED' | 'FAILED'>;
  ImportTypeCount: ResolverTypeWrapper<ImportTypeCount>;
  ImportUpdate: ResolverTypeWrapper<ImportUpdateMapper>;
  ImportWarning: ResolverTypeWrapper<ImportWarning>;
  Industry: ResolverTypeWrapper<IndustryMapper>;
  IndustryClassification: ResolverTypeWrapper<IndustryClassification>;
  IndustryLibrary: ResolverTypeWrapper<IndustryLibraryMapper>;
  IndustryLibraryCounts: ResolverTypeWrapper<IndustryLibraryCountsMapper>;
  IndustryLibraryFacets: ResolverTypeWrapper<Omit<IndustryLibraryFacets, 'topics'> & { topics: Array<ResolversTypes['TopicFacetCount']> }>;
  LearningPath: ResolverTypeWrapper<LearningPathMapper>;
  LearningPathConnection: ResolverTypeWrapper<LearningPathConnectionMapper>;
  LearningPathEdge: ResolverTypeWrapper<LearningPathEdgeMapper>;
  LearningPathInput: LearningPathInput;
  LearningPathStatus: ResolverTypeWrapper<'DRAFT' | 'PUBLISHED'>;
  LearningStep: ResolverTypeWrapper<LearningStepMapper>;
  LearningStepInput: LearningStepInput;
  LearningStepKind: ResolverTypeWrapper<'DOCUMENT' | 'POLICY' | 'LINK'>;
  Library: ResolverTypeWrapper<LibraryMapper>;
  LibraryCard: ResolverTypeWrapper<LibraryCardMapper>;
  LibraryDocumentFilter: LibraryDocumentFilter;
  Link: ResolverTypeWrapper<LinkMapper>;
  LinkDirection: ResolverTypeWrapper<'OUT' | 'IN'>;
  LinkInput: LinkInput;
  LinkOrigin: ResolverTypeWrapper<'LIBRARIAN' | 'CRAWLER'>;
  LinkType: ResolverTypeWrapper<'LEADS' | 'MEMBER_OF' | 'AFFILIATED_WITH' | 'IN_INDUSTRY' | 'LOCATED_IN' | 'FUNDED_BY' | 'SUPPORTS' | 'ISSUED_BY' | 'IN_REGION' | 'AMENDS' | 'REPLACES' | 'REPEALS' | 'MENTIONS'>;
  LiteratureFileInput: LiteratureFileInput;
  MatchStatus: ResolverTypeWrapper<'APPLIES' | 'NEARLY'>;
  Mention: ResolverTypeWrapper<MentionMapper>;
  MentionKind: ResolverTypeWrapper<'ORGANIZATION' | 'PERSON' | 'PROJECT' | 'POLICY'>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<Omit<Neighbourhood, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  NewsConnection: ResolverTypeWrapper<NewsConnectionMapper>;
  NewsEdge: ResolverTypeWrapper<Omit<NewsEdge, 'node'> & { node: ResolversTypes['NewsItem'] }>;
  NewsFilter: NewsFilter;
  NewsItem: ResolverTypeWrapper<NewsItemMapper>;
  OfficialDocument: ResolverTypeWrapper<OfficialDocumentMapper>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionMapper>;
  OrganizationEdge: ResolverTypeWrapper<OrganizationEdgeMapper>;
  OrganizationInput: OrganizationInput;
  OrganizationKind: ResolverTypeWrapper<'COMPANY' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'GOVERNMENT' | 'INCUBATOR' | 'ASSOCIATION' | 'OTHER'>;
  OrganizationPatch: OrganizationPatch;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingLink: ResolverTypeWrapper<PendingLinkMapper>;
  PendingLinkConnection: ResolverTypeWrapper<PendingLinkConnectionMapper>;
  PendingLinkEdge: ResolverTypeWrapper<PendingLinkEdgeMapper>;
  Person: ResolverTypeWrapper<PersonMapper>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionMapper>;
  PersonEdge: ResolverTypeWrapper<PersonEdgeMapper>;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  Policy: ResolverTypeWrapper<PolicyMapper>;
  PolicyAttachment: ResolverTypeWrapper<PolicyAttachment>;
  PolicyConditions: ResolverTypeWrapper<PolicyConditionsMapper>;
  PolicyConditionsInput: PolicyConditionsInput;
  PolicyConditionsSuggestion: ResolverTypeWrapper<Omit<PolicyConditionsSuggestion, 'clauses' | 'qualifications'> & { clauses: Array<ResolversTypes['ConditionClause']>, qualifications: Array<ResolversTypes['Qualification']> }>;
  PolicyConnection: ResolverTypeWrapper<PolicyConnectionMapper>;
  PolicyEdge: ResolverTypeWrapper<Omit<PolicyEdge, 'node'> & { node: ResolversTypes['Policy'] }>;
  PolicyFilter: PolicyFilter;
  PolicyInput: PolicyInput;
  PolicyIssuer: ResolverTypeWrapper<PolicyIssuer>;
  PolicyLink: ResolverTypeWrapper<PolicyLinkMapper>;
  PolicyMatch: ResolverTypeWrapper<PolicyMatchMapper>;
  PolicyMatchConnection: ResolverTypeWrapper<PolicyMatchConnectionMapper>;
  PolicyMatchEdge: ResolverTypeWrapper<Omit<PolicyMatchEdge, 'node'> & { node: ResolversTypes['PolicyMatch'] }>;
  PolicyPatch: PolicyPatch;
  PolicyRelationKind: ResolverTypeWrapper<'REPEALS' | 'REPLACES' | 'AMENDS'>;
  PolicyRevision: ResolverTypeWrapper<PolicyRevisionMapper>;
  PolicyValidity: ResolverTypeWrapper<'VALID' | 'REPEALED' | 'EXPIRED'>;
  Project: ResolverTypeWrapper<ProjectMapper>;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionMapper>;
  ProjectEdge: ResolverTypeWrapper<ProjectEdgeMapper>;
  ProjectInput: ProjectInput;
  ProjectPatch: ProjectPatch;
  ProjectStatus: ResolverTypeWrapper<'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'SUSPENDED'>;
  Provenance: ResolverTypeWrapper<ProvenanceMapper>;
  PurchaseChannel: ResolverTypeWrapper<'STORE' | 'ONLINE'>;
  PurchaseEligibility: ResolverTypeWrapper<PurchaseEligibilityMapper>;
  PurchaseFileInput: PurchaseFileInput;
  PurchaseImportRejection: ResolverTypeWrapper<PurchaseImportRejection>;
  PurchaseImportReport: ResolverTypeWrapper<PurchaseImportReport>;
  PurchaseMessage: ResolverTypeWrapper<PurchaseMessageMapper>;
  PurchaseMessageConnection: ResolverTypeWrapper<PurchaseMessageConnectionMapper>;
  PurchaseMessageEdge: ResolverTypeWrapper<PurchaseMessageEdgeMapper>;
  PurchaseOutcome: ResolverTypeWrapper<PurchaseOutcomeMapper>;
  PurchaseQuota: ResolverTypeWrapper<PurchaseQuotaMapper>;
  PurchaseRefusal: ResolverTypeWrapper<PurchaseRefusal>;
  PurchaseRequest: ResolverTypeWrapper<PurchaseRequestMapper>;
  PurchaseRequestConnection: ResolverTypeWrapper<PurchaseRequestConnectionMapper>;
  PurchaseRequestEdge: ResolverTypeWrapper<PurchaseRequestEdgeMapper>;
  PurchaseRules: ResolverTypeWrapper<PurchaseRulesMapper>;
  PurchaseRulesInput: PurchaseRulesInput;
  PurchaseStatus: ResolverTypeWrapper<'REQUESTED' | 'UNDER_REVIEW' | 'APPROVED' | 'ORDERED' | 'PICKED_UP' | 'DELIVERED' | 'ON_LOAN' | 'OVERDUE' | 'RETURNED' | 'CATALOGUED' | 'REJECTED' | 'CANCELLED' | 'LOST'>;
  PurchaseTransition: ResolverTypeWrapper<PurchaseTransitionMapper>;
  Qualification: ResolverTypeWrapper<'HIGH_TECH' | 'SPECIALIZED' | 'TECH_SME'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegionLevel: ResolverTypeWrapper<'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY'>;
  RegisterInput: RegisterInput;
  RegisterPayload: ResolverTypeWrapper<RegisterPayload>;
  Role: ResolverTypeWrapper<'READER' | 'BOOKSTORE' | 'LIBRARIAN' | 'ADMIN'>;
  SearchEdge: ResolverTypeWrapper<SearchEdgeMapper>;
  SearchEntity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchEntity']>;
  SearchKind: ResolverTypeWrapper<'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'POLICY' | 'DOCUMENT' | 'NEWS'>;
  SearchMode: ResolverTypeWrapper<'FULLTEXT' | 'HYBRID'>;
  SearchResults: ResolverTypeWrapper<SearchResultsMapper>;
  SemanticHit: ResolverTypeWrapper<SemanticHitMapper>;
  SemanticHitConnection: ResolverTypeWrapper<SemanticHitConnectionMapper>;
  SemanticHitEdge: ResolverTypeWrapper<Omit<SemanticHitEdge, 'node'> & { node: ResolversTypes['SemanticHit'] }>;
  Source: ResolverTypeWrapper<SourceMapper>;
  SourceConnection: ResolverTypeWrapper<SourceConnectionMapper>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceItemType: ResolverTypeWrapper<'POLICY' | 'NEWS'>;
  SourceKind: ResolverTypeWrapper<'RSS' | 'ATOM' | 'JSONFEED' | 'HTML'>;
  Statement: ResolverTypeWrapper<StatementMapper>;
  StatementConnection: ResolverTypeWrapper<StatementConnectionMapper>;
  StatementEdge: ResolverTypeWrapper<StatementEdgeMapper>;
  StatementLine: ResolverTypeWrapper<StatementLineMapper>;
  StatementMismatch: ResolverTypeWrapper<StatementMismatchMapper>;
  StatementStatus: ResolverTypeWrapper<'OPEN' | 'REVIEWED' | 'APPROVED' | 'PAID'>;
  TableFileInput: TableFileInput;
  Topic: ResolverTypeWrapper<TopicMapper>;
  TopicConnection: ResolverTypeWrapper<TopicConnectionMapper>;
  TopicDocument: ResolverTypeWrapper<TopicDocumentMapper>;
  TopicDocumentConnection: ResolverTypeWrapper<TopicDocumentConnectionMapper>;
  TopicDocumentEdge: ResolverTypeWrapper<Omit<TopicDocumentEdge, 'node'> & { node: ResolversTypes['TopicDocument'] }>;
  TopicEdge: ResolverTypeWrapper<Omit<TopicEdge, 'node'> & { node: ResolversTypes['Topic'] }>;
  TopicFacetCount: ResolverTypeWrapper<TopicFacetCountMapper>;
  TopicIndustryCandidate: ResolverTypeWrapper<TopicIndustryCandidateMapper>;
  TopicKeyword: ResolverTypeWrapper<TopicKeyword>;
  TopicLabelSource: ResolverTypeWrapper<'AUTO' | 'LIBRARIAN'>;
  TopicMappingStatus: ResolverTypeWrapper<'AUTO' | 'REVIEW' | 'LIBRARIAN'>;
  TopicOrder: ResolverTypeWrapper<'LIBRARY' | 'SIZE'>;
  TopicTrendPoint: ResolverTypeWrapper<TopicTrendPoint>;
  YearEndItem: ResolverTypeWrapper<YearEndItem>;
  YearEndPlan: ResolverTypeWrapper<YearEndPlanMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountMapper;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AccountConnection: AccountConnectionMapper;
  AccountEdge: AccountEdgeMapper;
  AuditConnection: AuditConnectionMapper;
  AuditEdge: AuditEdgeMapper;
  AuditEntry: AuditEntryMapper;
  AuthPayload: AuthPayloadMapper;
  Book: BookMapper;
  Int: Scalars['Int']['output'];
  BookConnection: BookConnectionMapper;
  BookEdge: BookEdgeMapper;
  BookHolding: BookHoldingMapper;
  Bookstore: BookstoreMapper;
  Budget: BudgetMapper;
  BudgetAllocationInput: BudgetAllocationInput;
  BudgetContribution: BudgetContributionMapper;
  BudgetMonth: BudgetMonth;
  BudgetOverview: BudgetOverviewMapper;
  BudgetTransaction: BudgetTransactionMapper;
  BudgetTransactionConnection: BudgetTransactionConnectionMapper;
  BudgetTransactionEdge: BudgetTransactionEdgeMapper;
  BudgetTransferInput: BudgetTransferInput;
  BulkImportReport: BulkImportReportMapper;
  CompanyProfile: CompanyProfile;
  ConditionClause: ConditionClause;
  ConditionClauseInput: ConditionClauseInput;
  CrawlNowResult: Omit<CrawlNowResult, 'run'> & { run?: Maybe<ResolversParentTypes['CrawlRun']> };
  Boolean: Scalars['Boolean']['output'];
  CrawlRun: CrawlRunMapper;
  CrawlRunConnection: CrawlRunConnectionMapper;
  CrawlRunEdge: Omit<CrawlRunEdge, 'node'> & { node: ResolversParentTypes['CrawlRun'] };
  CreateAccountInput: CreateAccountInput;
  Document: DocumentMapper;
  DocumentConnection: DocumentConnectionMapper;
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFiling: DocumentFilingMapper;
  Float: Scalars['Float']['output'];
  DocumentFilter: DocumentFilter;
  DocumentProvenance: DocumentProvenanceMapper;
  DocumentSearchHit: Omit<DocumentSearchHit, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentSearchResult: DocumentSearchResultMapper;
  EmbeddingJob: EmbeddingJobMapper;
  EmbeddingJobConnection: EmbeddingJobConnectionMapper;
  EmbeddingJobEdge: Omit<EmbeddingJobEdge, 'node'> & { node: ResolversParentTypes['EmbeddingJob'] };
  EntityFilter: EntityFilter;
  FacetCount: FacetCount;
  FiscalYear: FiscalYearMapper;
  GraphEdge: GraphEdge;
  GraphNode: GraphNodeMapper;
  GraphPath: Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  HotTopic: HotTopicMapper;
  HotTopicMention: HotTopicMention;
  ImportDuplicate: ImportDuplicateMapper;
  ImportJob: ImportJobMapper;
  ImportJobConnection: ImportJobConnectionMapper;
  ImportJobEdge: Omit<ImportJobEdge, 'node'> & { node: ResolversParentTypes['ImportJob'] };
  ImportMerge: ImportMergeMapper;
  ImportRecognised: ImportRecognisedMapper;
  ImportRejection: ImportRejection;
  ImportRowReport: ImportRowReport;
  ImportTypeCount: ImportTypeCount;
  ImportUpdate: ImportUpdateMapper;
  ImportWarning: ImportWarning;
  Industry: IndustryMapper;
  IndustryClassification: IndustryClassification;
  IndustryLibrary: IndustryLibraryMapper;
  IndustryLibraryCounts: IndustryLibraryCountsMapper;
  IndustryLibraryFacets: Omit<IndustryLibraryFacets, 'topics'> & { topics: Array<ResolversParentTypes['TopicFacetCount']> };
  LearningPath: LearningPathMapper;
  LearningPathConnection: LearningPathConnectionMapper;
  LearningPathEdge: LearningPathEdgeMapper;
  LearningPathInput: LearningPathInput;
  LearningStep: LearningStepMapper;
  LearningStepInput: LearningStepInput;
  Library: LibraryMapper;
  LibraryCard: LibraryCardMapper;
  LibraryDocumentFilter: LibraryDocumentFilter;
  Link: LinkMapper;
  LinkInput: LinkInput;
  LiteratureFileInput: LiteratureFileInput;
  Mention: MentionMapper;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: Omit<Neighbourhood, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  NewsConnection: NewsConnectionMapper;
  NewsEdge: Omit<NewsEdge, 'node'> & { node: ResolversParentTypes['NewsItem'] };
  NewsFilter: NewsFilter;
  NewsItem: NewsItemMapper;
  OfficialDocument: OfficialDocumentMapper;
  Organization: OrganizationMapper;
  OrganizationConnection: OrganizationConnectionMapper;
  OrganizationEdge: OrganizationEdgeMapper;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  PageInfo: PageInfo;
  PendingLink: PendingLinkMapper;
  PendingLinkConnection: PendingLinkConnectionMapper;
  PendingLinkEdge: PendingLinkEdgeMapper;
  Person: PersonMapper;
  PersonConnection: PersonConnectionMapper;
  PersonEdge: PersonEdgeMapper;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  Policy: PolicyMapper;
  PolicyAttachment: PolicyAttachment;
  PolicyConditions: PolicyConditionsMapper;
  PolicyConditionsInput: PolicyConditionsInput;
  PolicyConditionsSuggestion: Omit<PolicyConditionsSuggestion, 'clauses'> & { clauses: Array<ResolversParentTypes['ConditionClause']> };
  PolicyConnection: PolicyConnectionMapper;
  PolicyEdge: Omit<PolicyEdge, 'node'> & { node: ResolversParentTypes['Policy'] };
  PolicyFilter: PolicyFilter;
  PolicyInput: PolicyInput;
  PolicyIssuer: PolicyIssuer;
  PolicyLink: PolicyLinkMapper;
  PolicyMatch: PolicyMatchMapper;
  PolicyMatchConnection: PolicyMatchConnectionMapper;
  PolicyMatchEdge: Omit<PolicyMatchEdge, 'node'> & { node: ResolversParentTypes['PolicyMatch'] };
  PolicyPatch: PolicyPatch;
  PolicyRevision: PolicyRevisionMapper;
  Project: ProjectMapper;
  ProjectConnection: ProjectConnectionMapper;
  ProjectEdge: ProjectEdgeMapper;
  ProjectInput: ProjectInput;
  ProjectPatch: ProjectPatch;
  Provenance: ProvenanceMapper;
  PurchaseEligibility: PurchaseEligibilityMapper;
  PurchaseFileInput: PurchaseFileInput;
  PurchaseImportRejection: PurchaseImportRejection;
  PurchaseImportReport: PurchaseImportReport;
  PurchaseMessage: PurchaseMessageMapper;
  PurchaseMessageConnection: PurchaseMessageConnectionMapper;
  PurchaseMessageEdge: PurchaseMessageEdgeMapper;
  PurchaseOutcome: PurchaseOutcomeMapper;
  PurchaseQuota: PurchaseQuotaMapper;
  PurchaseRefusal: PurchaseRefusal;
  PurchaseRequest: PurchaseRequestMapper;
  PurchaseRequestConnection: PurchaseRequestConnectionMapper;
  PurchaseRequestEdge: PurchaseRequestEdgeMapper;
  PurchaseRules: PurchaseRulesMapper;
  PurchaseRulesInput: PurchaseRulesInput;
  PurchaseTransition: PurchaseTransitionMapper;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  RegisterInput: RegisterInput;
  RegisterPayload: RegisterPayload;
  SearchEdge: SearchEdgeMapper;
  SearchEntity: ResolversUnionTypes<ResolversParentTypes>['SearchEntity'];
  SearchResults: SearchResultsMapper;
  SemanticHit: SemanticHitMapper;
  SemanticHitConnection: SemanticHitConnectionMapper;
  SemanticHitEdge: Omit<SemanticHitEdge, 'node'> & { node: ResolversParentTypes['SemanticHit'] };
  Source: SourceMapper;
  SourceConnection: SourceConnectionMapper;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  Statement: StatementMapper;
  StatementConnection: StatementConnectionMapper;
  StatementEdge: StatementEdgeMapper;
  StatementLine: StatementLineMapper;
  StatementMismatch: StatementMismatchMapper;
  TableFileInput: TableFileInput;
  Topic: TopicMapper;
  TopicConnection: TopicConnectionMapper;
  TopicDocument: TopicDocumentMapper;
  TopicDocumentConnection: TopicDocumentConnectionMapper;
  TopicDocumentEdge: Omit<TopicDocumentEdge, 'node'> & { node: ResolversParentTypes['TopicDocument'] };
  TopicEdge: Omit<TopicEdge, 'node'> & { node: ResolversParentTypes['Topic'] };
  TopicFacetCount: TopicFacetCountMapper;
  TopicIndustryCandidate: TopicIndustryCandidateMapper;
  TopicKeyword: TopicKeyword;
  TopicTrendPoint: TopicTrendPoint;
  YearEndItem: YearEndItem;
  YearEndPlan: YearEndPlanMapper;
};

export type AccountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  library?: Resolver<Maybe<ResolversTypes['Library']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AccountConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  csrfToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Book'] = ResolversParentTypes['Book']> = {
  allianceCopies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  binding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clcClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['BookHolding']>, ParentType, ContextType>;
  isbn?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isbnHyphenated?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BookKind'], ParentType, ContextType>;
  priceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  volume?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BookConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookConnection'] = ResolversParentTypes['BookConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BookEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookEdge'] = ResolversParentTypes['BookEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
};

export type BookHoldingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookHolding'] = ResolversParentTypes['BookHolding']> = {
  copies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  library?: Resolver<ResolversTypes['Library'], ParentType, ContextType>;
};

export type BookKindResolvers = EnumResolverSignature<{ AUDIOVISUAL?: any, EXAM_GUIDE?: any, FOREIGN_ORIGINAL?: any, GENERAL?: any, PERIODICAL?: any, REFERENCE?: any, SET?: any, TEXTBOOK?: any, TOY_BOOK?: any }, ResolversTypes['BookKind']>;

export type BookstoreResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Bookstore'] = ResolversParentTypes['Bookstore']> = {
  channel?: Resolver<ResolversTypes['PurchaseChannel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BudgetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = {
  allocatedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cashBalanceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  creditedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  encumberedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expendedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundKind?: Resolver<ResolversTypes['FundKind'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  libraryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  netTransfersFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalFundingFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetContributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BudgetContribution'] = ResolversParentTypes['BudgetContribution']> = {
  allocatedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  creditedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  libraryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type BudgetMonthResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BudgetMonth'] = ResolversParentTypes['BudgetMonth']> = {
  creditedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  encumberedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expendedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BudgetOverviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BudgetOverview'] = ResolversParentTypes['BudgetOverview']> = {
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['BudgetContribution']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['FiscalYear'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['BudgetMonth']>, ParentType, ContextType>;
};

export type BudgetTransactionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BudgetTransaction'] = ResolversParentTypes['BudgetTransaction']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  encumbranceStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromBudgetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sourceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toBudgetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BudgetTransactionType'], ParentType, ContextType>;
  voidedAmountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetTransactionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BudgetTransactionConnection'] = ResolversParentTypes['BudgetTransactionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BudgetTransactionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BudgetTransactionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BudgetTransactionEdge'] = ResolversParentTypes['BudgetTransactionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BudgetTransaction'], ParentType, ContextType>;
};

export type BudgetTransactionTypeResolvers = EnumResolverSignature<{ ALLOCATION?: any, CREDIT?: any, ENCUMBRANCE?: any, PAYMENT?: any, ROLLOVER?: any, TRANSFER?: any }, ResolversTypes['BudgetTransactionType']>;

export type BulkImportReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BulkImportReport'] = ResolversParentTypes['BulkImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowReport']>, ParentType, ContextType>;
  sheet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConditionClauseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConditionClause'] = ResolversParentTypes['ConditionClause']> = {
  field?: Resolver<ResolversTypes['ConditionField'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConditionFieldResolvers = EnumResolverSignature<{ AGE?: any, EMPLOYEES?: any, INDUSTRY?: any, QUALIFICATIONS?: any, RD_STAFF?: any, REGION?: any, REVENUE?: any, TALENT?: any, VALIDITY?: any }, ResolversTypes['ConditionField']>;

export type CrawlNowResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrawlNowResult'] = ResolversParentTypes['CrawlNowResult']> = {
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['CrawlRun']>, ParentType, ContextType>;
  skippedBecause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CrawlRunResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrawlRun'] = ResolversParentTypes['CrawlRun']> = {
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fetched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CrawlRunStatus'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CrawlRunConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrawlRunConnection'] = ResolversParentTypes['CrawlRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CrawlRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CrawlRunEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrawlRunEdge'] = ResolversParentTypes['CrawlRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrawlRun'], ParentType, ContextType>;
};

export type CrawlRunStatusResolvers = EnumResolverSignature<{ FAILED?: any, OK?: any, PARTIAL?: any, RUNNING?: any, SKIPPED?: any }, ResolversTypes['CrawlRunStatus']>;

export type DocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  abstract?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  database?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filingVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<DocumenthistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['DocumentFiling']>, ParentType, ContextType>;
  isbn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  journal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['DocumentProvenance']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volume?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentExportFormatResolvers = EnumResolverSignature<{ BIBTEX?: any, CSV?: any, RIS?: any }, ResolversTypes['DocumentExportFormat']>;

export type DocumentFilingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentFiling'] = ResolversParentTypes['DocumentFiling']> = {
  decidedBy?: Resolver<ResolversTypes['FilingDecider'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  lexical?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  semantic?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DocumentProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentProvenance'] = ResolversParentTypes['DocumentProvenance']> = {
  added?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importJob?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentSearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentSearchHit'] = ResolversParentTypes['DocumentSearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DocumentSearchModeResolvers = EnumResolverSignature<{ FULLTEXT?: any, HYBRID?: any, SEMANTIC?: any }, ResolversTypes['DocumentSearchMode']>;

export type DocumentSearchResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentSearchResult'] = ResolversParentTypes['DocumentSearchResult']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentSearchHit']>, ParentType, ContextType>;
  exportUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DocumentSearchResultexportUrlArgs, 'format'>>;
  mode?: Resolver<ResolversTypes['DocumentSearchMode'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmbeddingJobResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmbeddingJob'] = ResolversParentTypes['EmbeddingJob']> = {
  cached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['EmbeddingJobState'], ParentType, ContextType>;
  textsPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmbeddingJobConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmbeddingJobConnection'] = ResolversParentTypes['EmbeddingJobConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmbeddingJobEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmbeddingJobEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmbeddingJobEdge'] = ResolversParentTypes['EmbeddingJobEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmbeddingJob'], ParentType, ContextType>;
};

export type EmbeddingJobStateResolvers = EnumResolverSignature<{ DONE?: any, FAILED?: any, RUNNING?: any }, ResolversTypes['EmbeddingJobState']>;

export type FacetCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FilingDeciderResolvers = EnumResolverSignature<{ LIBRARIAN?: any, MACHINE?: any }, ResolversTypes['FilingDecider']>;

export type FiscalYearResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FiscalYear'] = ResolversParentTypes['FiscalYear']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FiscalYearStatus'], ParentType, ContextType>;
};

export type FiscalYearStatusResolvers = EnumResolverSignature<{ CLOSED?: any, OPEN?: any }, ResolversTypes['FiscalYearStatus']>;

export type FundKindResolvers = EnumResolverSignature<{ DIGITAL_RESOURCES?: any, OTHER?: any, READER_CHOICE?: any }, ResolversTypes['FundKind']>;

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type HotTopicResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HotTopic'] = ResolversParentTypes['HotTopic']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['HotTopicMention']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type HotTopicMentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HotTopicMention'] = ResolversParentTypes['HotTopicMention']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HotTopicSourceResolvers = EnumResolverSignature<{ TOPICS?: any, WORDS?: any }, ResolversTypes['HotTopicSource']>;

export type HotTopicWindowResolvers = EnumResolverSignature<{ MONTH?: any, WEEK?: any }, ResolversTypes['HotTopicWindow']>;

export type ImportDuplicateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportDuplicate'] = ResolversParentTypes['ImportDuplicate']> = {
  duplicateOf?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  duplicateOfLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  duplicateOfTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inFile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportJobResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  database?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duplicateRecords?: Resolver<Array<ResolversTypes['ImportDuplicate']>, ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  encoding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exportUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ImportJobexportUrlArgs, 'format'>>;
  fileHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mergedRecords?: Resolver<Array<ResolversTypes['ImportMerge']>, ParentType, ContextType>;
  recognised?: Resolver<Maybe<ResolversTypes['ImportRecognised']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedLines?: Resolver<Array<ResolversTypes['ImportRejection']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportJobStatus'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedRecords?: Resolver<Array<ResolversTypes['ImportUpdate']>, ParentType, ContextType>;
  warningLines?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportJobConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportJobConnection'] = ResolversParentTypes['ImportJobConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImportJobEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportJobEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportJobEdge'] = ResolversParentTypes['ImportJobEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType>;
};

export type ImportJobStatusResolvers = EnumResolverSignature<{ COMPLETED?: any, FAILED?: any }, ResolversTypes['ImportJobStatus']>;

export type ImportKindResolvers = EnumResolverSignature<{ LINK?: any, ORGANIZATION?: any, PERSON?: any, PROJECT?: any }, ResolversTypes['ImportKind']>;

export type ImportMergeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportMerge'] = ResolversParentTypes['ImportMerge']> = {
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  intoLine?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRecognisedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRecognised'] = ResolversParentTypes['ImportRecognised']> = {
  databases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  documentTypes?: Resolver<Array<ResolversTypes['ImportTypeCount']>, ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headerLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRejectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRowReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRowReport'] = ResolversParentTypes['ImportRowReport']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportRowStatus'], ParentType, ContextType>;
};

export type ImportRowStatusResolvers = EnumResolverSignature<{ CREATED?: any, FAILED?: any, LINKED?: any, SKIPPED?: any }, ResolversTypes['ImportRowStatus']>;

export type ImportTypeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportTypeCount'] = ResolversParentTypes['ImportTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportUpdateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportUpdate'] = ResolversParentTypes['ImportUpdate']> = {
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportWarningResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportWarning'] = ResolversParentTypes['ImportWarning']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  children?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  classifications?: Resolver<Array<ResolversTypes['IndustryClassification']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentsExportUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<IndustrydocumentsExportUrlArgs, 'format'>>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  library?: Resolver<ResolversTypes['IndustryLibrary'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  policyFeedUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['OfficialDocument'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndustryClassificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndustryClassification'] = ResolversParentTypes['IndustryClassification']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndustryLibraryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndustryLibrary'] = ResolversParentTypes['IndustryLibrary']> = {
  counts?: Resolver<Maybe<ResolversTypes['IndustryLibraryCounts']>, ParentType, ContextType>;
  documents?: Resolver<Maybe<ResolversTypes['DocumentConnection']>, ParentType, ContextType, RequireFields<IndustryLibrarydocumentsArgs, 'first'>>;
  exportUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<IndustryLibraryexportUrlArgs, 'format'>>;
  facets?: Resolver<Maybe<ResolversTypes['IndustryLibraryFacets']>, ParentType, ContextType, RequireFields<IndustryLibraryfacetsArgs, 'limit'>>;
  feedUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graph?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<IndustryLibrarygraphArgs, 'limit'>>;
  hotTopics?: Resolver<Maybe<Array<ResolversTypes['HotTopic']>>, ParentType, ContextType, RequireFields<IndustryLibraryhotTopicsArgs, 'limit' | 'source' | 'window'>>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  learningPaths?: Resolver<Maybe<Array<ResolversTypes['LearningPath']>>, ParentType, ContextType>;
  news?: Resolver<Maybe<ResolversTypes['NewsConnection']>, ParentType, ContextType, RequireFields<IndustryLibrarynewsArgs, 'first'>>;
  organizations?: Resolver<Maybe<ResolversTypes['OrganizationConnection']>, ParentType, ContextType, RequireFields<IndustryLibraryorganizationsArgs, 'first'>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<IndustryLibrarypeopleArgs, 'first'>>;
  policies?: Resolver<Maybe<ResolversTypes['PolicyConnection']>, ParentType, ContextType, RequireFields<IndustryLibrarypoliciesArgs, 'first'>>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, RequireFields<IndustryLibraryprojectsArgs, 'first'>>;
  searchDocuments?: Resolver<Maybe<ResolversTypes['DocumentSearchResult']>, ParentType, ContextType, RequireFields<IndustryLibrarysearchDocumentsArgs, 'first' | 'mode' | 'query'>>;
  topics?: Resolver<Maybe<ResolversTypes['TopicConnection']>, ParentType, ContextType, RequireFields<IndustryLibrarytopicsArgs, 'first'>>;
};

export type IndustryLibraryCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndustryLibraryCounts'] = ResolversParentTypes['IndustryLibraryCounts']> = {
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  news?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  policiesInForce?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topicsInReview?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryLibraryFacetsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndustryLibraryFacets'] = ResolversParentTypes['IndustryLibraryFacets']> = {
  journals?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['TopicFacetCount']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type LearningPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LearningPath'] = ResolversParentTypes['LearningPath']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  libraryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LearningPathStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LearningStep']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LearningPathConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LearningPathConnection'] = ResolversParentTypes['LearningPathConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LearningPathEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LearningPathEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LearningPathEdge'] = ResolversParentTypes['LearningPathEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType>;
};

export type LearningPathStatusResolvers = EnumResolverSignature<{ DRAFT?: any, PUBLISHED?: any }, ResolversTypes['LearningPathStatus']>;

export type LearningStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LearningStep'] = ResolversParentTypes['LearningStep']> = {
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LearningStepKind'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LearningStepKindResolvers = EnumResolverSignature<{ DOCUMENT?: any, LINK?: any, POLICY?: any }, ResolversTypes['LearningStepKind']>;

export type LibraryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Library'] = ResolversParentTypes['Library']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type LibraryCardResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LibraryCard'] = ResolversParentTypes['LibraryCard']> = {
  cardNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  homeLibrary?: Resolver<ResolversTypes['Library'], ParentType, ContextType>;
  loanCap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loanCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['LinkOrigin'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
};

export type LinkDirectionResolvers = EnumResolverSignature<{ IN?: any, OUT?: any }, ResolversTypes['LinkDirection']>;

export type LinkOriginResolvers = EnumResolverSignature<{ CRAWLER?: any, LIBRARIAN?: any }, ResolversTypes['LinkOrigin']>;

export type LinkTypeResolvers = EnumResolverSignature<{ AFFILIATED_WITH?: any, AMENDS?: any, FUNDED_BY?: any, IN_INDUSTRY?: any, IN_REGION?: any, ISSUED_BY?: any, LEADS?: any, LOCATED_IN?: any, MEMBER_OF?: any, MENTIONS?: any, REPEALS?: any, REPLACES?: any, SUPPORTS?: any }, ResolversTypes['LinkType']>;

export type MatchStatusResolvers = EnumResolverSignature<{ APPLIES?: any, NEARLY?: any }, ResolversTypes['MatchStatus']>;

export type MentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MentionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionKindResolvers = EnumResolverSignature<{ ORGANIZATION?: any, PERSON?: any, POLICY?: any, PROJECT?: any }, ResolversTypes['MentionKind']>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationacceptLinkArgs, 'input'>>;
  allocateBudget?: Resolver<ResolversTypes['BudgetTransaction'], ParentType, ContextType, RequireFields<MutationallocateBudgetArgs, 'input'>>;
  approveStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationapproveStatementArgs, 'id'>>;
  cancelPurchase?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType, RequireFields<MutationcancelPurchaseArgs, 'request'>>;
  cataloguePurchase?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType, RequireFields<MutationcataloguePurchaseArgs, 'request'>>;
  closeStatementMonth?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationcloseStatementMonthArgs, 'month' | 'storeId'>>;
  commitYearEnd?: Resolver<ResolversTypes['YearEndPlan'], ParentType, ContextType, RequireFields<MutationcommitYearEndArgs, 'fiscalYear'>>;
  confirmPurchasePickup?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType, RequireFields<MutationconfirmPurchasePickupArgs, 'request'>>;
  crawlSource?: Resolver<ResolversTypes['CrawlNowResult'], ParentType, ContextType, RequireFields<MutationcrawlSourceArgs, 'id'>>;
  createAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationcreateAccountArgs, 'input'>>;
  createLearningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType, RequireFields<MutationcreateLearningPathArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationcreateOrganizationArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationcreatePersonArgs, 'input'>>;
  createPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationcreatePolicyArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationcreateProjectArgs, 'input'>>;
  declineLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationdeclineLinkArgs, 'input'>>;
  deleteLearningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType, RequireFields<MutationdeleteLearningPathArgs, 'id' | 'version'>>;
  deleteOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationdeleteOrganizationArgs, 'id' | 'version'>>;
  deletePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationdeletePersonArgs, 'id' | 'version'>>;
  deletePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationdeletePolicyArgs, 'id' | 'version'>>;
  deleteProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationdeleteProjectArgs, 'id' | 'version'>>;
  embedDocuments?: Resolver<ResolversTypes['EmbeddingJob'], ParentType, ContextType, Partial<MutationembedDocumentsArgs>>;
  fileDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationfileDocumentArgs, 'id' | 'industries' | 'version'>>;
  importEntities?: Resolver<ResolversTypes['BulkImportReport'], ParentType, ContextType, RequireFields<MutationimportEntitiesArgs, 'file' | 'kind'>>;
  importLiteratureFiles?: Resolver<Array<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<MutationimportLiteratureFilesArgs, 'files'>>;
  importPurchaseHoldings?: Resolver<ResolversTypes['PurchaseImportReport'], ParentType, ContextType, RequireFields<MutationimportPurchaseHoldingsArgs, 'file'>>;
  link?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationlinkArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationloginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mapTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationmapTopicArgs, 'id'>>;
  markPurchaseMessagesRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mergeOrganizations?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationmergeOrganizationsArgs, 'duplicate' | 'keep'>>;
  mergePeople?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationmergePeopleArgs, 'duplicate' | 'keep'>>;
  mergeTopics?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationmergeTopicsArgs, 'source' | 'target'>>;
  payStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationpayStatementArgs, 'id'>>;
  publishLearningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType, RequireFields<MutationpublishLearningPathArgs, 'id' | 'published' | 'version'>>;
  purchaseAtTill?: Resolver<ResolversTypes['PurchaseOutcome'], ParentType, ContextType, RequireFields<MutationpurchaseAtTillArgs, 'cardNumber' | 'isbn'>>;
  reconcileStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationreconcileStatementArgs, 'id'>>;
  register?: Resolver<ResolversTypes['RegisterPayload'], ParentType, ContextType, RequireFields<MutationregisterArgs, 'input'>>;
  removeSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationremoveSourceArgs, 'id'>>;
  renameTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationrenameTopicArgs, 'id' | 'label'>>;
  requestPurchase?: Resolver<ResolversTypes['PurchaseOutcome'], ParentType, ContextType, RequireFields<MutationrequestPurchaseArgs, 'isbn' | 'store'>>;
  restoreLearningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType, RequireFields<MutationrestoreLearningPathArgs, 'id' | 'version'>>;
  restoreOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationrestoreOrganizationArgs, 'id' | 'version'>>;
  restorePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationrestorePersonArgs, 'id' | 'version'>>;
  restorePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationrestorePolicyArgs, 'id' | 'version'>>;
  restoreProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationrestoreProjectArgs, 'id' | 'version'>>;
  returnPurchase?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType, RequireFields<MutationreturnPurchaseArgs, 'request'>>;
  reviewPurchase?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType, RequireFields<MutationreviewPurchaseArgs, 'approve' | 'request'>>;
  reviewStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationreviewStatementArgs, 'id' | 'invoiceNo'>>;
  setPolicyConditions?: Resolver<ResolversTypes['PolicyConditions'], ParentType, ContextType, RequireFields<MutationsetPolicyConditionsArgs, 'conditions' | 'policyId' | 'version'>>;
  setSourceEnabled?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationsetSourceEnabledArgs, 'enabled' | 'id'>>;
  splitTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationsplitTopicArgs, 'documentIds' | 'id' | 'label'>>;
  transferBudget?: Resolver<ResolversTypes['BudgetTransaction'], ParentType, ContextType, RequireFields<MutationtransferBudgetArgs, 'input'>>;
  unlink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationunlinkArgs, 'input'>>;
  updateLearningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType, RequireFields<MutationupdateLearningPathArgs, 'id' | 'input' | 'version'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationupdateOrganizationArgs, 'id' | 'patch' | 'version'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationupdatePersonArgs, 'id' | 'patch' | 'version'>>;
  updatePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationupdatePolicyArgs, 'id' | 'patch' | 'version'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationupdateProjectArgs, 'id' | 'patch' | 'version'>>;
  updatePurchaseRules?: Resolver<ResolversTypes['PurchaseRules'], ParentType, ContextType, RequireFields<MutationupdatePurchaseRulesArgs, 'input' | 'library' | 'version'>>;
  voidBudgetTransaction?: Resolver<ResolversTypes['BudgetTransaction'], ParentType, ContextType, RequireFields<MutationvoidBudgetTransactionArgs, 'id'>>;
};

export type NeighbourhoodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NewsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NewsConnection'] = ResolversParentTypes['NewsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NewsEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NewsEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NewsEdge'] = ResolversParentTypes['NewsEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NewsItem'], ParentType, ContextType>;
};

export type NewsItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NewsItem'] = ResolversParentTypes['NewsItem']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfficialDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficialDocument'] = ResolversParentTypes['OfficialDocument']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  affiliatedPeople?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  affiliations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundedBy?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<OrganizationhistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  leaders?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationKindResolvers = EnumResolverSignature<{ ASSOCIATION?: any, COMPANY?: any, GOVERNMENT?: any, INCUBATOR?: any, OTHER?: any, RESEARCH_INSTITUTE?: any, UNIVERSITY?: any }, ResolversTypes['OrganizationKind']>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PendingLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PendingLink'] = ResolversParentTypes['PendingLink']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromLibrary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
};

export type PendingLinkConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PendingLinkConnection'] = ResolversParentTypes['PendingLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PendingLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PendingLinkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PendingLinkEdge'] = ResolversParentTypes['PendingLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PendingLink'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<PersonhistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  leadsOrganizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  attachments?: Resolver<Array<ResolversTypes['PolicyAttachment']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  curatedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<PolicyhistoryArgs, 'first'>>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuerOrganization?: Resolver<Maybe<ResolversTypes['PolicyIssuer']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['PolicyLink']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  publishedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['PolicyRevision']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['PolicyValidity']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  writtenDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PolicyAttachmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyAttachment'] = ResolversParentTypes['PolicyAttachment']> = {
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyConditionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyConditions'] = ResolversParentTypes['PolicyConditions']> = {
  clauses?: Resolver<Array<ResolversTypes['ConditionClause']>, ParentType, ContextType>;
  industryCodes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  maxAgeYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxRevenue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAgeYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minRdStaff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minRevenue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  regionCodes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  talentTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyConditionsSuggestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyConditionsSuggestion'] = ResolversParentTypes['PolicyConditionsSuggestion']> = {
  clauses?: Resolver<Array<ResolversTypes['ConditionClause']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxAgeYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minRdStaff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minRevenue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
};

export type PolicyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PolicyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
};

export type PolicyIssuerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyIssuer'] = ResolversParentTypes['PolicyIssuer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyLink'] = ResolversParentTypes['PolicyLink']> = {
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PolicyRelationKind'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
};

export type PolicyMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyMatch'] = ResolversParentTypes['PolicyMatch']> = {
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
};

export type PolicyMatchConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyMatchConnection'] = ResolversParentTypes['PolicyMatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyMatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PolicyMatchEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyMatchEdge'] = ResolversParentTypes['PolicyMatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyMatch'], ParentType, ContextType>;
};

export type PolicyRelationKindResolvers = EnumResolverSignature<{ AMENDS?: any, REPEALS?: any, REPLACES?: any }, ResolversTypes['PolicyRelationKind']>;

export type PolicyRevisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyRevision'] = ResolversParentTypes['PolicyRevision']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['PolicyValidity']>, ParentType, ContextType>;
};

export type PolicyValidityResolvers = EnumResolverSignature<{ EXPIRED?: any, REPEALED?: any, VALID?: any }, ResolversTypes['PolicyValidity']>;

export type ProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundedBy?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<ProjecthistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  leaders?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ProjectStatus']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProjectStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, COMPLETED?: any, PLANNED?: any, SUSPENDED?: any }, ResolversTypes['ProjectStatus']>;

export type ProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curator?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  importFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PurchaseChannelResolvers = EnumResolverSignature<{ ONLINE?: any, STORE?: any }, ResolversTypes['PurchaseChannel']>;

export type PurchaseEligibilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseEligibility'] = ResolversParentTypes['PurchaseEligibility']> = {
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['PurchaseRefusal']>, ParentType, ContextType>;
};

export type PurchaseImportRejectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseImportRejection'] = ResolversParentTypes['PurchaseImportRejection']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseImportReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseImportReport'] = ResolversParentTypes['PurchaseImportReport']> = {
  booksAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  booksUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['PurchaseImportRejection']>, ParentType, ContextType>;
};

export type PurchaseMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseMessage'] = ResolversParentTypes['PurchaseMessage']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseMessageConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseMessageConnection'] = ResolversParentTypes['PurchaseMessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PurchaseMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PurchaseMessageEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseMessageEdge'] = ResolversParentTypes['PurchaseMessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseMessage'], ParentType, ContextType>;
};

export type PurchaseOutcomeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseOutcome'] = ResolversParentTypes['PurchaseOutcome']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['PurchaseRefusal']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType>;
};

export type PurchaseQuotaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseQuota'] = ResolversParentTypes['PurchaseQuota']> = {
  booksLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  booksUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  card?: Resolver<ResolversTypes['LibraryCard'], ParentType, ContextType>;
  fenLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fenUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loansOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseRefusalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseRefusal'] = ResolversParentTypes['PurchaseRefusal']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseRequestResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseRequest'] = ResolversParentTypes['PurchaseRequest']> = {
  book?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType>;
  cardNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['PurchaseChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isbn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  library?: Resolver<ResolversTypes['Library'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['PurchaseRefusal']>, ParentType, ContextType>;
  reviewReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  salePriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  store?: Resolver<Maybe<ResolversTypes['Bookstore']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['PurchaseTransition']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseRequestConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseRequestConnection'] = ResolversParentTypes['PurchaseRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PurchaseRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PurchaseRequestEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseRequestEdge'] = ResolversParentTypes['PurchaseRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType>;
};

export type PurchaseRulesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseRules'] = ResolversParentTypes['PurchaseRules']> = {
  channels?: Resolver<Array<ResolversTypes['PurchaseChannel']>, ParentType, ContextType>;
  excludedClcPrefixes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  excludedKinds?: Resolver<Array<ResolversTypes['BookKind']>, ParentType, ContextType>;
  library?: Resolver<ResolversTypes['Library'], ParentType, ContextType>;
  loanDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxBooksPerOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxBooksPerPeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxFenPerPeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxHoldingCopies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPriceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minPublicationYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onePerReaderPerTitle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnBeforeNext?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewAboveFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseStatusResolvers = EnumResolverSignature<{ APPROVED?: any, CANCELLED?: any, CATALOGUED?: any, DELIVERED?: any, LOST?: any, ON_LOAN?: any, ORDERED?: any, OVERDUE?: any, PICKED_UP?: any, REJECTED?: any, REQUESTED?: any, RETURNED?: any, UNDER_REVIEW?: any }, ResolversTypes['PurchaseStatus']>;

export type PurchaseTransitionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PurchaseTransition'] = ResolversParentTypes['PurchaseTransition']> = {
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PurchaseStatus']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PurchaseStatus'], ParentType, ContextType>;
};

export type QualificationResolvers = EnumResolverSignature<{ HIGH_TECH?: any, SPECIALIZED?: any, TECH_SME?: any }, ResolversTypes['Qualification']>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<QueryaccountsArgs, 'first'>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryauditLogArgs, 'first'>>;
  budgetOverview?: Resolver<ResolversTypes['BudgetOverview'], ParentType, ContextType, Partial<QuerybudgetOverviewArgs>>;
  budgetTransactions?: Resolver<ResolversTypes['BudgetTransactionConnection'], ParentType, ContextType, RequireFields<QuerybudgetTransactionsArgs, 'first'>>;
  crawlRuns?: Resolver<ResolversTypes['CrawlRunConnection'], ParentType, ContextType, RequireFields<QuerycrawlRunsArgs, 'first'>>;
  csrfToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QuerydocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QuerydocumentsArgs, 'first'>>;
  embeddingJob?: Resolver<Maybe<ResolversTypes['EmbeddingJob']>, ParentType, ContextType, RequireFields<QueryembeddingJobArgs, 'id'>>;
  embeddingJobs?: Resolver<ResolversTypes['EmbeddingJobConnection'], ParentType, ContextType>;
  fiscalYears?: Resolver<Array<ResolversTypes['FiscalYear']>, ParentType, ContextType>;
  hotTopics?: Resolver<Array<ResolversTypes['HotTopic']>, ParentType, ContextType, RequireFields<QueryhotTopicsArgs, 'limit' | 'source' | 'window'>>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryimportJobArgs, 'id'>>;
  importJobs?: Resolver<ResolversTypes['ImportJobConnection'], ParentType, ContextType, RequireFields<QueryimportJobsArgs, 'first'>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<QueryindustriesArgs>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryindustryArgs, 'code'>>;
  industryLibrary?: Resolver<Maybe<ResolversTypes['IndustryLibrary']>, ParentType, ContextType, RequireFields<QueryindustryLibraryArgs, 'code'>>;
  learningPath?: Resolver<Maybe<ResolversTypes['LearningPath']>, ParentType, ContextType, RequireFields<QuerylearningPathArgs, 'key'>>;
  learningPaths?: Resolver<ResolversTypes['LearningPathConnection'], ParentType, ContextType, RequireFields<QuerylearningPathsArgs, 'first' | 'includeDrafts'>>;
  libraries?: Resolver<Array<ResolversTypes['Library']>, ParentType, ContextType>;
  matchPolicies?: Resolver<ResolversTypes['PolicyMatchConnection'], ParentType, ContextType, RequireFields<QuerymatchPoliciesArgs, 'first' | 'profile'>>;
  me?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  myBookstore?: Resolver<Maybe<ResolversTypes['Bookstore']>, ParentType, ContextType>;
  myPurchaseMessages?: Resolver<ResolversTypes['PurchaseMessageConnection'], ParentType, ContextType, RequireFields<QuerymyPurchaseMessagesArgs, 'first'>>;
  myPurchaseQuota?: Resolver<Maybe<ResolversTypes['PurchaseQuota']>, ParentType, ContextType>;
  myPurchaseRequests?: Resolver<ResolversTypes['PurchaseRequestConnection'], ParentType, ContextType, RequireFields<QuerymyPurchaseRequestsArgs, 'first'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryneighbourhoodArgs, 'hops' | 'id' | 'limit'>>;
  news?: Resolver<ResolversTypes['NewsConnection'], ParentType, ContextType, RequireFields<QuerynewsArgs, 'first'>>;
  newsItem?: Resolver<Maybe<ResolversTypes['NewsItem']>, ParentType, ContextType, RequireFields<QuerynewsItemArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryorganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryorganizationsArgs, 'first'>>;
  paths?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QuerypathsArgs, 'from' | 'maxHops' | 'to'>>;
  pendingLinks?: Resolver<ResolversTypes['PendingLinkConnection'], ParentType, ContextType, RequireFields<QuerypendingLinksArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QuerypeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QuerypersonArgs, 'id'>>;
  policies?: Resolver<ResolversTypes['PolicyConnection'], ParentType, ContextType, RequireFields<QuerypoliciesArgs, 'first'>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QuerypolicyArgs, 'id'>>;
  policyConditions?: Resolver<Maybe<ResolversTypes['PolicyConditions']>, ParentType, ContextType, RequireFields<QuerypolicyConditionsArgs, 'policyId'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryprojectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryprojectsArgs, 'first'>>;
  purchaseBook?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType, RequireFields<QuerypurchaseBookArgs, 'isbn'>>;
  purchaseBooks?: Resolver<ResolversTypes['BookConnection'], ParentType, ContextType, RequireFields<QuerypurchaseBooksArgs, 'first' | 'query'>>;
  purchaseEligibility?: Resolver<ResolversTypes['PurchaseEligibility'], ParentType, ContextType, RequireFields<QuerypurchaseEligibilityArgs, 'channel' | 'isbn'>>;
  purchaseRequest?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType, RequireFields<QuerypurchaseRequestArgs, 'id'>>;
  purchaseRequests?: Resolver<ResolversTypes['PurchaseRequestConnection'], ParentType, ContextType, RequireFields<QuerypurchaseRequestsArgs, 'first' | 'library'>>;
  purchaseRules?: Resolver<ResolversTypes['PurchaseRules'], ParentType, ContextType, RequireFields<QuerypurchaseRulesArgs, 'library'>>;
  purchaseStores?: Resolver<Array<ResolversTypes['Bookstore']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryregionsArgs>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerysearchArgs, 'first' | 'query'>>;
  searchDocuments?: Resolver<ResolversTypes['DocumentSearchResult'], ParentType, ContextType, RequireFields<QuerysearchDocumentsArgs, 'first' | 'mode' | 'query'>>;
  semanticSearch?: Resolver<ResolversTypes['SemanticHitConnection'], ParentType, ContextType, RequireFields<QuerysemanticSearchArgs, 'first' | 'query'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerysourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerysourcesArgs, 'first'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QuerystatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QuerystatementsArgs, 'first'>>;
  storePurchaseRequests?: Resolver<ResolversTypes['PurchaseRequestConnection'], ParentType, ContextType, RequireFields<QuerystorePurchaseRequestsArgs, 'first'>>;
  suggestPolicyConditions?: Resolver<Maybe<ResolversTypes['PolicyConditionsSuggestion']>, ParentType, ContextType, RequireFields<QuerysuggestPolicyConditionsArgs, 'policyId'>>;
  tillEligibility?: Resolver<ResolversTypes['PurchaseEligibility'], ParentType, ContextType, RequireFields<QuerytillEligibilityArgs, 'cardNumber' | 'isbn'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QuerytopicArgs, 'id'>>;
  topicReviewQueue?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, RequireFields<QuerytopicReviewQueueArgs, 'first'>>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, RequireFields<QuerytopicsArgs, 'first' | 'orderBy'>>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yearEndPreview?: Resolver<ResolversTypes['YearEndPlan'], ParentType, ContextType, RequireFields<QueryyearEndPreviewArgs, 'fiscalYear'>>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  signatureIndustries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
};

export type RegionLevelResolvers = EnumResolverSignature<{ CITY?: any, COUNTY?: any, NATION?: any, PROVINCE?: any }, ResolversTypes['RegionLevel']>;

export type RegisterPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegisterPayload'] = ResolversParentTypes['RegisterPayload']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, BOOKSTORE?: any, LIBRARIAN?: any, READER?: any }, ResolversTypes['Role']>;

export type SearchEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['SearchEntity']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchEntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchEntity'] = ResolversParentTypes['SearchEntity']> = {
  __resolveType?: TypeResolveFn<'Organization' | 'Person' | 'Project', ParentType, ContextType>;
};

export type SearchKindResolvers = EnumResolverSignature<{ DOCUMENT?: any, NEWS?: any, ORGANIZATION?: any, PERSON?: any, POLICY?: any, PROJECT?: any }, ResolversTypes['SearchKind']>;

export type SearchModeResolvers = EnumResolverSignature<{ FULLTEXT?: any, HYBRID?: any }, ResolversTypes['SearchMode']>;

export type SearchResultsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SearchMode'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SemanticHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SemanticHit'] = ResolversParentTypes['SemanticHit']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SemanticHitConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SemanticHitConnection'] = ResolversParentTypes['SemanticHitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SemanticHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SemanticHitEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SemanticHitEdge'] = ResolversParentTypes['SemanticHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SemanticHit'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  covers?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  itemType?: Resolver<ResolversTypes['SourceItemType'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  lastCheckedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextCheckAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['CrawlRunConnection'], ParentType, ContextType, RequireFields<SourcerunsArgs, 'first'>>;
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceItemTypeResolvers = EnumResolverSignature<{ NEWS?: any, POLICY?: any }, ResolversTypes['SourceItemType']>;

export type SourceKindResolvers = EnumResolverSignature<{ ATOM?: any, HTML?: any, JSONFEED?: any, RSS?: any }, ResolversTypes['SourceKind']>;

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  csvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StatementLine']>, ParentType, ContextType>;
  mismatchCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mismatches?: Resolver<Array<ResolversTypes['StatementMismatch']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reconciledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnsFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  salesFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatementStatus'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  xlsxUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementLine'] = ResolversParentTypes['StatementLine']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  budgetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  storeRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StatementMismatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementMismatch'] = ResolversParentTypes['StatementMismatch']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oursFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  storeRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  theirsFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatementStatusResolvers = EnumResolverSignature<{ APPROVED?: any, OPEN?: any, PAID?: any, REVIEWED?: any }, ResolversTypes['StatementStatus']>;

export type TopicResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  autoLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['TopicDocumentConnection'], ParentType, ContextType, RequireFields<TopicdocumentsArgs, 'first'>>;
  exportUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<TopicexportUrlArgs, 'format'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  industryCandidates?: Resolver<Array<ResolversTypes['TopicIndustryCandidate']>, ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['TopicKeyword']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelSource?: Resolver<ResolversTypes['TopicLabelSource'], ParentType, ContextType>;
  mappingScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mappingStatus?: Resolver<ResolversTypes['TopicMappingStatus'], ParentType, ContextType>;
  outlier?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  representativeDocuments?: Resolver<Array<ResolversTypes['TopicDocument']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['TopicTrendPoint']>, ParentType, ContextType>;
};

export type TopicConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicConnection'] = ResolversParentTypes['TopicConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopicEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicDocument'] = ResolversParentTypes['TopicDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  similarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TopicDocumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicDocumentConnection'] = ResolversParentTypes['TopicDocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopicDocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicDocumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicDocumentEdge'] = ResolversParentTypes['TopicDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TopicDocument'], ParentType, ContextType>;
};

export type TopicEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicEdge'] = ResolversParentTypes['TopicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type TopicFacetCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicFacetCount'] = ResolversParentTypes['TopicFacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type TopicIndustryCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicIndustryCandidate'] = ResolversParentTypes['TopicIndustryCandidate']> = {
  documents?: Resolver<Array<ResolversTypes['TopicDocument']>, ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TopicKeywordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicKeyword'] = ResolversParentTypes['TopicKeyword']> = {
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicLabelSourceResolvers = EnumResolverSignature<{ AUTO?: any, LIBRARIAN?: any }, ResolversTypes['TopicLabelSource']>;

export type TopicMappingStatusResolvers = EnumResolverSignature<{ AUTO?: any, LIBRARIAN?: any, REVIEW?: any }, ResolversTypes['TopicMappingStatus']>;

export type TopicOrderResolvers = EnumResolverSignature<{ LIBRARY?: any, SIZE?: any }, ResolversTypes['TopicOrder']>;

export type TopicTrendPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicTrendPoint'] = ResolversParentTypes['TopicTrendPoint']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YearEndItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YearEndItem'] = ResolversParentTypes['YearEndItem']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budgetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type YearEndPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YearEndPlan'] = ResolversParentTypes['YearEndPlan']> = {
  fiscalYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFiscalYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openEncumbrancesFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rolloverTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rollovers?: Resolver<Array<ResolversTypes['YearEndItem']>, ParentType, ContextType>;
  topUpTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topUps?: Resolver<Array<ResolversTypes['YearEndItem']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Book?: BookResolvers<ContextType>;
  BookConnection?: BookConnectionResolvers<ContextType>;
  BookEdge?: BookEdgeResolvers<ContextType>;
  BookHolding?: BookHoldingResolvers<ContextType>;
  BookKind?: BookKindResolvers;
  Bookstore?: BookstoreResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  BudgetContribution?: BudgetContributionResolvers<ContextType>;
  BudgetMonth?: BudgetMonthResolvers<ContextType>;
  BudgetOverview?: BudgetOverviewResolvers<ContextType>;
  BudgetTransaction?: BudgetTransactionResolvers<ContextType>;
  BudgetTransactionConnection?: BudgetTransactionConnectionResolvers<ContextType>;
  BudgetTransactionEdge?: BudgetTransactionEdgeResolvers<ContextType>;
  BudgetTransactionType?: BudgetTransactionTypeResolvers;
  BulkImportReport?: BulkImportReportResolvers<ContextType>;
  ConditionClause?: ConditionClauseResolvers<ContextType>;
  ConditionField?: ConditionFieldResolvers;
  CrawlNowResult?: CrawlNowResultResolvers<ContextType>;
  CrawlRun?: CrawlRunResolvers<ContextType>;
  CrawlRunConnection?: CrawlRunConnectionResolvers<ContextType>;
  CrawlRunEdge?: CrawlRunEdgeResolvers<ContextType>;
  CrawlRunStatus?: CrawlRunStatusResolvers;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentExportFormat?: DocumentExportFormatResolvers;
  DocumentFiling?: DocumentFilingResolvers<ContextType>;
  DocumentProvenance?: DocumentProvenanceResolvers<ContextType>;
  DocumentSearchHit?: DocumentSearchHitResolvers<ContextType>;
  DocumentSearchMode?: DocumentSearchModeResolvers;
  DocumentSearchResult?: DocumentSearchResultResolvers<ContextType>;
  EmbeddingJob?: EmbeddingJobResolvers<ContextType>;
  EmbeddingJobConnection?: EmbeddingJobConnectionResolvers<ContextType>;
  EmbeddingJobEdge?: EmbeddingJobEdgeResolvers<ContextType>;
  EmbeddingJobState?: EmbeddingJobStateResolvers;
  FacetCount?: FacetCountResolvers<ContextType>;
  FilingDecider?: FilingDeciderResolvers;
  FiscalYear?: FiscalYearResolvers<ContextType>;
  FiscalYearStatus?: FiscalYearStatusResolvers;
  FundKind?: FundKindResolvers;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  HotTopic?: HotTopicResolvers<ContextType>;
  HotTopicMention?: HotTopicMentionResolvers<ContextType>;
  HotTopicSource?: HotTopicSourceResolvers;
  HotTopicWindow?: HotTopicWindowResolvers;
  ImportDuplicate?: ImportDuplicateResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportJobConnection?: ImportJobConnectionResolvers<ContextType>;
  ImportJobEdge?: ImportJobEdgeResolvers<ContextType>;
  ImportJobStatus?: ImportJobStatusResolvers;
  ImportKind?: ImportKindResolvers;
  ImportMerge?: ImportMergeResolvers<ContextType>;
  ImportRecognised?: ImportRecognisedResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  ImportRowReport?: ImportRowReportResolvers<ContextType>;
  ImportRowStatus?: ImportRowStatusResolvers;
  ImportTypeCount?: ImportTypeCountResolvers<ContextType>;
  ImportUpdate?: ImportUpdateResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryClassification?: IndustryClassificationResolvers<ContextType>;
  IndustryLibrary?: IndustryLibraryResolvers<ContextType>;
  IndustryLibraryCounts?: IndustryLibraryCountsResolvers<ContextType>;
  IndustryLibraryFacets?: IndustryLibraryFacetsResolvers<ContextType>;
  LearningPath?: LearningPathResolvers<ContextType>;
  LearningPathConnection?: LearningPathConnectionResolvers<ContextType>;
  LearningPathEdge?: LearningPathEdgeResolvers<ContextType>;
  LearningPathStatus?: LearningPathStatusResolvers;
  LearningStep?: LearningStepResolvers<ContextType>;
  LearningStepKind?: LearningStepKindResolvers;
  Library?: LibraryResolvers<ContextType>;
  LibraryCard?: LibraryCardResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkDirection?: LinkDirectionResolvers;
  LinkOrigin?: LinkOriginResolvers;
  LinkType?: LinkTypeResolvers;
  MatchStatus?: MatchStatusResolvers;
  Mention?: MentionResolvers<ContextType>;
  MentionKind?: MentionKindResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NewsConnection?: NewsConnectionResolvers<ContextType>;
  NewsEdge?: NewsEdgeResolvers<ContextType>;
  NewsItem?: NewsItemResolvers<ContextType>;
  OfficialDocument?: OfficialDocumentResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationKind?: OrganizationKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PendingLink?: PendingLinkResolvers<ContextType>;
  PendingLinkConnection?: PendingLinkConnectionResolvers<ContextType>;
  PendingLinkEdge?: PendingLinkEdgeResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyAttachment?: PolicyAttachmentResolvers<ContextType>;
  PolicyConditions?: PolicyConditionsResolvers<ContextType>;
  PolicyConditionsSuggestion?: PolicyConditionsSuggestionResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PolicyIssuer?: PolicyIssuerResolvers<ContextType>;
  PolicyLink?: PolicyLinkResolvers<ContextType>;
  PolicyMatch?: PolicyMatchResolvers<ContextType>;
  PolicyMatchConnection?: PolicyMatchConnectionResolvers<ContextType>;
  PolicyMatchEdge?: PolicyMatchEdgeResolvers<ContextType>;
  PolicyRelationKind?: PolicyRelationKindResolvers;
  PolicyRevision?: PolicyRevisionResolvers<ContextType>;
  PolicyValidity?: PolicyValidityResolvers;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectStatus?: ProjectStatusResolvers;
  Provenance?: ProvenanceResolvers<ContextType>;
  PurchaseChannel?: PurchaseChannelResolvers;
  PurchaseEligibility?: PurchaseEligibilityResolvers<ContextType>;
  PurchaseImportRejection?: PurchaseImportRejectionResolvers<ContextType>;
  PurchaseImportReport?: PurchaseImportReportResolvers<ContextType>;
  PurchaseMessage?: PurchaseMessageResolvers<ContextType>;
  PurchaseMessageConnection?: PurchaseMessageConnectionResolvers<ContextType>;
  PurchaseMessageEdge?: PurchaseMessageEdgeResolvers<ContextType>;
  PurchaseOutcome?: PurchaseOutcomeResolvers<ContextType>;
  PurchaseQuota?: PurchaseQuotaResolvers<ContextType>;
  PurchaseRefusal?: PurchaseRefusalResolvers<ContextType>;
  PurchaseRequest?: PurchaseRequestResolvers<ContextType>;
  PurchaseRequestConnection?: PurchaseRequestConnectionResolvers<ContextType>;
  PurchaseRequestEdge?: PurchaseRequestEdgeResolvers<ContextType>;
  PurchaseRules?: PurchaseRulesResolvers<ContextType>;
  PurchaseStatus?: PurchaseStatusResolvers;
  PurchaseTransition?: PurchaseTransitionResolvers<ContextType>;
  Qualification?: QualificationResolvers;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  RegisterPayload?: RegisterPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchEntity?: SearchEntityResolvers<ContextType>;
  SearchKind?: SearchKindResolvers;
  SearchMode?: SearchModeResolvers;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SemanticHit?: SemanticHitResolvers<ContextType>;
  SemanticHitConnection?: SemanticHitConnectionResolvers<ContextType>;
  SemanticHitEdge?: SemanticHitEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceItemType?: SourceItemTypeResolvers;
  SourceKind?: SourceKindResolvers;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementLine?: StatementLineResolvers<ContextType>;
  StatementMismatch?: StatementMismatchResolvers<ContextType>;
  StatementStatus?: StatementStatusResolvers;
  Topic?: TopicResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicDocument?: TopicDocumentResolvers<ContextType>;
  TopicDocumentConnection?: TopicDocumentConnectionResolvers<ContextType>;
  TopicDocumentEdge?: TopicDocumentEdgeResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  TopicFacetCount?: TopicFacetCountResolvers<ContextType>;
  TopicIndustryCandidate?: TopicIndustryCandidateResolvers<ContextType>;
  TopicKeyword?: TopicKeywordResolvers<ContextType>;
  TopicLabelSource?: TopicLabelSourceResolvers;
  TopicMappingStatus?: TopicMappingStatusResolvers;
  TopicOrder?: TopicOrderResolvers;
  TopicTrendPoint?: TopicTrendPointResolvers<ContextType>;
  YearEndItem?: YearEndItemResolvers<ContextType>;
  YearEndPlan?: YearEndPlanResolvers<ContextType>;
};

