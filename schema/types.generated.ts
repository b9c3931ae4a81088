import type { GraphQLResolveInfo } from 'graphql';
import type { CrawlRunMapper, MentionMapper, NewsItemMapper, PolicyMapper, PolicyLinkMapper, PolicyRevisionMapper, SourceMapper } from './crawl/schema.mappers.js';
import type { IndustryMapper, OfficialDocumentMapper, RegionMapper } from './industry/schema.mappers.js';
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
  source?: Maybe<Source>;
  sources: Array<Source>;
  /** Version of the running service. */
  version: Scalars['String']['output'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerycrawlRunsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
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
export type QuerysourceArgs = {
  id: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerysourcesArgs = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
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
  Industry: ResolverTypeWrapper<IndustryMapper>;
  IndustryClassification: ResolverTypeWrapper<IndustryClassification>;
  LinkDirection: ResolverTypeWrapper<'OUT' | 'IN'>;
  Mention: ResolverTypeWrapper<MentionMapper>;
  MentionKind: ResolverTypeWrapper<'ORGANIZATION' | 'PERSON' | 'PROJECT'>;
  NewsFilter: NewsFilter;
  NewsItem: ResolverTypeWrapper<NewsItemMapper>;
  NewsPage: ResolverTypeWrapper<Omit<NewsPage, 'items'> & { items: Array<ResolversTypes['NewsItem']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  Source: ResolverTypeWrapper<SourceMapper>;
  SourceItemType: ResolverTypeWrapper<'POLICY' | 'NEWS'>;
  SourceKind: ResolverTypeWrapper<'RSS' | 'ATOM' | 'JSONFEED' | 'HTML'>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CrawlRun: CrawlRunMapper;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Industry: IndustryMapper;
  IndustryClassification: IndustryClassification;
  Mention: MentionMapper;
  NewsFilter: NewsFilter;
  NewsItem: NewsItemMapper;
  NewsPage: Omit<NewsPage, 'items'> & { items: Array<ResolversParentTypes['NewsItem']> };
  Boolean: Scalars['Boolean']['output'];
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
  Source: SourceMapper;
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
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<QueryindustriesArgs>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryindustryArgs, 'code'>>;
  news?: Resolver<ResolversTypes['NewsPage'], ParentType, ContextType, RequireFields<QuerynewsArgs, 'first'>>;
  newsItem?: Resolver<Maybe<ResolversTypes['NewsItem']>, ParentType, ContextType, RequireFields<QuerynewsItemArgs, 'id'>>;
  policies?: Resolver<ResolversTypes['PolicyPage'], ParentType, ContextType, RequireFields<QuerypoliciesArgs, 'first'>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QuerypolicyArgs, 'id'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryregionsArgs>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerysourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuerysourcesArgs>>;
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

export type Resolvers<ContextType = RequestContext> = {
  CrawlRun?: CrawlRunResolvers<ContextType>;
  CrawlRunStatus?: CrawlRunStatusResolvers;
  Industry?: IndustryResolvers<ContextType>;
  IndustryClassification?: IndustryClassificationResolvers<ContextType>;
  LinkDirection?: LinkDirectionResolvers;
  Mention?: MentionResolvers<ContextType>;
  MentionKind?: MentionKindResolvers;
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
  Source?: SourceResolvers<ContextType>;
  SourceItemType?: SourceItemTypeResolvers;
  SourceKind?: SourceKindResolvers;
};

