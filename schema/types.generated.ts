import type { GraphQLResolveInfo } from 'graphql';
import type { AccountMapper, AuthPayloadMapper, LibraryMapper } from './account/schema.mappers.js';
import type { AuditConnectionMapper, AuditEntryMapper, LinkMapper, OrganizationMapper, OrganizationConnectionMapper, PersonMapper, PersonConnectionMapper, ProjectMapper, ProjectConnectionMapper, ProvenanceMapper } from './curation/schema.mappers.js';
import type { GraphNodeMapper } from './explore/schema.mappers.js';
import type { IndustryMapper, OfficialDocumentMapper, RegionMapper } from './industry/schema.mappers.js';
import type { PolicyConditionsMapper, PolicyMatchMapper } from './matching/schema.mappers.js';
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

export type AuditConnection = {
  __typename?: 'AuditConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
};

/** One change: who did what to which entity, with the entity before and after (JSON). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** CREATE, IMPORT, UPDATE, DELETE, RESTORE, MERGE, MERGED_INTO, LINK, UNLINK. */
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

export type CreateAccountInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Required for librarians: the id of their member library. */
  library?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  role: Role;
};

/** Filters shared by the entity lists. `region` and `industry` include their sub-regions and sub-industries. */
export type EntityFilter = {
  /** Librarians only. */
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  /** People, organisations or projects linked (member, affiliated, leads) to this organisation. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};

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

/** A member library of the Jiaxing library alliance. Librarians belong to one. */
export type Library = {
  __typename?: 'Library';
  id: Scalars['ID']['output'];
  /** PUBLIC, ACADEMIC or RESEARCH. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  region?: Maybe<Region>;
};

export type Link = {
  __typename?: 'Link';
  deleted: Scalars['Boolean']['output'];
  fromId: Scalars['ID']['output'];
  provenance: Provenance;
  /** Entity id, or industry or region code. */
  toId: Scalars['ID']['output'];
  type: LinkType;
};

export type LinkInput = {
  fromId: Scalars['ID']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** Entity id, or industry code (IN_INDUSTRY) or region code (LOCATED_IN). */
  toId: Scalars['ID']['input'];
  type: LinkType;
};

export type LinkType =
  /** Person, Organization or Project → Organization. */
  | 'AFFILIATED_WITH'
  /** Project or Organization → Policy (by id). */
  | 'FUNDED_BY'
  /** Person, Organization or Project → Industry (by code). */
  | 'IN_INDUSTRY'
  /** Person → Project or Organization. */
  | 'LEADS'
  /** Person, Organization or Project → Region (by code). */
  | 'LOCATED_IN'
  /** Person → Organization or Project. */
  | 'MEMBER_OF';

export type MatchStatus =
  /** Every condition is met. */
  | 'APPLIES'
  /** One or two conditions the company can still meet are missing. */
  | 'NEARLY';

/**
 * Changes. Every mutation needs the `x-hechuang-csrf` header (with a session: its CSRF token,
 * from `login`, `register` or `csrfToken`).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an account of any role (admins only). */
  createAccount: Account;
  createOrganization: Organization;
  createPerson: Person;
  createProject: Project;
  deleteOrganization: Organization;
  deletePerson: Person;
  deleteProject: Project;
  /** Creates (or restores) a relationship. */
  link: Link;
  /** Signs in (sets the session cookie). Failed attempts are rate-limited per account and per IP. */
  login: AuthPayload;
  /** Ends the current session; true when there was one. */
  logout: Scalars['Boolean']['output'];
  mergeOrganizations: Organization;
  /** Moves every relationship of `duplicate` to `keep`; the duplicate's id then resolves to `keep`. */
  mergePeople: Person;
  /** Creates a reader account and signs it in (sets the session cookie). */
  register: AuthPayload;
  restoreOrganization: Organization;
  restorePerson: Person;
  restoreProject: Project;
  /** Librarians: set a policy's conditions; `version` is the current one (0 when none are set). */
  setPolicyConditions: PolicyConditions;
  /** Soft-deletes a relationship; `link` restores it. */
  unlink: Link;
  updateOrganization: Organization;
  updatePerson: Person;
  updateProject: Project;
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
export type MutationcreateProjectArgs = {
  input: ProjectInput;
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
export type MutationdeleteProjectArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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
export type MutationregisterArgs = {
  input: RegisterInput;
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
export type MutationrestoreProjectArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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
export type MutationunlinkArgs = {
  input: LinkInput;
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
export type MutationupdateProjectArgs = {
  id: Scalars['ID']['input'];
  patch: ProjectPatch;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
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
  history: Array<AuditEntry>;
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
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  nodes: Array<Organization>;
  pageInfo: PageInfo;
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

/** A person: founder, researcher, official, mentor… */
export type Person = {
  __typename?: 'Person';
  affiliations: Array<Organization>;
  createdAt: Scalars['String']['output'];
  /** True when soft-deleted (only librarians see deleted entities). */
  deleted: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The audit log of this entity, newest first (librarians and admins only). */
  history: Array<AuditEntry>;
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
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
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

/** Eligibility conditions of a policy, curated by librarians. Revenue in 万元; ages in whole years. */
export type PolicyConditions = {
  __typename?: 'PolicyConditions';
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
  evidence: Array<Scalars['String']['output']>;
  maxAgeYears?: Maybe<Scalars['Int']['output']>;
  maxEmployees?: Maybe<Scalars['Int']['output']>;
  minRdStaff?: Maybe<Scalars['Int']['output']>;
  minRevenue?: Maybe<Scalars['Int']['output']>;
  qualifications: Array<Qualification>;
};

export type PolicyMatch = {
  __typename?: 'PolicyMatch';
  /** What is missing (NEARLY) or what the profile did not say. */
  missing: Array<Scalars['String']['output']>;
  policy: GraphNode;
  /** Why it applies: industry link, region, each condition met. */
  reasons: Array<Scalars['String']['output']>;
  status: MatchStatus;
};

export type Project = {
  __typename?: 'Project';
  createdAt: Scalars['String']['output'];
  deleted: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Policies the project is funded by (FUNDED_BY). */
  fundedBy: Array<GraphNode>;
  history: Array<AuditEntry>;
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
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  nodes: Array<Project>;
  pageInfo: PageInfo;
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
  /** Accounts, optionally of one library (admins only). */
  accounts: Array<Account>;
  /** The audit log, newest first, per entity and/or per actor account (librarians: their library's; admins: all). */
  auditLog: AuditConnection;
  /** The CSRF token of the current session, or null without one. */
  csrfToken?: Maybe<Scalars['String']['output']>;
  /**
   * Industries, ordered by code. `parent` (a code) returns its direct children; `region`
   * (a region code or Chinese name) returns the industries that region names as its own.
   * Without arguments, every industry.
   */
  industries: Array<Industry>;
  industry?: Maybe<Industry>;
  libraries: Array<Library>;
  /** Policies in force that apply to the company, ranked: APPLIES first (most conditions met first), then NEARLY. */
  matchPolicies: Array<PolicyMatch>;
  /** The signed-in account, or null for visitors. */
  me?: Maybe<Account>;
  /** The entities around one (an id, or an industry or region code): `hops` 1 to 3, `limit` nodes at most 200. */
  neighbourhood?: Maybe<Neighbourhood>;
  organization?: Maybe<Organization>;
  organizations: OrganizationConnection;
  /** Shortest paths between two entities, `maxHops` 1 to 6, at most 5 paths. */
  paths: Array<GraphPath>;
  /** Ordered by creation; `first` at most 100. */
  people: PersonConnection;
  person?: Maybe<Person>;
  policyConditions?: Maybe<PolicyConditions>;
  project?: Maybe<Project>;
  projects: ProjectConnection;
  regions: Array<Region>;
  /** Full-text search (Chinese-aware) across people, organisations, projects, policies, documents and news, best first; `first` at most 50, 500 hits deep. */
  search: SearchResults;
  /** Librarians: conditions suggested from the policy text. */
  suggestPolicyConditions?: Maybe<PolicyConditionsSuggestion>;
  /** Version of the running service. */
  version: Scalars['String']['output'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryaccountsArgs = {
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
export type QueryindustriesArgs = {
  parent?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryindustryArgs = {
  code: Scalars['ID']['input'];
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QuerymatchPoliciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  profile: CompanyProfile;
};


/** Roots. Each domain folder under schema/ extends Query and Mutation with its own fields. */
export type QueryneighbourhoodArgs = {
  hops?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
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
export type QuerysuggestPolicyConditionsArgs = {
  policyId: Scalars['ID']['input'];
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

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

export type Role =
  | 'ADMIN'
  | 'LIBRARIAN'
  | 'READER';

export type SearchEntity = Organization | Person | Project;

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The full person, organisation or project; null for policies, documents and news (look those up by `node.id`). */
  entity?: Maybe<SearchEntity>;
  /** What was found: its id (or code), kind and title. */
  node: GraphNode;
  score: Scalars['Float']['output'];
};

export type SearchKind =
  | 'DOCUMENT'
  | 'NEWS'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POLICY'
  | 'PROJECT';

export type SearchResults = {
  __typename?: 'SearchResults';
  hits: Array<SearchHit>;
  pageInfo: PageInfo;
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
  AuditConnection: ResolverTypeWrapper<AuditConnectionMapper>;
  AuditEntry: ResolverTypeWrapper<AuditEntryMapper>;
  AuthPayload: ResolverTypeWrapper<AuthPayloadMapper>;
  CompanyProfile: CompanyProfile;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateAccountInput: CreateAccountInput;
  EntityFilter: EntityFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNodeMapper>;
  GraphPath: ResolverTypeWrapper<Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  Industry: ResolverTypeWrapper<IndustryMapper>;
  IndustryClassification: ResolverTypeWrapper<IndustryClassification>;
  Library: ResolverTypeWrapper<LibraryMapper>;
  Link: ResolverTypeWrapper<LinkMapper>;
  LinkInput: LinkInput;
  LinkType: ResolverTypeWrapper<'LEADS' | 'MEMBER_OF' | 'AFFILIATED_WITH' | 'IN_INDUSTRY' | 'LOCATED_IN' | 'FUNDED_BY'>;
  MatchStatus: ResolverTypeWrapper<'APPLIES' | 'NEARLY'>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<Omit<Neighbourhood, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  OfficialDocument: ResolverTypeWrapper<OfficialDocumentMapper>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionMapper>;
  OrganizationInput: OrganizationInput;
  OrganizationKind: ResolverTypeWrapper<'COMPANY' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'GOVERNMENT' | 'INCUBATOR' | 'ASSOCIATION' | 'OTHER'>;
  OrganizationPatch: OrganizationPatch;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonMapper>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionMapper>;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PolicyConditions: ResolverTypeWrapper<PolicyConditionsMapper>;
  PolicyConditionsInput: PolicyConditionsInput;
  PolicyConditionsSuggestion: ResolverTypeWrapper<Omit<PolicyConditionsSuggestion, 'qualifications'> & { qualifications: Array<ResolversTypes['Qualification']> }>;
  PolicyMatch: ResolverTypeWrapper<PolicyMatchMapper>;
  Project: ResolverTypeWrapper<ProjectMapper>;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionMapper>;
  ProjectInput: ProjectInput;
  ProjectPatch: ProjectPatch;
  ProjectStatus: ResolverTypeWrapper<'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'SUSPENDED'>;
  Provenance: ResolverTypeWrapper<ProvenanceMapper>;
  Qualification: ResolverTypeWrapper<'HIGH_TECH' | 'SPECIALIZED' | 'TECH_SME'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegionLevel: ResolverTypeWrapper<'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY'>;
  RegisterInput: RegisterInput;
  Role: ResolverTypeWrapper<'READER' | 'LIBRARIAN' | 'ADMIN'>;
  SearchEntity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchEntity']>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity' | 'node'> & { entity?: Maybe<ResolversTypes['SearchEntity']>, node: ResolversTypes['GraphNode'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SearchKind: ResolverTypeWrapper<'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'POLICY' | 'DOCUMENT' | 'NEWS'>;
  SearchResults: ResolverTypeWrapper<Omit<SearchResults, 'hits'> & { hits: Array<ResolversTypes['SearchHit']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountMapper;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditConnection: AuditConnectionMapper;
  AuditEntry: AuditEntryMapper;
  AuthPayload: AuthPayloadMapper;
  CompanyProfile: CompanyProfile;
  Int: Scalars['Int']['output'];
  CreateAccountInput: CreateAccountInput;
  EntityFilter: EntityFilter;
  Boolean: Scalars['Boolean']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNodeMapper;
  GraphPath: Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  Industry: IndustryMapper;
  IndustryClassification: IndustryClassification;
  Library: LibraryMapper;
  Link: LinkMapper;
  LinkInput: LinkInput;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: Omit<Neighbourhood, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  OfficialDocument: OfficialDocumentMapper;
  Organization: OrganizationMapper;
  OrganizationConnection: OrganizationConnectionMapper;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  PageInfo: PageInfo;
  Person: PersonMapper;
  PersonConnection: PersonConnectionMapper;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PolicyConditions: PolicyConditionsMapper;
  PolicyConditionsInput: PolicyConditionsInput;
  PolicyConditionsSuggestion: PolicyConditionsSuggestion;
  PolicyMatch: PolicyMatchMapper;
  Project: ProjectMapper;
  ProjectConnection: ProjectConnectionMapper;
  ProjectInput: ProjectInput;
  ProjectPatch: ProjectPatch;
  Provenance: ProvenanceMapper;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  RegisterInput: RegisterInput;
  SearchEntity: ResolversUnionTypes<ResolversParentTypes>['SearchEntity'];
  SearchHit: Omit<SearchHit, 'entity' | 'node'> & { entity?: Maybe<ResolversParentTypes['SearchEntity']>, node: ResolversParentTypes['GraphNode'] };
  Float: Scalars['Float']['output'];
  SearchResults: Omit<SearchResults, 'hits'> & { hits: Array<ResolversParentTypes['SearchHit']> };
};

export type AccountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  library?: Resolver<Maybe<ResolversTypes['Library']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
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

export type LibraryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Library'] = ResolversParentTypes['Library']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type LinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
};

export type LinkTypeResolvers = EnumResolverSignature<{ AFFILIATED_WITH?: any, FUNDED_BY?: any, IN_INDUSTRY?: any, LEADS?: any, LOCATED_IN?: any, MEMBER_OF?: any }, ResolversTypes['LinkType']>;

export type MatchStatusResolvers = EnumResolverSignature<{ APPLIES?: any, NEARLY?: any }, ResolversTypes['MatchStatus']>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationcreateAccountArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationcreateOrganizationArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationcreatePersonArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationcreateProjectArgs, 'input'>>;
  deleteOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationdeleteOrganizationArgs, 'id' | 'version'>>;
  deletePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationdeletePersonArgs, 'id' | 'version'>>;
  deleteProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationdeleteProjectArgs, 'id' | 'version'>>;
  link?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationlinkArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationloginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mergeOrganizations?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationmergeOrganizationsArgs, 'duplicate' | 'keep'>>;
  mergePeople?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationmergePeopleArgs, 'duplicate' | 'keep'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationregisterArgs, 'input'>>;
  restoreOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationrestoreOrganizationArgs, 'id' | 'version'>>;
  restorePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationrestorePersonArgs, 'id' | 'version'>>;
  restoreProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationrestoreProjectArgs, 'id' | 'version'>>;
  setPolicyConditions?: Resolver<ResolversTypes['PolicyConditions'], ParentType, ContextType, RequireFields<MutationsetPolicyConditionsArgs, 'conditions' | 'policyId' | 'version'>>;
  unlink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationunlinkArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationupdateOrganizationArgs, 'id' | 'patch' | 'version'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationupdatePersonArgs, 'id' | 'patch' | 'version'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationupdateProjectArgs, 'id' | 'patch' | 'version'>>;
};

export type NeighbourhoodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<OrganizationhistoryArgs, 'first'>>;
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
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganizationKindResolvers = EnumResolverSignature<{ ASSOCIATION?: any, COMPANY?: any, GOVERNMENT?: any, INCUBATOR?: any, OTHER?: any, RESEARCH_INSTITUTE?: any, UNIVERSITY?: any }, ResolversTypes['OrganizationKind']>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<PersonhistoryArgs, 'first'>>;
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
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PolicyConditionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyConditions'] = ResolversParentTypes['PolicyConditions']> = {
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
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxAgeYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minRdStaff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minRevenue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
};

export type PolicyMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyMatch'] = ResolversParentTypes['PolicyMatch']> = {
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundedBy?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<ProjecthistoryArgs, 'first'>>;
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
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, COMPLETED?: any, PLANNED?: any, SUSPENDED?: any }, ResolversTypes['ProjectStatus']>;

export type ProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curator?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  importFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QualificationResolvers = EnumResolverSignature<{ HIGH_TECH?: any, SPECIALIZED?: any, TECH_SME?: any }, ResolversTypes['Qualification']>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, Partial<QueryaccountsArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryauditLogArgs, 'first'>>;
  csrfToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<QueryindustriesArgs>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryindustryArgs, 'code'>>;
  libraries?: Resolver<Array<ResolversTypes['Library']>, ParentType, ContextType>;
  matchPolicies?: Resolver<Array<ResolversTypes['PolicyMatch']>, ParentType, ContextType, RequireFields<QuerymatchPoliciesArgs, 'first' | 'profile'>>;
  me?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryneighbourhoodArgs, 'hops' | 'id' | 'limit'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryorganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryorganizationsArgs, 'first'>>;
  paths?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QuerypathsArgs, 'from' | 'maxHops' | 'to'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QuerypeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QuerypersonArgs, 'id'>>;
  policyConditions?: Resolver<Maybe<ResolversTypes['PolicyConditions']>, ParentType, ContextType, RequireFields<QuerypolicyConditionsArgs, 'policyId'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryprojectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryprojectsArgs, 'first'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryregionsArgs>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerysearchArgs, 'first' | 'query'>>;
  suggestPolicyConditions?: Resolver<Maybe<ResolversTypes['PolicyConditionsSuggestion']>, ParentType, ContextType, RequireFields<QuerysuggestPolicyConditionsArgs, 'policyId'>>;
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

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, LIBRARIAN?: any, READER?: any }, ResolversTypes['Role']>;

export type SearchEntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchEntity'] = ResolversParentTypes['SearchEntity']> = {
  __resolveType?: TypeResolveFn<'Organization' | 'Person' | 'Project', ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<Maybe<ResolversTypes['SearchEntity']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchKindResolvers = EnumResolverSignature<{ DOCUMENT?: any, NEWS?: any, ORGANIZATION?: any, PERSON?: any, POLICY?: any, PROJECT?: any }, ResolversTypes['SearchKind']>;

export type SearchResultsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Account?: AccountResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryClassification?: IndustryClassificationResolvers<ContextType>;
  Library?: LibraryResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkType?: LinkTypeResolvers;
  MatchStatus?: MatchStatusResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  OfficialDocument?: OfficialDocumentResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationKind?: OrganizationKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PolicyConditions?: PolicyConditionsResolvers<ContextType>;
  PolicyConditionsSuggestion?: PolicyConditionsSuggestionResolvers<ContextType>;
  PolicyMatch?: PolicyMatchResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectStatus?: ProjectStatusResolvers;
  Provenance?: ProvenanceResolvers<ContextType>;
  Qualification?: QualificationResolvers;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  Role?: RoleResolvers;
  SearchEntity?: SearchEntityResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchKind?: SearchKindResolvers;
  SearchResults?: SearchResultsResolvers<ContextType>;
};

