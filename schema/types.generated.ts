import type { GraphQLResolveInfo } from 'graphql';
import type { EmbeddingJobMapper, SemanticHitMapper } from './embedding/schema.mappers.js';
import type { IndustryMapper, OfficialDocumentMapper, RegionMapper } from './industry/schema.mappers.js';
import type { RequestContext } from '../server/context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
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
  /** Starts embedding the records whose text or model changed (all, or the given ids) and returns its job at once; poll `embeddingJob` for progress. While a job runs, its status is returned. */
  embedDocuments: EmbeddingJob;
};


/** Changes. Each domain folder extends it with its own fields. */
export type MutationembedDocumentsArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  /** An embedding job of this service process, by id (null when unknown or forgotten). */
  embeddingJob?: Maybe<EmbeddingJob>;
  /** Recent embedding jobs of this service process, newest first. */
  embeddingJobs: Array<EmbeddingJob>;
  /**
   * Industries, ordered by code. `parent` (a code) returns its direct children; `region`
   * (a region code or Chinese name) returns the industries that region names as its own.
   * Without arguments, every industry.
   */
  industries: Array<Industry>;
  industry?: Maybe<Industry>;
  regions: Array<Region>;
  /** Records nearest in meaning to the query (vector index over the stored embeddings), best first. */
  semanticSearch: Array<SemanticHit>;
  /** Version of the running service. */
  version: Scalars['String']['output'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryembeddingJobArgs = {
  id: Scalars['ID']['input'];
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
export type QuerysemanticSearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
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
  EmbeddingJob: ResolverTypeWrapper<EmbeddingJobMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EmbeddingJobState: ResolverTypeWrapper<'RUNNING' | 'DONE' | 'FAILED'>;
  Industry: ResolverTypeWrapper<IndustryMapper>;
  IndustryClassification: ResolverTypeWrapper<IndustryClassification>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficialDocument: ResolverTypeWrapper<OfficialDocumentMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegionLevel: ResolverTypeWrapper<'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY'>;
  SemanticHit: ResolverTypeWrapper<SemanticHitMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  EmbeddingJob: EmbeddingJobMapper;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Industry: IndustryMapper;
  IndustryClassification: IndustryClassification;
  Mutation: Record<PropertyKey, never>;
  OfficialDocument: OfficialDocumentMapper;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  SemanticHit: SemanticHitMapper;
  Boolean: Scalars['Boolean']['output'];
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
  embedDocuments?: Resolver<ResolversTypes['EmbeddingJob'], ParentType, ContextType, Partial<MutationembedDocumentsArgs>>;
};

export type OfficialDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficialDocument'] = ResolversParentTypes['OfficialDocument']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  embeddingJob?: Resolver<Maybe<ResolversTypes['EmbeddingJob']>, ParentType, ContextType, RequireFields<QueryembeddingJobArgs, 'id'>>;
  embeddingJobs?: Resolver<Array<ResolversTypes['EmbeddingJob']>, ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<QueryindustriesArgs>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryindustryArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryregionsArgs>>;
  semanticSearch?: Resolver<Array<ResolversTypes['SemanticHit']>, ParentType, ContextType, RequireFields<QuerysemanticSearchArgs, 'limit' | 'query'>>;
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

export type Resolvers<ContextType = RequestContext> = {
  EmbeddingJob?: EmbeddingJobResolvers<ContextType>;
  EmbeddingJobState?: EmbeddingJobStateResolvers;
  Industry?: IndustryResolvers<ContextType>;
  IndustryClassification?: IndustryClassificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfficialDocument?: OfficialDocumentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  SemanticHit?: SemanticHitResolvers<ContextType>;
};

