/** The typed documents of curation-api.test.ts. */
import { typed } from '../gql/index.js';

export const CREATE_PERSON = typed(`
  mutation EntityCreatePerson($input: PersonInput!) {
    createPerson(input: $input) { id name title version deleted provenance { sourceUrl at curator { id } } }
  }
`);
export const CREATE_PERSON_ID = typed(`mutation EntityCreatePersonId($input: PersonInput!) { createPerson(input: $input) { id } }`);
export const CREATE_ORGANIZATION = typed(`
  mutation EntityCreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id version } }
`);
export const CREATE_PROJECT = typed(`mutation EntityCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }`);
export const PERSON = typed(`
  query EntityPerson($id: ID!) { person(id: $id) { id name title version deleted provenance { sourceUrl at curator { id } } } }
`);
export const PERSON_ID = typed(`query EntityPersonId($id: ID!) { person(id: $id) { id } }`);
export const PERSON_NAME = typed(`query EntityPersonName($id: ID!) { person(id: $id) { name } }`);
export const PERSON_TITLE = typed(`query EntityPersonTitle($id: ID!) { person(id: $id) { title version } }`);
export const PERSON_DELETED = typed(`query EntityPersonDeleted($id: ID!) { person(id: $id) { deleted } }`);
export const PERSON_MEMBER_OF = typed(`query EntityPersonMemberOf($id: ID!) { person(id: $id) { memberOf { name } } }`);
export const ORGANIZATION_ID = typed(`query EntityOrganizationId($id: ID!) { organization(id: $id) { id } }`);
export const ORGANIZATION_MEMBERS = typed(`query EntityOrganizationMembers($id: ID!) { organization(id: $id) { members { name } } }`);
export const ORGANIZATION_VIEW = typed(`
  query EntityOrganizationView($id: ID!) {
    organization(id: $id) { members { name } projects { name } regions { name } industries { code } }
  }
`);
export const PROJECT_VIEW = typed(`query EntityProjectView($id: ID!) { project(id: $id) { fundedBy { id kind label } members { name } } }`);
export const UPDATE_PERSON = typed(`
  mutation EntityUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
    updatePerson(id: $id, version: $version, patch: $patch) { name title version }
  }
`);
export const UPDATE_PERSON_VERSION = typed(`
  mutation EntityUpdatePersonVersion($id: ID!, $version: Int!, $patch: PersonPatch!) {
    updatePerson(id: $id, version: $version, patch: $patch) { version }
  }
`);
export const DELETE_PERSON = typed(
  `mutation EntityDeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { deleted version } }`,
);
export const RESTORE_PERSON = typed(`
  mutation EntityRestorePerson($id: ID!, $version: Int!) { restorePerson(id: $id, version: $version) { deleted version } }
`);
export const LINK = typed(`
  mutation EntityLink($input: LinkInput!) { link(input: $input) { type fromId toId deleted provenance { sourceUrl } } }
`);
export const UNLINK = typed(`mutation EntityUnlink($input: LinkInput!) { unlink(input: $input) { deleted } }`);
export const MERGE_ORGANIZATIONS = typed(`
  mutation EntityMergeOrganizations($keep: ID!, $duplicate: ID!) {
    mergeOrganizations(keep: $keep, duplicate: $duplicate) { id aliases website members { name } leaders { name } regions { name } }
  }
`);
export const MERGE_PEOPLE = typed(`
  mutation EntityMergePeople($keep: ID!, $duplicate: ID!) {
    mergePeople(keep: $keep, duplicate: $duplicate) { id title affiliations { name } }
  }
`);
export const INDUSTRY_CODES = typed(`query EntityIndustryCodes { industries { code } }`);
export const PEOPLE = typed(`
  query EntityPeople($first: Int, $after: String, $filter: EntityFilter) {
    people(first: $first, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } }
  }
`);
export const ORGANIZATIONS = typed(`query EntityOrganizations($first: Int) { organizations(first: $first) { edges { node { id } } } }`);
export const PEOPLE_WITH_RELATIONS = typed(`
  query EntityPeopleWithRelations($first: Int) {
    people(first: $first) {
      edges { node { name memberOf { name members { name } } leads { name } industries { code } regions { name } } }
    }
  }
`);
export const PEOPLE_HISTORY = typed(`query EntityPeopleHistory { people { edges { node { history { edges { node { action } } } } } } }`);
export const AUDIT_OF_ENTITY = typed(`
  query AuditOfEntity($id: ID!, $first: Int) {
    auditLog(entityId: $id, first: $first) { edges { node { action entityType before after actor { displayName } } } }
  }
`);
export const AUDIT_OF_ACTOR = typed(
  `query AuditOfActor($actor: ID) { auditLog(actor: $actor, first: 100) { edges { node { actorId } } } }`,
);

