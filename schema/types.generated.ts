import type { GraphQLResolveInfo } from 'graphql';
import type { CrawlRunMapper, MentionMapper, NewsItemMapper, PolicyMapper, PolicyLinkMapper, PolicyRevisionMapper, SourceMapper } from './crawl/schema.mappers.js';
import type { DocumentMapper, DocumentProvenanceMapper, ImportDuplicateMapper, ImportJobMapper } from './document/schema.mappers.js';
import type { EmbeddingJobMapper, SemanticHitMapper } from './embedding/schema.mappers.js';
import type { IndustryMapper, OfficialDocumentMapper, RegionMapper } from './industry/schema.mappers.js';
import type { TopicMapper, TopicDocumentMapper, TopicIndustryCandidateMapper } from './topic/schema.mappers.js';
import type { RequestContext } from '../server/context.js';
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

export type CrawlRunStatus =
  | 'FAILED'
  | 'OK'
  | 'PARTIAL'
  | 'RUNNING'
  | 'SKIPPED';

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
  id: Scalars['ID']['output'];
  /** The import that first brought the record in. */
  importJob?: Maybe<ImportJob>;
  importedAt: Scalars['String']['output'];
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

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: DocumentPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
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

export type DocumentPageInfo = {
  __typename?: 'DocumentPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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
  /** FULLTEXT and SEMANTIC fused by reciprocal rank (not available until documents are embedded). */
  | 'HYBRID'
  /** Nearest document embeddings to the query (not available until documents are embedded). */
  | 'SEMANTIC';

export type DocumentSearchResult = {
  __typename?: 'DocumentSearchResult';
  edges: Array<DocumentSearchHit>;
  mode: DocumentSearchMode;
  pageInfo: DocumentPageInfo;
  totalCount: Scalars['Int']['output'];
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

export type EmbeddingJobState =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** A record of the file that repeats a work already known. */
export type ImportDuplicate = {
  __typename?: 'ImportDuplicate';
  duplicateOf?: Maybe<Document>;
  duplicateOfLine?: Maybe<Scalars['Int']['output']>;
  duplicateOfTitle: Scalars['String']['output'];
  /** True when it repeats an earlier record of the same file (then `duplicateOfLine` is set). */
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
  duplicates: Scalars['Int']['output'];
  encoding?: Maybe<Scalars['String']['output']>;
  /** Why the whole file was rejected, when it was. */
  error?: Maybe<Scalars['String']['output']>;
  errorLine?: Maybe<Scalars['Int']['output']>;
  /** sha256 of the file's bytes. */
  fileHash: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  format?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  importedAt: Scalars['String']['output'];
  importedBy?: Maybe<Scalars['String']['output']>;
  rejected: Scalars['Int']['output'];
  rejectedLines: Array<ImportRejection>;
  status: ImportJobStatus;
  warningLines: Array<ImportWarning>;
  warnings: Scalars['Int']['output'];
};

export type ImportJobStatus =
  | 'COMPLETED'
  | 'FAILED';

/** A record of the file that was not imported, with where and why. */
export type ImportRejection = {
  __typename?: 'ImportRejection';
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** A value dropped from a record that was imported (an invalid DOI, ISSN, ISBN…). */
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
  keywords: Array<Scalars['String']['output']>;
  /** Chinese name, e.g. 智能光伏. */
  name: Scalars['String']['output'];
  parent?: Maybe<Industry>;
  /** Regions that name this industry as theirs. */
  regions: Array<Region>;
  /** The official document that names this industry. */
  source: OfficialDocument;
  /** Where the industry stands in the official framework, e.g. 主导产业, 未来产业, 区县特色产业. */
  tier: Scalars['String']['output'];
};

/** A code of the national industry classification GB/T 4754-2017. */
export type IndustryClassification = {
  __typename?: 'IndustryClassification';
  /** Code such as C3825 (小类), C382 (中类) or C38 (大类). */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** OUT: this policy repeals/replaces/amends the other; IN: the other one does so to this. */
export type LinkDirection =
  | 'IN'
  | 'OUT';

/** One export file sent over the API. */
export type LiteratureFileInput = {
  /** The file's bytes, base64-encoded (UTF-8, UTF-8 with BOM or GBK/GB18030 inside). */
  contentBase64: Scalars['String']['input'];
  /** The file's name as exported; its extension helps detect the format. */
  name: Scalars['String']['input'];
};

export type Mention = {
  __typename?: 'Mention';
  id: Scalars['ID']['output'];
  kind: MentionKind;
  name: Scalars['String']['output'];
};

export type MentionKind =
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PROJECT';

/** Changes. Each domain folder extends it with its own fields. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Starts embedding the records whose text or model changed (all, or the given ids) and returns its job at once; poll `embeddingJob` for progress. While a job runs, its status is returned. */
  embedDocuments: EmbeddingJob;
  /**
   * Imports literature export files (as `hechuang topics import` does), one transaction per
   * file, and returns one import job per file with its report. Librarians only: until sign-in
   * exists this refuses every caller with FORBIDDEN.
   */
  importLiteratureFiles: Array<ImportJob>;
  /** Maps a topic onto an industry (a code), or onto none (null); overrides the automatic mapping. */
  mapTopic: Topic;
  /** Moves every document of `source` into `target`; `source` is retired. */
  mergeTopics: Topic;
  renameTopic: Topic;
  /** Moves the given documents of a topic into a new topic with the given label. */
  splitTopic: Topic;
};


/** Changes. Each domain folder extends it with its own fields. */
export type MutationembedDocumentsArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Changes. Each domain folder extends it with its own fields. */
export type MutationimportLiteratureFilesArgs = {
  database?: InputMaybe<Scalars['String']['input']>;
  files: Array<LiteratureFileInput>;
};


/** Changes. Each domain folder extends it with its own fields. */
export type MutationmapTopicArgs = {
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
};


/** Changes. Each domain folder extends it with its own fields. */
export type MutationmergeTopicsArgs = {
  source: Scalars['ID']['input'];
  target: Scalars['ID']['input'];
};


/** Changes. Each domain folder extends it with its own fields. */
export type MutationrenameTopicArgs = {
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};


/** Changes. Each domain folder extends it with its own fields. */
export type MutationsplitTopicArgs = {
  documentIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
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
  /** Organisations, people and projects of the graph named in the item. */
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

export type NewsPage = {
  __typename?: 'NewsPage';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasMore: Scalars['Boolean']['output'];
  items: Array<NewsItem>;
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

/** A policy document crawled from a government site; the latest version, with its history. */
export type Policy = {
  __typename?: 'Policy';
  attachments: Array<PolicyAttachment>;
  category?: Maybe<Scalars['String']['output']>;
  /** 发文字号, normalised to 〔〕 brackets, e.g. 嘉政办发〔2024〕12号. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  effectiveDate?: Maybe<Scalars['String']['output']>;
  expiryDate?: Maybe<Scalars['String']['output']>;
  firstSeenAt: Scalars['String']['output'];
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
  url: Scalars['String']['output'];
  validity?: Maybe<PolicyValidity>;
  /** 成文日期 (YYYY-MM-DD). */
  writtenDate?: Maybe<Scalars['String']['output']>;
};

export type PolicyAttachment = {
  __typename?: 'PolicyAttachment';
  /** File type from the name: pdf, docx, xlsx, wps, ofd, zip… */
  format: Scalars['String']['output'];
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type PolicyFilter = {
  /** Published on or after (YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
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

export type PolicyPage = {
  __typename?: 'PolicyPage';
  /** Pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasMore: Scalars['Boolean']['output'];
  items: Array<Policy>;
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

/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type Query = {
  __typename?: 'Query';
  /** Latest crawl runs first, of one source or all. */
  crawlRuns: Array<CrawlRun>;
  document?: Maybe<Document>;
  /**
   * Documents, newest import first, restricted by `filter`. `after` is the `endCursor` of the
   * previous page; pages stay consistent while new imports arrive.
   */
  documents: DocumentConnection;
  /** An embedding job of this service process, by id (null when unknown or forgotten). */
  embeddingJob?: Maybe<EmbeddingJob>;
  /** Recent embedding jobs of this service process, newest first. */
  embeddingJobs: Array<EmbeddingJob>;
  importJob?: Maybe<ImportJob>;
  /** Import jobs, newest first. */
  importJobs: Array<ImportJob>;
  /**
   * Industries, ordered by code. `parent` (a code) returns its direct children; `region`
   * (a region code or Chinese name) returns the industries that region names as its own.
   * Without arguments, every industry.
   */
  industries: Array<Industry>;
  industry?: Maybe<Industry>;
  /** Latest news first. */
  news: NewsPage;
  newsItem?: Maybe<NewsItem>;
  /** Latest policies first (by publication date), filtered. */
  policies: PolicyPage;
  policy?: Maybe<Policy>;
  regions: Array<Region>;
  /**
   * Documents matching `query`, best first (Chinese-aware full text over title, abstract and
   * keywords), restricted by `filter`. `after` is the `endCursor` of the previous page.
   */
  searchDocuments: DocumentSearchResult;
  /** Records nearest in meaning to the query (vector index over the stored embeddings), best first. */
  semanticSearch: Array<SemanticHit>;
  source?: Maybe<Source>;
  sources: Array<Source>;
  topic?: Maybe<Topic>;
  /** Topics whose industry mapping waits for a librarian. */
  topicReviewQueue: Array<Topic>;
  /** Topics, largest first (未归类 last); `industry` (a code) keeps the topics mapped to it. */
  topics: Array<Topic>;
  /** Version of the running service. */
  version: Scalars['String']['output'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerycrawlRunsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryimportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryimportJobsArgs = {
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
export type QueryregionsArgs = {
  level?: InputMaybe<RegionLevel>;
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
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysourceArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysourcesArgs = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerytopicArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerytopicsArgs = {
  industry?: InputMaybe<Scalars['String']['input']>;
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
};

export type RegionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NATION'
  | 'PROVINCE';

export type SemanticHit = {
  __typename?: 'SemanticHit';
  documentId: Scalars['ID']['output'];
  /** Cosine similarity mapped to [0, 1] by Neo4j's vector index. */
  score: Scalars['Float']['output'];
  title: Scalars['String']['output'];
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
  /** Latest runs first. */
  runs: Array<CrawlRun>;
  /** Cron expression of scheduled checks. */
  schedule: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** Whether a librarian checked the URL and rules against the live site. */
  verified: Scalars['Boolean']['output'];
};


/** A crawled site or feed, with its health. */
export type SourcerunsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceItemType =
  | 'NEWS'
  | 'POLICY';

export type SourceKind =
  | 'ATOM'
  | 'HTML'
  | 'JSONFEED'
  | 'RSS';

/**
 * A topic of the literature: documents clustered by meaning, labelled from their words
 * (c-TF-IDF over jieba segmentation and the records' keywords) and mapped onto an industry.
 * 未归类 (`outlier: true`) holds the documents no topic fits.
 */
export type Topic = {
  __typename?: 'Topic';
  /** The label computed from the topic's words. */
  autoLabel: Scalars['String']['output'];
  /** The topic's documents, nearest the centre first. */
  documents: TopicDocumentPage;
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
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type TopicDocument = {
  __typename?: 'TopicDocument';
  id: Scalars['ID']['output'];
  /** Cosine similarity to the topic's centre. */
  similarity?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type TopicDocumentPage = {
  __typename?: 'TopicDocumentPage';
  items: Array<TopicDocument>;
  total: Scalars['Int']['output'];
};

export type TopicIndustryCandidate = {
  __typename?: 'TopicIndustryCandidate';
  /** Documents of the topic that name them. */
  documents: Array<TopicDocument>;
  industry: Industry;
  /** Industry keywords found in the topic. */
  keywords: Array<Scalars['String']['output']>;
  /** 0–1: half the weight of the topic's words that are industry words, half the share of its documents that name the industry's keywords. */
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

export type TopicTrendPoint = {
  __typename?: 'TopicTrendPoint';
  count: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CrawlRun: ResolverTypeWrapper<CrawlRunMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CrawlRunStatus: ResolverTypeWrapper<'RUNNING' | 'OK' | 'PARTIAL' | 'FAILED' | 'SKIPPED'>;
  Document: ResolverTypeWrapper<DocumentMapper>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentEdge']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentFilter: DocumentFilter;
  DocumentPageInfo: ResolverTypeWrapper<DocumentPageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DocumentProvenance: ResolverTypeWrapper<DocumentProvenanceMapper>;
  DocumentSearchHit: ResolverTypeWrapper<Omit<DocumentSearchHit, 'node'> & { node: ResolversTypes['Document'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DocumentSearchMode: ResolverTypeWrapper<'FULLTEXT' | 'SEMANTIC' | 'HYBRID'>;
  DocumentSearchResult: ResolverTypeWrapper<Omit<DocumentSearchResult, 'edges' | 'mode'> & { edges: Array<ResolversTypes['DocumentSearchHit']>, mode: ResolversTypes['DocumentSearchMode'] }>;
  EmbeddingJob: ResolverTypeWrapper<EmbeddingJobMapper>;
  EmbeddingJobState: ResolverTypeWrapper<'RUNNING' | 'DONE' | 'FAILED'>;
  ImportDuplicate: ResolverTypeWrapper<ImportDuplicateMapper>;
  ImportJob: ResolverTypeWrapper<ImportJobMapper>;
  ImportJobStatus: ResolverTypeWrapper<'COMPLETED' | 'FAILED'>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  ImportWarning: ResolverTypeWrapper<ImportWarning>;
  Industry: ResolverTypeWrapper<IndustryMapper>;
  IndustryClassification: ResolverTypeWrapper<IndustryClassification>;
  LinkDirection: ResolverTypeWrapper<'OUT' | 'IN'>;
  LiteratureFileInput: LiteratureFileInput;
  Mention: ResolverTypeWrapper<MentionMapper>;
  MentionKind: ResolverTypeWrapper<'ORGANIZATION' | 'PERSON' | 'PROJECT'>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewsFilter: NewsFilter;
  NewsItem: ResolverTypeWrapper<NewsItemMapper>;
  NewsPage: ResolverTypeWrapper<Omit<NewsPage, 'items'> & { items: Array<ResolversTypes['NewsItem']> }>;
  OfficialDocument: ResolverTypeWrapper<OfficialDocumentMapper>;
  Policy: ResolverTypeWrapper<PolicyMapper>;
  PolicyAttachment: ResolverTypeWrapper<PolicyAttachment>;
  PolicyFilter: PolicyFilter;
  PolicyIssuer: ResolverTypeWrapper<PolicyIssuer>;
  PolicyLink: ResolverTypeWrapper<PolicyLinkMapper>;
  PolicyPage: ResolverTypeWrapper<Omit<PolicyPage, 'items'> & { items: Array<ResolversTypes['Policy']> }>;
  PolicyRelationKind: ResolverTypeWrapper<'REPEALS' | 'REPLACES' | 'AMENDS'>;
  PolicyRevision: ResolverTypeWrapper<PolicyRevisionMapper>;
  PolicyValidity: ResolverTypeWrapper<'VALID' | 'REPEALED' | 'EXPIRED'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegionLevel: ResolverTypeWrapper<'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY'>;
  SemanticHit: ResolverTypeWrapper<SemanticHitMapper>;
  Source: ResolverTypeWrapper<SourceMapper>;
  SourceItemType: ResolverTypeWrapper<'POLICY' | 'NEWS'>;
  SourceKind: ResolverTypeWrapper<'RSS' | 'ATOM' | 'JSONFEED' | 'HTML'>;
  Topic: ResolverTypeWrapper<TopicMapper>;
  TopicDocument: ResolverTypeWrapper<TopicDocumentMapper>;
  TopicDocumentPage: ResolverTypeWrapper<Omit<TopicDocumentPage, 'items'> & { items: Array<ResolversTypes['TopicDocument']> }>;
  TopicIndustryCandidate: ResolverTypeWrapper<TopicIndustryCandidateMapper>;
  TopicKeyword: ResolverTypeWrapper<TopicKeyword>;
  TopicLabelSource: ResolverTypeWrapper<'AUTO' | 'LIBRARIAN'>;
  TopicMappingStatus: ResolverTypeWrapper<'AUTO' | 'REVIEW' | 'LIBRARIAN'>;
  TopicTrendPoint: ResolverTypeWrapper<TopicTrendPoint>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CrawlRun: CrawlRunMapper;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Document: DocumentMapper;
  DocumentConnection: Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentEdge']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFilter: DocumentFilter;
  DocumentPageInfo: DocumentPageInfo;
  Boolean: Scalars['Boolean']['output'];
  DocumentProvenance: DocumentProvenanceMapper;
  DocumentSearchHit: Omit<DocumentSearchHit, 'node'> & { node: ResolversParentTypes['Document'] };
  Float: Scalars['Float']['output'];
  DocumentSearchResult: Omit<DocumentSearchResult, 'edges'> & { edges: Array<ResolversParentTypes['DocumentSearchHit']> };
  EmbeddingJob: EmbeddingJobMapper;
  ImportDuplicate: ImportDuplicateMapper;
  ImportJob: ImportJobMapper;
  ImportRejection: ImportRejection;
  ImportWarning: ImportWarning;
  Industry: IndustryMapper;
  IndustryClassification: IndustryClassification;
  LiteratureFileInput: LiteratureFileInput;
  Mention: MentionMapper;
  Mutation: Record<PropertyKey, never>;
  NewsFilter: NewsFilter;
  NewsItem: NewsItemMapper;
  NewsPage: Omit<NewsPage, 'items'> & { items: Array<ResolversParentTypes['NewsItem']> };
  OfficialDocument: OfficialDocumentMapper;
  Policy: PolicyMapper;
  PolicyAttachment: PolicyAttachment;
  PolicyFilter: PolicyFilter;
  PolicyIssuer: PolicyIssuer;
  PolicyLink: PolicyLinkMapper;
  PolicyPage: Omit<PolicyPage, 'items'> & { items: Array<ResolversParentTypes['Policy']> };
  PolicyRevision: PolicyRevisionMapper;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  SemanticHit: SemanticHitMapper;
  Source: SourceMapper;
  Topic: TopicMapper;
  TopicDocument: TopicDocumentMapper;
  TopicDocumentPage: Omit<TopicDocumentPage, 'items'> & { items: Array<ResolversParentTypes['TopicDocument']> };
  TopicIndustryCandidate: TopicIndustryCandidateMapper;
  TopicKeyword: TopicKeyword;
  TopicTrendPoint: TopicTrendPoint;
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

export type CrawlRunStatusResolvers = EnumResolverSignature<{ FAILED?: any, OK?: any, PARTIAL?: any, RUNNING?: any, SKIPPED?: any }, ResolversTypes['CrawlRunStatus']>;

export type DocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  abstract?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  database?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  pageInfo?: Resolver<ResolversTypes['DocumentPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentPageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentPageInfo'] = ResolversParentTypes['DocumentPageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  mode?: Resolver<ResolversTypes['DocumentSearchMode'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['DocumentPageInfo'], ParentType, ContextType>;
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

export type EmbeddingJobStateResolvers = EnumResolverSignature<{ DONE?: any, FAILED?: any, RUNNING?: any }, ResolversTypes['EmbeddingJobState']>;

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
  fileHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedLines?: Resolver<Array<ResolversTypes['ImportRejection']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportJobStatus'], ParentType, ContextType>;
  warningLines?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportJobStatusResolvers = EnumResolverSignature<{ COMPLETED?: any, FAILED?: any }, ResolversTypes['ImportJobStatus']>;

export type ImportRejectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['OfficialDocument'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndustryClassificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndustryClassification'] = ResolversParentTypes['IndustryClassification']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkDirectionResolvers = EnumResolverSignature<{ IN?: any, OUT?: any }, ResolversTypes['LinkDirection']>;

export type MentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MentionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionKindResolvers = EnumResolverSignature<{ ORGANIZATION?: any, PERSON?: any, PROJECT?: any }, ResolversTypes['MentionKind']>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  embedDocuments?: Resolver<ResolversTypes['EmbeddingJob'], ParentType, ContextType, Partial<MutationembedDocumentsArgs>>;
  importLiteratureFiles?: Resolver<Array<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<MutationimportLiteratureFilesArgs, 'files'>>;
  mapTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationmapTopicArgs, 'id'>>;
  mergeTopics?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationmergeTopicsArgs, 'source' | 'target'>>;
  renameTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationrenameTopicArgs, 'id' | 'label'>>;
  splitTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationsplitTopicArgs, 'documentIds' | 'id' | 'label'>>;
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

export type NewsPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NewsPage'] = ResolversParentTypes['NewsPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['NewsItem']>, ParentType, ContextType>;
};

export type OfficialDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficialDocument'] = ResolversParentTypes['OfficialDocument']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  attachments?: Resolver<Array<ResolversTypes['PolicyAttachment']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuerOrganization?: Resolver<Maybe<ResolversTypes['PolicyIssuer']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['PolicyLink']>, ParentType, ContextType>;
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
  writtenDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PolicyAttachmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyAttachment'] = ResolversParentTypes['PolicyAttachment']> = {
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type PolicyPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyPage'] = ResolversParentTypes['PolicyPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
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

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  crawlRuns?: Resolver<Array<ResolversTypes['CrawlRun']>, ParentType, ContextType, RequireFields<QuerycrawlRunsArgs, 'limit'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QuerydocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QuerydocumentsArgs, 'first'>>;
  embeddingJob?: Resolver<Maybe<ResolversTypes['EmbeddingJob']>, ParentType, ContextType, RequireFields<QueryembeddingJobArgs, 'id'>>;
  embeddingJobs?: Resolver<Array<ResolversTypes['EmbeddingJob']>, ParentType, ContextType>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryimportJobArgs, 'id'>>;
  importJobs?: Resolver<Array<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryimportJobsArgs, 'first'>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<QueryindustriesArgs>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryindustryArgs, 'code'>>;
  news?: Resolver<ResolversTypes['NewsPage'], ParentType, ContextType, RequireFields<QuerynewsArgs, 'first'>>;
  newsItem?: Resolver<Maybe<ResolversTypes['NewsItem']>, ParentType, ContextType, RequireFields<QuerynewsItemArgs, 'id'>>;
  policies?: Resolver<ResolversTypes['PolicyPage'], ParentType, ContextType, RequireFields<QuerypoliciesArgs, 'first'>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QuerypolicyArgs, 'id'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryregionsArgs>>;
  searchDocuments?: Resolver<ResolversTypes['DocumentSearchResult'], ParentType, ContextType, RequireFields<QuerysearchDocumentsArgs, 'first' | 'mode' | 'query'>>;
  semanticSearch?: Resolver<Array<ResolversTypes['SemanticHit']>, ParentType, ContextType, RequireFields<QuerysemanticSearchArgs, 'limit' | 'query'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerysourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuerysourcesArgs>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QuerytopicArgs, 'id'>>;
  topicReviewQueue?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType, Partial<QuerytopicsArgs>>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type RegionLevelResolvers = EnumResolverSignature<{ CITY?: any, COUNTY?: any, NATION?: any, PROVINCE?: any }, ResolversTypes['RegionLevel']>;

export type SemanticHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SemanticHit'] = ResolversParentTypes['SemanticHit']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  runs?: Resolver<Array<ResolversTypes['CrawlRun']>, ParentType, ContextType, RequireFields<SourcerunsArgs, 'limit'>>;
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SourceItemTypeResolvers = EnumResolverSignature<{ NEWS?: any, POLICY?: any }, ResolversTypes['SourceItemType']>;

export type SourceKindResolvers = EnumResolverSignature<{ ATOM?: any, HTML?: any, JSONFEED?: any, RSS?: any }, ResolversTypes['SourceKind']>;

export type TopicResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  autoLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['TopicDocumentPage'], ParentType, ContextType, RequireFields<TopicdocumentsArgs, 'limit' | 'offset'>>;
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

export type TopicDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicDocument'] = ResolversParentTypes['TopicDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  similarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TopicDocumentPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicDocumentPage'] = ResolversParentTypes['TopicDocumentPage']> = {
  items?: Resolver<Array<ResolversTypes['TopicDocument']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type TopicTrendPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopicTrendPoint'] = ResolversParentTypes['TopicTrendPoint']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  CrawlRun?: CrawlRunResolvers<ContextType>;
  CrawlRunStatus?: CrawlRunStatusResolvers;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentPageInfo?: DocumentPageInfoResolvers<ContextType>;
  DocumentProvenance?: DocumentProvenanceResolvers<ContextType>;
  DocumentSearchHit?: DocumentSearchHitResolvers<ContextType>;
  DocumentSearchMode?: DocumentSearchModeResolvers;
  DocumentSearchResult?: DocumentSearchResultResolvers<ContextType>;
  EmbeddingJob?: EmbeddingJobResolvers<ContextType>;
  EmbeddingJobState?: EmbeddingJobStateResolvers;
  ImportDuplicate?: ImportDuplicateResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportJobStatus?: ImportJobStatusResolvers;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryClassification?: IndustryClassificationResolvers<ContextType>;
  LinkDirection?: LinkDirectionResolvers;
  Mention?: MentionResolvers<ContextType>;
  MentionKind?: MentionKindResolvers;
  Mutation?: MutationResolvers<ContextType>;
  NewsItem?: NewsItemResolvers<ContextType>;
  NewsPage?: NewsPageResolvers<ContextType>;
  OfficialDocument?: OfficialDocumentResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyAttachment?: PolicyAttachmentResolvers<ContextType>;
  PolicyIssuer?: PolicyIssuerResolvers<ContextType>;
  PolicyLink?: PolicyLinkResolvers<ContextType>;
  PolicyPage?: PolicyPageResolvers<ContextType>;
  PolicyRelationKind?: PolicyRelationKindResolvers;
  PolicyRevision?: PolicyRevisionResolvers<ContextType>;
  PolicyValidity?: PolicyValidityResolvers;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  SemanticHit?: SemanticHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceItemType?: SourceItemTypeResolvers;
  SourceKind?: SourceKindResolvers;
  Topic?: TopicResolvers<ContextType>;
  TopicDocument?: TopicDocumentResolvers<ContextType>;
  TopicDocumentPage?: TopicDocumentPageResolvers<ContextType>;
  TopicIndustryCandidate?: TopicIndustryCandidateResolvers<ContextType>;
  TopicKeyword?: TopicKeywordResolvers<ContextType>;
  TopicLabelSource?: TopicLabelSourceResolvers;
  TopicMappingStatus?: TopicMappingStatusResolvers;
  TopicTrendPoint?: TopicTrendPointResolvers<ContextType>;
};

