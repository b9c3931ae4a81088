import type { GraphQLResolveInfo } from 'graphql';
import type { IndustryMapper, OfficialDocumentMapper, RegionMapper } from './industry/schema.mappers.js';
import type { TopicMapper, TopicDocumentMapper, TopicIndustryCandidateMapper } from './topic/schema.mappers.js';
import type { RequestContext } from '../server/context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
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

/** Changes. Each domain folder extends it with its own fields. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Maps a topic onto an industry (a code), or onto none (null); overrides the automatic mapping. */
  mapTopic: Topic;
  /** Moves every document of `source` into `target`; `source` is retired. */
  mergeTopics: Topic;
  renameTopic: Topic;
  /** Moves the given documents of a topic into a new topic with the given label. */
  splitTopic: Topic;
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

export type OfficialDocument = {
  __typename?: 'OfficialDocument';
  /** 文号, e.g. 嘉政发〔2022〕13号, where the document has one. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  issuer: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type Query = {
  __typename?: 'Query';
  /**
   * Industries, ordered by code. `parent` (a code) returns its direct children; `region`
   * (a region code or Chinese name) returns the industries that region names as its own.
   * Without arguments, every industry.
   */
  industries: Array<Industry>;
  industry?: Maybe<Industry>;
  regions: Array<Region>;
  topic?: Maybe<Topic>;
  /** Topics whose industry mapping waits for a librarian. */
  topicReviewQueue: Array<Topic>;
  /** Topics, largest first (未归类 last); `industry` (a code) keeps the topics mapped to it. */
  topics: Array<Topic>;
  /** Version of the running service. */
  version: Scalars['String']['output'];
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
export type QueryregionsArgs = {
  level?: InputMaybe<RegionLevel>;
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
  Industry: ResolverTypeWrapper<IndustryMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  IndustryClassification: ResolverTypeWrapper<IndustryClassification>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficialDocument: ResolverTypeWrapper<OfficialDocumentMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegionLevel: ResolverTypeWrapper<'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY'>;
  Topic: ResolverTypeWrapper<TopicMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  Industry: IndustryMapper;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  IndustryClassification: IndustryClassification;
  Mutation: Record<PropertyKey, never>;
  OfficialDocument: OfficialDocumentMapper;
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  Topic: TopicMapper;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  TopicDocument: TopicDocumentMapper;
  TopicDocumentPage: Omit<TopicDocumentPage, 'items'> & { items: Array<ResolversParentTypes['TopicDocument']> };
  TopicIndustryCandidate: TopicIndustryCandidateMapper;
  TopicKeyword: TopicKeyword;
  TopicTrendPoint: TopicTrendPoint;
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

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  mapTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationmapTopicArgs, 'id'>>;
  mergeTopics?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationmergeTopicsArgs, 'source' | 'target'>>;
  renameTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationrenameTopicArgs, 'id' | 'label'>>;
  splitTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationsplitTopicArgs, 'documentIds' | 'id' | 'label'>>;
};

export type OfficialDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficialDocument'] = ResolversParentTypes['OfficialDocument']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<QueryindustriesArgs>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryindustryArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryregionsArgs>>;
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
  Industry?: IndustryResolvers<ContextType>;
  IndustryClassification?: IndustryClassificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfficialDocument?: OfficialDocumentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  Topic?: TopicResolvers<ContextType>;
  TopicDocument?: TopicDocumentResolvers<ContextType>;
  TopicDocumentPage?: TopicDocumentPageResolvers<ContextType>;
  TopicIndustryCandidate?: TopicIndustryCandidateResolvers<ContextType>;
  TopicKeyword?: TopicKeywordResolvers<ContextType>;
  TopicLabelSource?: TopicLabelSourceResolvers;
  TopicMappingStatus?: TopicMappingStatusResolvers;
  TopicTrendPoint?: TopicTrendPointResolvers<ContextType>;
};