/** Every mutation a librarian of another library must not make, with their own targets. */
export const ANY_CREATE_PERSON = typed(`mutation EntityAnyCreatePerson { createPerson(input: { name: "x" }) { id } }`);
export const ANY_CREATE_ORGANIZATION = typed(`mutation EntityAnyCreateOrganization { createOrganization(input: { name: "x" }) { id } }`);
export const ANY_CREATE_PROJECT = typed(`mutation EntityAnyCreateProject { createProject(input: { name: "x" }) { id } }`);
export const ANY_UPDATE_PERSON = typed(
  `mutation EntityAnyUpdatePerson($id: ID!) { updatePerson(id: $id, version: 1, patch: { name: "改" }) { id } }`,
);
export const ANY_UPDATE_ORGANIZATION = typed(`
  mutation EntityAnyUpdateOrganization($id: ID!) { updateOrganization(id: $id, version: 1, patch: { name: "改" }) { id } }
`);
export const ANY_UPDATE_PROJECT = typed(`
  mutation EntityAnyUpdateProject($id: ID!) { updateProject(id: $id, version: 1, patch: { name: "改" }) { id } }
`);
export const ANY_DELETE_PERSON = typed(`mutation EntityAnyDeletePerson($id: ID!) { deletePerson(id: $id, version: 1) { id } }`);
export const ANY_DELETE_ORGANIZATION = typed(
  `mutation EntityAnyDeleteOrganization($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }`,
);
export const ANY_DELETE_PROJECT = typed(`mutation EntityAnyDeleteProject($id: ID!) { deleteProject(id: $id, version: 1) { id } }`);
export const ANY_RESTORE_PERSON = typed(`mutation EntityAnyRestorePerson($id: ID!) { restorePerson(id: $id, version: 1) { id } }`);
export const ANY_RESTORE_ORGANIZATION = typed(
  `mutation EntityAnyRestoreOrganization($id: ID!) { restoreOrganization(id: $id, version: 1) { id } }`,
);
export const ANY_RESTORE_PROJECT = typed(`mutation EntityAnyRestoreProject($id: ID!) { restoreProject(id: $id, version: 1) { id } }`);
export const ANY_MERGE_PEOPLE = typed(
  `mutation EntityAnyMergePeople($keep: ID!, $duplicate: ID!) { mergePeople(keep: $keep, duplicate: $duplicate) { id } }`,
);
export const ANY_MERGE_ORGANIZATIONS = typed(`
  mutation EntityAnyMergeOrganizations($keep: ID!, $duplicate: ID!) { mergeOrganizations(keep: $keep, duplicate: $duplicate) { id } }
`);
export const ANY_LINK = typed(`mutation EntityAnyLink($input: LinkInput!) { link(input: $input) { type } }`);
export const ANY_UNLINK = typed(`mutation EntityAnyUnlink($input: LinkInput!) { unlink(input: $input) { type } }`);
export const ANY_CREATE_ACCOUNT = typed(`
  mutation EntityAnyCreateAccount {
    createAccount(input: { email: "n@example.org", password: "long enough pw", displayName: "n", role: ADMIN }) { id }
  }
`);
