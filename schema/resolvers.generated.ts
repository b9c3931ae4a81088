/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { accounts as Query_accounts } from './account/resolvers/Query/accounts.js';
import    { auditLog as Query_auditLog } from './curation/resolvers/Query/auditLog.js';
import    { csrfToken as Query_csrfToken } from './account/resolvers/Query/csrfToken.js';
import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { libraries as Query_libraries } from './account/resolvers/Query/libraries.js';
import    { matchPolicies as Query_matchPolicies } from './matching/resolvers/Query/matchPolicies.js';
import    { me as Query_me } from './account/resolvers/Query/me.js';
import    { neighbourhood as Query_neighbourhood } from './explore/resolvers/Query/neighbourhood.js';
import    { organization as Query_organization } from './curation/resolvers/Query/organization.js';
import    { organizations as Query_organizations } from './curation/resolvers/Query/organizations.js';
import    { paths as Query_paths } from './explore/resolvers/Query/paths.js';
import    { people as Query_people } from './curation/resolvers/Query/people.js';
import    { person as Query_person } from './curation/resolvers/Query/person.js';
import    { policyConditions as Query_policyConditions } from './matching/resolvers/Query/policyConditions.js';
import    { project as Query_project } from './curation/resolvers/Query/project.js';
import    { projects as Query_projects } from './curation/resolvers/Query/projects.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { search as Query_search } from './explore/resolvers/Query/search.js';
import    { suggestPolicyConditions as Query_suggestPolicyConditions } from './matching/resolvers/Query/suggestPolicyConditions.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { createAccount as Mutation_createAccount } from './account/resolvers/Mutation/createAccount.js';
import    { createOrganization as Mutation_createOrganization } from './curation/resolvers/Mutation/createOrganization.js';
import    { createPerson as Mutation_createPerson } from './curation/resolvers/Mutation/createPerson.js';
import    { createProject as Mutation_createProject } from './curation/resolvers/Mutation/createProject.js';
import    { deleteOrganization as Mutation_deleteOrganization } from './curation/resolvers/Mutation/deleteOrganization.js';
import    { deletePerson as Mutation_deletePerson } from './curation/resolvers/Mutation/deletePerson.js';
import    { deleteProject as Mutation_deleteProject } from './curation/resolvers/Mutation/deleteProject.js';
import    { link as Mutation_link } from './curation/resolvers/Mutation/link.js';
import    { login as Mutation_login } from './account/resolvers/Mutation/login.js';
import    { logout as Mutation_logout } from './account/resolvers/Mutation/logout.js';
import    { mergeOrganizations as Mutation_mergeOrganizations } from './curation/resolvers/Mutation/mergeOrganizations.js';
import    { mergePeople as Mutation_mergePeople } from './curation/resolvers/Mutation/mergePeople.js';
import    { register as Mutation_register } from './account/resolvers/Mutation/register.js';
import    { restoreOrganization as Mutation_restoreOrganization } from './curation/resolvers/Mutation/restoreOrganization.js';
import    { restorePerson as Mutation_restorePerson } from './curation/resolvers/Mutation/restorePerson.js';
import    { restoreProject as Mutation_restoreProject } from './curation/resolvers/Mutation/restoreProject.js';
import    { setPolicyConditions as Mutation_setPolicyConditions } from './matching/resolvers/Mutation/setPolicyConditions.js';
import    { unlink as Mutation_unlink } from './curation/resolvers/Mutation/unlink.js';
import    { updateOrganization as Mutation_updateOrganization } from './curation/resolvers/Mutation/updateOrganization.js';
import    { updatePerson as Mutation_updatePerson } from './curation/resolvers/Mutation/updatePerson.js';
import    { updateProject as Mutation_updateProject } from './curation/resolvers/Mutation/updateProject.js';
import    { Account } from './account/resolvers/Account.js';
import    { AuditConnection } from './curation/resolvers/AuditConnection.js';
import    { AuditEntry } from './curation/resolvers/AuditEntry.js';
import    { AuthPayload } from './account/resolvers/AuthPayload.js';
import    { GraphEdge } from './explore/resolvers/GraphEdge.js';
import    { GraphNode } from './explore/resolvers/GraphNode.js';
import    { GraphPath } from './explore/resolvers/GraphPath.js';
import    { Industry } from './industry/resolvers/Industry.js';
import    { IndustryClassification } from './industry/resolvers/IndustryClassification.js';
import    { Library } from './account/resolvers/Library.js';
import    { Link } from './curation/resolvers/Link.js';
import    { Neighbourhood } from './explore/resolvers/Neighbourhood.js';
import    { OfficialDocument } from './industry/resolvers/OfficialDocument.js';
import    { Organization } from './curation/resolvers/Organization.js';
import    { OrganizationConnection } from './curation/resolvers/OrganizationConnection.js';
import    { PageInfo } from './curation/resolvers/PageInfo.js';
import    { Person } from './curation/resolvers/Person.js';
import    { PersonConnection } from './curation/resolvers/PersonConnection.js';
import    { PolicyConditions } from './matching/resolvers/PolicyConditions.js';
import    { PolicyConditionsSuggestion } from './matching/resolvers/PolicyConditionsSuggestion.js';
import    { PolicyMatch } from './matching/resolvers/PolicyMatch.js';
import    { Project } from './curation/resolvers/Project.js';
import    { ProjectConnection } from './curation/resolvers/ProjectConnection.js';
import    { Provenance } from './curation/resolvers/Provenance.js';
import    { Region } from './industry/resolvers/Region.js';
import    { SearchHit } from './explore/resolvers/SearchHit.js';
import    { SearchResults } from './explore/resolvers/SearchResults.js';
import    { SearchEntity } from './explore/resolvers/SearchEntity.js';
    export const resolvers: Resolvers = {
      Query: { accounts: Query_accounts,auditLog: Query_auditLog,csrfToken: Query_csrfToken,industries: Query_industries,industry: Query_industry,libraries: Query_libraries,matchPolicies: Query_matchPolicies,me: Query_me,neighbourhood: Query_neighbourhood,organization: Query_organization,organizations: Query_organizations,paths: Query_paths,people: Query_people,person: Query_person,policyConditions: Query_policyConditions,project: Query_project,projects: Query_projects,regions: Query_regions,search: Query_search,suggestPolicyConditions: Query_suggestPolicyConditions,version: Query_version },
      Mutation: { createAccount: Mutation_createAccount,createOrganization: Mutation_createOrganization,createPerson: Mutation_createPerson,createProject: Mutation_createProject,deleteOrganization: Mutation_deleteOrganization,deletePerson: Mutation_deletePerson,deleteProject: Mutation_deleteProject,link: Mutation_link,login: Mutation_login,logout: Mutation_logout,mergeOrganizations: Mutation_mergeOrganizations,mergePeople: Mutation_mergePeople,register: Mutation_register,restoreOrganization: Mutation_restoreOrganization,restorePerson: Mutation_restorePerson,restoreProject: Mutation_restoreProject,setPolicyConditions: Mutation_setPolicyConditions,unlink: Mutation_unlink,updateOrganization: Mutation_updateOrganization,updatePerson: Mutation_updatePerson,updateProject: Mutation_updateProject },
      
      Account: Account,
AuditConnection: AuditConnection,
AuditEntry: AuditEntry,
AuthPayload: AuthPayload,
GraphEdge: GraphEdge,
GraphNode: GraphNode,
GraphPath: GraphPath,
Industry: Industry,
IndustryClassification: IndustryClassification,
Library: Library,
Link: Link,
Neighbourhood: Neighbourhood,
OfficialDocument: OfficialDocument,
Organization: Organization,
OrganizationConnection: OrganizationConnection,
PageInfo: PageInfo,
Person: Person,
PersonConnection: PersonConnection,
PolicyConditions: PolicyConditions,
PolicyConditionsSuggestion: PolicyConditionsSuggestion,
PolicyMatch: PolicyMatch,
Project: Project,
ProjectConnection: ProjectConnection,
Provenance: Provenance,
Region: Region,
SearchHit: SearchHit,
SearchResults: SearchResults,
SearchEntity: SearchEntity
    }