/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AccountLibraries { libraries { id name region { name } } }": typeof types.AccountLibrariesDocument,
    "\n  mutation AccountRegister($input: RegisterInput!) { register(input: $input) { csrfToken account { email role } } }\n": typeof types.AccountRegisterDocument,
    "query AccountMe { me { email role } }": typeof types.AccountMeDocument,
    "query AccountMyRole { me { role } }": typeof types.AccountMyRoleDocument,
    "mutation AccountLogout { logout }": typeof types.AccountLogoutDocument,
    "mutation AccountLogin($email: String!, $password: String!) { login(email: $email, password: $password) { csrfToken } }": typeof types.AccountLoginDocument,
    "mutation AccountCreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }": typeof types.AccountCreatePersonDocument,
    "\n  mutation AccountCreate($input: CreateAccountInput!) { createAccount(input: $input) { id role library { name } } }\n": typeof types.AccountCreateDocument,
    "query AccountIds { accounts { edges { node { id } } } }": typeof types.AccountIdsDocument,
    "query AccountEmails($first: Int) { accounts(first: $first) { edges { node { email } } } }": typeof types.AccountEmailsDocument,
    "\n  mutation AccountCliCreateStaff($input: CreateAccountInput!) { createAccount(input: $input) { role library { id } } }\n": typeof types.AccountCliCreateStaffDocument,
    "query AccountCliMyRole { me { role } }": typeof types.AccountCliMyRoleDocument,
    "query AccountCliMyRoleAndLibrary { me { role library { id } } }": typeof types.AccountCliMyRoleAndLibraryDocument,
    "\n  mutation EntityImport($kind: ImportKind!, $file: TableFileInput!, $sheet: String) {\n    importEntities(kind: $kind, file: $file, sheet: $sheet) {\n      fileName format sheet created linked skipped failed rows { line status id message }\n    }\n  }\n": typeof types.EntityImportDocument,
    "\n  mutation EntityCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) { id name title version deleted provenance { sourceUrl at curator { id } } }\n  }\n": typeof types.EntityCreatePersonDocument,
    "mutation EntityCreatePersonId($input: PersonInput!) { createPerson(input: $input) { id } }": typeof types.EntityCreatePersonIdDocument,
    "\n  mutation EntityCreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id version } }\n": typeof types.EntityCreateOrganizationDocument,
    "mutation EntityCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }": typeof types.EntityCreateProjectDocument,
    "\n  query EntityPerson($id: ID!) { person(id: $id) { id name title version deleted provenance { sourceUrl at curator { id } } } }\n": typeof types.EntityPersonDocument,
    "query EntityPersonId($id: ID!) { person(id: $id) { id } }": typeof types.EntityPersonIdDocument,
    "query EntityPersonName($id: ID!) { person(id: $id) { name } }": typeof types.EntityPersonNameDocument,
    "query EntityPersonTitle($id: ID!) { person(id: $id) { title version } }": typeof types.EntityPersonTitleDocument,
    "query EntityPersonDeleted($id: ID!) { person(id: $id) { deleted } }": typeof types.EntityPersonDeletedDocument,
    "query EntityPersonMemberOf($id: ID!) { person(id: $id) { memberOf { name } } }": typeof types.EntityPersonMemberOfDocument,
    "query EntityOrganizationId($id: ID!) { organization(id: $id) { id } }": typeof types.EntityOrganizationIdDocument,
    "query EntityOrganizationMembers($id: ID!) { organization(id: $id) { members { name } } }": typeof types.EntityOrganizationMembersDocument,
    "\n  query EntityOrganizationView($id: ID!) {\n    organization(id: $id) { members { name } projects { name } regions { name } industries { code } }\n  }\n": typeof types.EntityOrganizationViewDocument,
    "query EntityProjectView($id: ID!) { project(id: $id) { fundedBy { id kind label } members { name } } }": typeof types.EntityProjectViewDocument,
    "\n  mutation EntityUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) { name title version }\n  }\n": typeof types.EntityUpdatePersonDocument,
    "\n  mutation EntityUpdatePersonVersion($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) { version }\n  }\n": typeof types.EntityUpdatePersonVersionDocument,
    "mutation EntityDeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { deleted version } }": typeof types.EntityDeletePersonDocument,
    "\n  mutation EntityRestorePerson($id: ID!, $version: Int!) { restorePerson(id: $id, version: $version) { deleted version } }\n": typeof types.EntityRestorePersonDocument,
    "\n  mutation EntityLink($input: LinkInput!) { link(input: $input) { type fromId toId deleted provenance { sourceUrl } } }\n": typeof types.EntityLinkDocument,
    "mutation EntityUnlink($input: LinkInput!) { unlink(input: $input) { deleted } }": typeof types.EntityUnlinkDocument,
    "\n  mutation EntityMergeOrganizations($keep: ID!, $duplicate: ID!) {\n    mergeOrganizations(keep: $keep, duplicate: $duplicate) { id aliases website members { name } leaders { name } regions { name } }\n  }\n": typeof types.EntityMergeOrganizationsDocument,
    "\n  mutation EntityMergePeople($keep: ID!, $duplicate: ID!) {\n    mergePeople(keep: $keep, duplicate: $duplicate) { id title affiliations { name } }\n  }\n": typeof types.EntityMergePeopleDocument,
    "query EntityIndustryCodes { industries { code } }": typeof types.EntityIndustryCodesDocument,
    "\n  query EntityPeople($first: Int, $after: String, $filter: EntityFilter) {\n    people(first: $first, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.EntityPeopleDocument,
    "query EntityOrganizations($first: Int) { organizations(first: $first) { edges { node { id } } } }": typeof types.EntityOrganizationsDocument,
    "\n  query EntityPeopleWithRelations($first: Int) {\n    people(first: $first) {\n      edges { node { name memberOf { name members { name } } leads { name } industries { code } regions { name } } }\n    }\n  }\n": typeof types.EntityPeopleWithRelationsDocument,
    "query EntityPeopleHistory { people { edges { node { history { edges { node { action } } } } } } }": typeof types.EntityPeopleHistoryDocument,
    "\n  query AuditOfEntity($id: ID!, $first: Int) {\n    auditLog(entityId: $id, first: $first) { edges { node { action entityType before after actor { displayName } } } }\n  }\n": typeof types.AuditOfEntityDocument,
    "query AuditOfActor($actor: ID) { auditLog(actor: $actor, first: 100) { edges { node { actorId } } } }": typeof types.AuditOfActorDocument,
    "mutation EntityAnyCreatePerson { createPerson(input: { name: \"x\" }) { id } }": typeof types.EntityAnyCreatePersonDocument,
    "mutation EntityAnyCreateOrganization { createOrganization(input: { name: \"x\" }) { id } }": typeof types.EntityAnyCreateOrganizationDocument,
    "mutation EntityAnyCreateProject { createProject(input: { name: \"x\" }) { id } }": typeof types.EntityAnyCreateProjectDocument,
    "mutation EntityAnyUpdatePerson($id: ID!) { updatePerson(id: $id, version: 1, patch: { name: \"改\" }) { id } }": typeof types.EntityAnyUpdatePersonDocument,
    "\n  mutation EntityAnyUpdateOrganization($id: ID!) { updateOrganization(id: $id, version: 1, patch: { name: \"改\" }) { id } }\n": typeof types.EntityAnyUpdateOrganizationDocument,
    "\n  mutation EntityAnyUpdateProject($id: ID!) { updateProject(id: $id, version: 1, patch: { name: \"改\" }) { id } }\n": typeof types.EntityAnyUpdateProjectDocument,
    "mutation EntityAnyDeletePerson($id: ID!) { deletePerson(id: $id, version: 1) { id } }": typeof types.EntityAnyDeletePersonDocument,
    "mutation EntityAnyDeleteOrganization($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }": typeof types.EntityAnyDeleteOrganizationDocument,
    "mutation EntityAnyDeleteProject($id: ID!) { deleteProject(id: $id, version: 1) { id } }": typeof types.EntityAnyDeleteProjectDocument,
    "mutation EntityAnyRestorePerson($id: ID!) { restorePerson(id: $id, version: 1) { id } }": typeof types.EntityAnyRestorePersonDocument,
    "mutation EntityAnyRestoreOrganization($id: ID!) { restoreOrganization(id: $id, version: 1) { id } }": typeof types.EntityAnyRestoreOrganizationDocument,
    "mutation EntityAnyRestoreProject($id: ID!) { restoreProject(id: $id, version: 1) { id } }": typeof types.EntityAnyRestoreProjectDocument,
    "mutation EntityAnyMergePeople($keep: ID!, $duplicate: ID!) { mergePeople(keep: $keep, duplicate: $duplicate) { id } }": typeof types.EntityAnyMergePeopleDocument,
    "\n  mutation EntityAnyMergeOrganizations($keep: ID!, $duplicate: ID!) { mergeOrganizations(keep: $keep, duplicate: $duplicate) { id } }\n": typeof types.EntityAnyMergeOrganizationsDocument,
    "mutation EntityAnyLink($input: LinkInput!) { link(input: $input) { type } }": typeof types.EntityAnyLinkDocument,
    "mutation EntityAnyUnlink($input: LinkInput!) { unlink(input: $input) { type } }": typeof types.EntityAnyUnlinkDocument,
    "\n  mutation EntityAnyCreateAccount {\n    createAccount(input: { email: \"n@example.org\", password: \"long enough pw\", displayName: \"n\", role: ADMIN }) { id }\n  }\n": typeof types.EntityAnyCreateAccountDocument,
    "\n  query ExploreNeighbourhood($id: ID!, $hops: Int, $limit: Int) {\n    neighbourhood(id: $id, hops: $hops, limit: $limit) { nodes { id kind label } edges { from to type } truncated }\n  }\n": typeof types.ExploreNeighbourhoodDocument,
    "\n  query ExplorePaths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops) { nodes { id } edges { from to type } } }\n": typeof types.ExplorePathsDocument,
    "\n  query ExploreSearch($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      edges { score node { id kind label } entity { __typename ... on Project { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExploreSearchDocument,
    "\n  query ExploreSearchKindOf($query: String!, $kinds: [SearchKind!]) { search(query: $query, kinds: $kinds) { edges { node { id kind } } } }\n": typeof types.ExploreSearchKindOfDocument,
    "\n  query ExploreFusedSearch($q: String!, $kinds: [SearchKind!]) {\n    search(query: $q, kinds: $kinds, first: 10) { mode notice edges { score node { id kind label } } }\n  }\n": typeof types.ExploreFusedSearchDocument,
};
const documents: Documents = {
    "query AccountLibraries { libraries { id name region { name } } }": types.AccountLibrariesDocument,
    "\n  mutation AccountRegister($input: RegisterInput!) { register(input: $input) { csrfToken account { email role } } }\n": types.AccountRegisterDocument,
    "query AccountMe { me { email role } }": types.AccountMeDocument,
    "query AccountMyRole { me { role } }": types.AccountMyRoleDocument,
    "mutation AccountLogout { logout }": types.AccountLogoutDocument,
    "mutation AccountLogin($email: String!, $password: String!) { login(email: $email, password: $password) { csrfToken } }": types.AccountLoginDocument,
    "mutation AccountCreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }": types.AccountCreatePersonDocument,
    "\n  mutation AccountCreate($input: CreateAccountInput!) { createAccount(input: $input) { id role library { name } } }\n": types.AccountCreateDocument,
    "query AccountIds { accounts { edges { node { id } } } }": types.AccountIdsDocument,
    "query AccountEmails($first: Int) { accounts(first: $first) { edges { node { email } } } }": types.AccountEmailsDocument,
    "\n  mutation AccountCliCreateStaff($input: CreateAccountInput!) { createAccount(input: $input) { role library { id } } }\n": types.AccountCliCreateStaffDocument,
    "query AccountCliMyRole { me { role } }": types.AccountCliMyRoleDocument,
    "query AccountCliMyRoleAndLibrary { me { role library { id } } }": types.AccountCliMyRoleAndLibraryDocument,
    "\n  mutation EntityImport($kind: ImportKind!, $file: TableFileInput!, $sheet: String) {\n    importEntities(kind: $kind, file: $file, sheet: $sheet) {\n      fileName format sheet created linked skipped failed rows { line status id message }\n    }\n  }\n": types.EntityImportDocument,
    "\n  mutation EntityCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) { id name title version deleted provenance { sourceUrl at curator { id } } }\n  }\n": types.EntityCreatePersonDocument,
    "mutation EntityCreatePersonId($input: PersonInput!) { createPerson(input: $input) { id } }": types.EntityCreatePersonIdDocument,
    "\n  mutation EntityCreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id version } }\n": types.EntityCreateOrganizationDocument,
    "mutation EntityCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }": types.EntityCreateProjectDocument,
    "\n  query EntityPerson($id: ID!) { person(id: $id) { id name title version deleted provenance { sourceUrl at curator { id } } } }\n": types.EntityPersonDocument,
    "query EntityPersonId($id: ID!) { person(id: $id) { id } }": types.EntityPersonIdDocument,
    "query EntityPersonName($id: ID!) { person(id: $id) { name } }": types.EntityPersonNameDocument,
    "query EntityPersonTitle($id: ID!) { person(id: $id) { title version } }": types.EntityPersonTitleDocument,
    "query EntityPersonDeleted($id: ID!) { person(id: $id) { deleted } }": types.EntityPersonDeletedDocument,
    "query EntityPersonMemberOf($id: ID!) { person(id: $id) { memberOf { name } } }": types.EntityPersonMemberOfDocument,
    "query EntityOrganizationId($id: ID!) { organization(id: $id) { id } }": types.EntityOrganizationIdDocument,
    "query EntityOrganizationMembers($id: ID!) { organization(id: $id) { members { name } } }": types.EntityOrganizationMembersDocument,
    "\n  query EntityOrganizationView($id: ID!) {\n    organization(id: $id) { members { name } projects { name } regions { name } industries { code } }\n  }\n": types.EntityOrganizationViewDocument,
    "query EntityProjectView($id: ID!) { project(id: $id) { fundedBy { id kind label } members { name } } }": types.EntityProjectViewDocument,
    "\n  mutation EntityUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) { name title version }\n  }\n": types.EntityUpdatePersonDocument,
    "\n  mutation EntityUpdatePersonVersion($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) { version }\n  }\n": types.EntityUpdatePersonVersionDocument,
    "mutation EntityDeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { deleted version } }": types.EntityDeletePersonDocument,
    "\n  mutation EntityRestorePerson($id: ID!, $version: Int!) { restorePerson(id: $id, version: $version) { deleted version } }\n": types.EntityRestorePersonDocument,
    "\n  mutation EntityLink($input: LinkInput!) { link(input: $input) { type fromId toId deleted provenance { sourceUrl } } }\n": types.EntityLinkDocument,
    "mutation EntityUnlink($input: LinkInput!) { unlink(input: $input) { deleted } }": types.EntityUnlinkDocument,
    "\n  mutation EntityMergeOrganizations($keep: ID!, $duplicate: ID!) {\n    mergeOrganizations(keep: $keep, duplicate: $duplicate) { id aliases website members { name } leaders { name } regions { name } }\n  }\n": types.EntityMergeOrganizationsDocument,
    "\n  mutation EntityMergePeople($keep: ID!, $duplicate: ID!) {\n    mergePeople(keep: $keep, duplicate: $duplicate) { id title affiliations { name } }\n  }\n": types.EntityMergePeopleDocument,
    "query EntityIndustryCodes { industries { code } }": types.EntityIndustryCodesDocument,
    "\n  query EntityPeople($first: Int, $after: String, $filter: EntityFilter) {\n    people(first: $first, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } }\n  }\n": types.EntityPeopleDocument,
    "query EntityOrganizations($first: Int) { organizations(first: $first) { edges { node { id } } } }": types.EntityOrganizationsDocument,
    "\n  query EntityPeopleWithRelations($first: Int) {\n    people(first: $first) {\n      edges { node { name memberOf { name members { name } } leads { name } industries { code } regions { name } } }\n    }\n  }\n": types.EntityPeopleWithRelationsDocument,
    "query EntityPeopleHistory { people { edges { node { history { edges { node { action } } } } } } }": types.EntityPeopleHistoryDocument,
    "\n  query AuditOfEntity($id: ID!, $first: Int) {\n    auditLog(entityId: $id, first: $first) { edges { node { action entityType before after actor { displayName } } } }\n  }\n": types.AuditOfEntityDocument,
    "query AuditOfActor($actor: ID) { auditLog(actor: $actor, first: 100) { edges { node { actorId } } } }": types.AuditOfActorDocument,
    "mutation EntityAnyCreatePerson { createPerson(input: { name: \"x\" }) { id } }": types.EntityAnyCreatePersonDocument,
    "mutation EntityAnyCreateOrganization { createOrganization(input: { name: \"x\" }) { id } }": types.EntityAnyCreateOrganizationDocument,
    "mutation EntityAnyCreateProject { createProject(input: { name: \"x\" }) { id } }": types.EntityAnyCreateProjectDocument,
    "mutation EntityAnyUpdatePerson($id: ID!) { updatePerson(id: $id, version: 1, patch: { name: \"改\" }) { id } }": types.EntityAnyUpdatePersonDocument,
    "\n  mutation EntityAnyUpdateOrganization($id: ID!) { updateOrganization(id: $id, version: 1, patch: { name: \"改\" }) { id } }\n": types.EntityAnyUpdateOrganizationDocument,
    "\n  mutation EntityAnyUpdateProject($id: ID!) { updateProject(id: $id, version: 1, patch: { name: \"改\" }) { id } }\n": types.EntityAnyUpdateProjectDocument,
    "mutation EntityAnyDeletePerson($id: ID!) { deletePerson(id: $id, version: 1) { id } }": types.EntityAnyDeletePersonDocument,
    "mutation EntityAnyDeleteOrganization($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }": types.EntityAnyDeleteOrganizationDocument,
    "mutation EntityAnyDeleteProject($id: ID!) { deleteProject(id: $id, version: 1) { id } }": types.EntityAnyDeleteProjectDocument,
    "mutation EntityAnyRestorePerson($id: ID!) { restorePerson(id: $id, version: 1) { id } }": types.EntityAnyRestorePersonDocument,
    "mutation EntityAnyRestoreOrganization($id: ID!) { restoreOrganization(id: $id, version: 1) { id } }": types.EntityAnyRestoreOrganizationDocument,
    "mutation EntityAnyRestoreProject($id: ID!) { restoreProject(id: $id, version: 1) { id } }": types.EntityAnyRestoreProjectDocument,
    "mutation EntityAnyMergePeople($keep: ID!, $duplicate: ID!) { mergePeople(keep: $keep, duplicate: $duplicate) { id } }": types.EntityAnyMergePeopleDocument,
    "\n  mutation EntityAnyMergeOrganizations($keep: ID!, $duplicate: ID!) { mergeOrganizations(keep: $keep, duplicate: $duplicate) { id } }\n": types.EntityAnyMergeOrganizationsDocument,
    "mutation EntityAnyLink($input: LinkInput!) { link(input: $input) { type } }": types.EntityAnyLinkDocument,
    "mutation EntityAnyUnlink($input: LinkInput!) { unlink(input: $input) { type } }": types.EntityAnyUnlinkDocument,
    "\n  mutation EntityAnyCreateAccount {\n    createAccount(input: { email: \"n@example.org\", password: \"long enough pw\", displayName: \"n\", role: ADMIN }) { id }\n  }\n": types.EntityAnyCreateAccountDocument,
    "\n  query ExploreNeighbourhood($id: ID!, $hops: Int, $limit: Int) {\n    neighbourhood(id: $id, hops: $hops, limit: $limit) { nodes { id kind label } edges { from to type } truncated }\n  }\n": types.ExploreNeighbourhoodDocument,
    "\n  query ExplorePaths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops) { nodes { id } edges { from to type } } }\n": types.ExplorePathsDocument,
    "\n  query ExploreSearch($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      edges { score node { id kind label } entity { __typename ... on Project { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExploreSearchDocument,
    "\n  query ExploreSearchKindOf($query: String!, $kinds: [SearchKind!]) { search(query: $query, kinds: $kinds) { edges { node { id kind } } } }\n": types.ExploreSearchKindOfDocument,
    "\n  query ExploreFusedSearch($q: String!, $kinds: [SearchKind!]) {\n    search(query: $q, kinds: $kinds, first: 10) { mode notice edges { score node { id kind label } } }\n  }\n": types.ExploreFusedSearchDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountLibraries { libraries { id name region { name } } }"): typeof import('./graphql.js').AccountLibrariesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation AccountRegister($input: RegisterInput!) { register(input: $input) { csrfToken account { email role } } }\n"): typeof import('./graphql.js').AccountRegisterDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountMe { me { email role } }"): typeof import('./graphql.js').AccountMeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountMyRole { me { role } }"): typeof import('./graphql.js').AccountMyRoleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation AccountLogout { logout }"): typeof import('./graphql.js').AccountLogoutDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation AccountLogin($email: String!, $password: String!) { login(email: $email, password: $password) { csrfToken } }"): typeof import('./graphql.js').AccountLoginDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation AccountCreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }"): typeof import('./graphql.js').AccountCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation AccountCreate($input: CreateAccountInput!) { createAccount(input: $input) { id role library { name } } }\n"): typeof import('./graphql.js').AccountCreateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountIds { accounts { edges { node { id } } } }"): typeof import('./graphql.js').AccountIdsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountEmails($first: Int) { accounts(first: $first) { edges { node { email } } } }"): typeof import('./graphql.js').AccountEmailsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation AccountCliCreateStaff($input: CreateAccountInput!) { createAccount(input: $input) { role library { id } } }\n"): typeof import('./graphql.js').AccountCliCreateStaffDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountCliMyRole { me { role } }"): typeof import('./graphql.js').AccountCliMyRoleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountCliMyRoleAndLibrary { me { role library { id } } }"): typeof import('./graphql.js').AccountCliMyRoleAndLibraryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityImport($kind: ImportKind!, $file: TableFileInput!, $sheet: String) {\n    importEntities(kind: $kind, file: $file, sheet: $sheet) {\n      fileName format sheet created linked skipped failed rows { line status id message }\n    }\n  }\n"): typeof import('./graphql.js').EntityImportDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) { id name title version deleted provenance { sourceUrl at curator { id } } }\n  }\n"): typeof import('./graphql.js').EntityCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityCreatePersonId($input: PersonInput!) { createPerson(input: $input) { id } }"): typeof import('./graphql.js').EntityCreatePersonIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityCreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id version } }\n"): typeof import('./graphql.js').EntityCreateOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }"): typeof import('./graphql.js').EntityCreateProjectDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EntityPerson($id: ID!) { person(id: $id) { id name title version deleted provenance { sourceUrl at curator { id } } } }\n"): typeof import('./graphql.js').EntityPersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityPersonId($id: ID!) { person(id: $id) { id } }"): typeof import('./graphql.js').EntityPersonIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityPersonName($id: ID!) { person(id: $id) { name } }"): typeof import('./graphql.js').EntityPersonNameDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityPersonTitle($id: ID!) { person(id: $id) { title version } }"): typeof import('./graphql.js').EntityPersonTitleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityPersonDeleted($id: ID!) { person(id: $id) { deleted } }"): typeof import('./graphql.js').EntityPersonDeletedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityPersonMemberOf($id: ID!) { person(id: $id) { memberOf { name } } }"): typeof import('./graphql.js').EntityPersonMemberOfDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityOrganizationId($id: ID!) { organization(id: $id) { id } }"): typeof import('./graphql.js').EntityOrganizationIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityOrganizationMembers($id: ID!) { organization(id: $id) { members { name } } }"): typeof import('./graphql.js').EntityOrganizationMembersDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EntityOrganizationView($id: ID!) {\n    organization(id: $id) { members { name } projects { name } regions { name } industries { code } }\n  }\n"): typeof import('./graphql.js').EntityOrganizationViewDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityProjectView($id: ID!) { project(id: $id) { fundedBy { id kind label } members { name } } }"): typeof import('./graphql.js').EntityProjectViewDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) { name title version }\n  }\n"): typeof import('./graphql.js').EntityUpdatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityUpdatePersonVersion($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) { version }\n  }\n"): typeof import('./graphql.js').EntityUpdatePersonVersionDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityDeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { deleted version } }"): typeof import('./graphql.js').EntityDeletePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityRestorePerson($id: ID!, $version: Int!) { restorePerson(id: $id, version: $version) { deleted version } }\n"): typeof import('./graphql.js').EntityRestorePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityLink($input: LinkInput!) { link(input: $input) { type fromId toId deleted provenance { sourceUrl } } }\n"): typeof import('./graphql.js').EntityLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityUnlink($input: LinkInput!) { unlink(input: $input) { deleted } }"): typeof import('./graphql.js').EntityUnlinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityMergeOrganizations($keep: ID!, $duplicate: ID!) {\n    mergeOrganizations(keep: $keep, duplicate: $duplicate) { id aliases website members { name } leaders { name } regions { name } }\n  }\n"): typeof import('./graphql.js').EntityMergeOrganizationsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityMergePeople($keep: ID!, $duplicate: ID!) {\n    mergePeople(keep: $keep, duplicate: $duplicate) { id title affiliations { name } }\n  }\n"): typeof import('./graphql.js').EntityMergePeopleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityIndustryCodes { industries { code } }"): typeof import('./graphql.js').EntityIndustryCodesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EntityPeople($first: Int, $after: String, $filter: EntityFilter) {\n    people(first: $first, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } }\n  }\n"): typeof import('./graphql.js').EntityPeopleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityOrganizations($first: Int) { organizations(first: $first) { edges { node { id } } } }"): typeof import('./graphql.js').EntityOrganizationsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EntityPeopleWithRelations($first: Int) {\n    people(first: $first) {\n      edges { node { name memberOf { name members { name } } leads { name } industries { code } regions { name } } }\n    }\n  }\n"): typeof import('./graphql.js').EntityPeopleWithRelationsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query EntityPeopleHistory { people { edges { node { history { edges { node { action } } } } } } }"): typeof import('./graphql.js').EntityPeopleHistoryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query AuditOfEntity($id: ID!, $first: Int) {\n    auditLog(entityId: $id, first: $first) { edges { node { action entityType before after actor { displayName } } } }\n  }\n"): typeof import('./graphql.js').AuditOfEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AuditOfActor($actor: ID) { auditLog(actor: $actor, first: 100) { edges { node { actorId } } } }"): typeof import('./graphql.js').AuditOfActorDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyCreatePerson { createPerson(input: { name: \"x\" }) { id } }"): typeof import('./graphql.js').EntityAnyCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyCreateOrganization { createOrganization(input: { name: \"x\" }) { id } }"): typeof import('./graphql.js').EntityAnyCreateOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyCreateProject { createProject(input: { name: \"x\" }) { id } }"): typeof import('./graphql.js').EntityAnyCreateProjectDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyUpdatePerson($id: ID!) { updatePerson(id: $id, version: 1, patch: { name: \"改\" }) { id } }"): typeof import('./graphql.js').EntityAnyUpdatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityAnyUpdateOrganization($id: ID!) { updateOrganization(id: $id, version: 1, patch: { name: \"改\" }) { id } }\n"): typeof import('./graphql.js').EntityAnyUpdateOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityAnyUpdateProject($id: ID!) { updateProject(id: $id, version: 1, patch: { name: \"改\" }) { id } }\n"): typeof import('./graphql.js').EntityAnyUpdateProjectDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyDeletePerson($id: ID!) { deletePerson(id: $id, version: 1) { id } }"): typeof import('./graphql.js').EntityAnyDeletePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyDeleteOrganization($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }"): typeof import('./graphql.js').EntityAnyDeleteOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyDeleteProject($id: ID!) { deleteProject(id: $id, version: 1) { id } }"): typeof import('./graphql.js').EntityAnyDeleteProjectDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyRestorePerson($id: ID!) { restorePerson(id: $id, version: 1) { id } }"): typeof import('./graphql.js').EntityAnyRestorePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyRestoreOrganization($id: ID!) { restoreOrganization(id: $id, version: 1) { id } }"): typeof import('./graphql.js').EntityAnyRestoreOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyRestoreProject($id: ID!) { restoreProject(id: $id, version: 1) { id } }"): typeof import('./graphql.js').EntityAnyRestoreProjectDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyMergePeople($keep: ID!, $duplicate: ID!) { mergePeople(keep: $keep, duplicate: $duplicate) { id } }"): typeof import('./graphql.js').EntityAnyMergePeopleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityAnyMergeOrganizations($keep: ID!, $duplicate: ID!) { mergeOrganizations(keep: $keep, duplicate: $duplicate) { id } }\n"): typeof import('./graphql.js').EntityAnyMergeOrganizationsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyLink($input: LinkInput!) { link(input: $input) { type } }"): typeof import('./graphql.js').EntityAnyLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation EntityAnyUnlink($input: LinkInput!) { unlink(input: $input) { type } }"): typeof import('./graphql.js').EntityAnyUnlinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EntityAnyCreateAccount {\n    createAccount(input: { email: \"n@example.org\", password: \"long enough pw\", displayName: \"n\", role: ADMIN }) { id }\n  }\n"): typeof import('./graphql.js').EntityAnyCreateAccountDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query ExploreNeighbourhood($id: ID!, $hops: Int, $limit: Int) {\n    neighbourhood(id: $id, hops: $hops, limit: $limit) { nodes { id kind label } edges { from to type } truncated }\n  }\n"): typeof import('./graphql.js').ExploreNeighbourhoodDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query ExplorePaths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops) { nodes { id } edges { from to type } } }\n"): typeof import('./graphql.js').ExplorePathsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query ExploreSearch($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      edges { score node { id kind label } entity { __typename ... on Project { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').ExploreSearchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query ExploreSearchKindOf($query: String!, $kinds: [SearchKind!]) { search(query: $query, kinds: $kinds) { edges { node { id kind } } } }\n"): typeof import('./graphql.js').ExploreSearchKindOfDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query ExploreFusedSearch($q: String!, $kinds: [SearchKind!]) {\n    search(query: $q, kinds: $kinds, first: 10) { mode notice edges { score node { id kind label } } }\n  }\n"): typeof import('./graphql.js').ExploreFusedSearchDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
