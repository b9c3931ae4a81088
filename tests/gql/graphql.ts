/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateAccountInput = {
  displayName: string;
  email: string;
  /** Required for librarians: the id of their member library. */
  library?: string | number | null | undefined;
  password: string;
  role: Role;
};

/** Filters shared by the entity lists. `region` and `industry` include their sub-regions and sub-industries. */
export type EntityFilter = {
  /** Librarians only. */
  includeDeleted?: boolean | null | undefined;
  industry?: string | number | null | undefined;
  /** People, organisations or projects linked (member, affiliated, leads) to this organisation. */
  organization?: string | number | null | undefined;
  region?: string | number | null | undefined;
};

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

export type RegisterInput = {
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type Role =
  | 'ADMIN'
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

/** One CSV (UTF-8 or GBK) or .xlsx file sent over the API. */
export type TableFileInput = {
  /** The file's bytes, base64-encoded; at most 20 MB. */
  contentBase64: string;
  name: string;
};

export type AccountLibrariesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountLibrariesQuery = { libraries: Array<{ id: string, name: string, region: { name: string } | null }> };

export type AccountRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AccountRegisterMutation = { register: { csrfToken: string, account: { email: string | null, role: Role } } };

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
    csrfToken
    account {
      email
      role
    }
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