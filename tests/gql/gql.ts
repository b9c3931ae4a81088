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
    "mutation AccountRegister($input: RegisterInput!) { register(input: $input) { message } }": typeof types.AccountRegisterDocument,
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
    "\n  query CachePolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      version\n      industries {\n        code\n      }\n    }\n  }\n": typeof types.CachePolicyDetailDocument,
    "\n  query CachePolicyList($industry: ID) {\n    policies(filter: { industry: $industry }, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CachePolicyListDocument,
    "\n  mutation CachePolicyUpdate($id: ID!, $v: Int!, $title: String!) {\n    updatePolicy(id: $id, version: $v, patch: { title: $title }) {\n      id\n      version\n    }\n  }\n": typeof types.CachePolicyUpdateDocument,
    "\n  mutation CachePolicyDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      id\n      version\n    }\n  }\n": typeof types.CachePolicyDeleteDocument,
    "\n  query CacheNewsOfSource($source: ID!) {\n    news(filter: { source: $source }, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CacheNewsOfSourceDocument,
    "\n  query BudgetOverviewProbe {\n    budgetOverview(fiscalYear: \"FY2026\") {\n      budgets {\n        fundCode\n        availableFen\n      }\n    }\n  }\n": typeof types.BudgetOverviewProbeDocument,
    "\n  query DocumentListPage($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          keywords\n          year\n          journal\n          importJob {\n            id\n            fileName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DocumentListPageDocument,
    "\n  query DocumentSearch($query: String!, $mode: DocumentSearchMode, $first: Int, $after: String, $filter: DocumentFilter) {\n    searchDocuments(query: $query, mode: $mode, first: $first, after: $after, filter: $filter) {\n      mode\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        score\n        node {\n          id\n          title\n          keywords\n          year\n        }\n      }\n    }\n  }\n": typeof types.DocumentSearchDocument,
    "\n  query DocumentListProvenance {\n    documents(first: 40) {\n      edges {\n        node {\n          provenance {\n            line\n            importJob {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DocumentListProvenanceDocument,
    "\n  query DocumentUnknownIds {\n    document(id: \"nope\") {\n      id\n    }\n    importJob(id: \"nope\") {\n      id\n    }\n  }\n": typeof types.DocumentUnknownIdsDocument,
    "\n  query DocumentProvenanceOf($id: ID!) {\n    document(id: $id) {\n      provenance {\n        added\n        line\n        sourceId\n        matchedBy\n        importJob {\n          id\n          fileName\n          importedBy\n          database\n        }\n      }\n    }\n  }\n": typeof types.DocumentProvenanceOfDocument,
    "\n  query DocumentImportJobs($first: Int, $after: String) {\n    importJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          added\n          duplicates\n          rejected\n          error\n        }\n      }\n    }\n  }\n": typeof types.DocumentImportJobsDocument,
    "\n  query DocumentImportJobRejected($id: ID!) {\n    importJob(id: $id) {\n      added\n      importedBy\n      rejectedLines {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.DocumentImportJobRejectedDocument,
    "\n  query DocumentImportJobDuplicates($id: ID!) {\n    importJob(id: $id) {\n      duplicates\n      database\n      duplicateRecords {\n        line\n        matchedBy\n        duplicateOf {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.DocumentImportJobDuplicatesDocument,
    "\n  mutation DocumentImportFiles($files: [LiteratureFileInput!]!, $db: String) {\n    importLiteratureFiles(files: $files, database: $db) {\n      id\n      fileName\n      status\n      added\n      merged\n      mergedRecords {\n        line\n        intoLine\n        matchedBy\n        fields\n      }\n      importedBy\n      database\n      recognised {\n        format\n        encoding\n        databases\n        documentTypes {\n          type\n          count\n        }\n        headerLines\n      }\n      warningLines {\n        line\n        message\n      }\n    }\n  }\n": typeof types.DocumentImportFilesDocument,
    "\n  query DocumentHistoryOf($id: ID!) {\n    document(id: $id) {\n      type\n      history(first: 5) {\n        edges {\n          node {\n            action\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.DocumentHistoryOfDocument,
    "\n  query EmbeddingJobById($id: ID!) {\n    embeddingJob(id: $id) {\n      ...EmbeddingJobFields\n    }\n  }\n\n  fragment EmbeddingJobFields on EmbeddingJob {\n    id\n    state\n    modelId\n    total\n    done\n    cached\n    finishedAt\n    error\n  }\n": typeof types.EmbeddingJobByIdDocument,
    "\n  query EmbeddingJobList {\n    embeddingJobs {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EmbeddingJobListDocument,
    "\n  mutation EmbeddingEmbed($ids: [ID!]) {\n    embedDocuments(ids: $ids) {\n      id\n      state\n      modelId\n      total\n      done\n      cached\n      finishedAt\n      error\n    }\n  }\n": typeof types.EmbeddingEmbedDocument,
    "\n  query EmbeddingSemanticSearch($query: String!, $first: Int) {\n    semanticSearch(query: $query, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          documentId\n          title\n          score\n        }\n      }\n    }\n  }\n": typeof types.EmbeddingSemanticSearchDocument,
    "\n  query EmbeddingDocumentSearch($q: String!, $mode: DocumentSearchMode, $filter: DocumentFilter) {\n    searchDocuments(query: $q, mode: $mode, first: 4, filter: $filter) {\n      mode\n      totalCount\n      edges {\n        score\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EmbeddingDocumentSearchDocument,
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
    "\n  query ExportLinks($job: ID!) {\n    industry(code: \"jx-new-energy\") {\n      documentsExportUrl(format: BIBTEX)\n      policyFeedUrl\n    }\n    importJob(id: $job) {\n      exportUrl(format: CSV)\n    }\n  }\n": typeof types.ExportLinksDocument,
    "\n  query ExportSearchLink($query: String!) {\n    searchDocuments(query: $query) {\n      exportUrl(format: CSV)\n    }\n  }\n": typeof types.ExportSearchLinkDocument,
    "\n  query IndustryList($parent: ID, $region: ID) {\n    industries(parent: $parent, region: $region) {\n      ...IndustryFields\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n": typeof types.IndustryListDocument,
    "\n  query IndustryListWithChildren {\n    industries {\n      ...IndustryFields\n      children {\n        ...IndustryFields\n      }\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n": typeof types.IndustryListWithChildrenDocument,
    "\n  query IndustryByCode($code: ID!) {\n    industry(code: $code) {\n      ...IndustryFields\n      parent {\n        ...IndustryFields\n      }\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n": typeof types.IndustryByCodeDocument,
    "\n  query IndustryCodeById($code: ID!) {\n    industry(code: $code) {\n      code\n    }\n  }\n": typeof types.IndustryCodeByIdDocument,
    "\n  query IndustryRegionCounties {\n    regions(level: COUNTY) {\n      name\n      parent {\n        name\n      }\n    }\n  }\n": typeof types.IndustryRegionCountiesDocument,
    "\n  query IndustryCodesOfRegion($region: ID) {\n    industries(region: $region) {\n      code\n    }\n  }\n": typeof types.IndustryCodesOfRegionDocument,
    "\n  mutation LearningApiCreate($input: LearningPathInput!) {\n    createLearningPath(input: $input) {\n      id\n      slug\n      version\n      status\n    }\n  }\n": typeof types.LearningApiCreateDocument,
    "\n  mutation LearningApiPublish($id: ID!, $version: Int!) {\n    publishLearningPath(id: $id, version: $version, published: true) {\n      version\n      status\n    }\n  }\n": typeof types.LearningApiPublishDocument,
    "\n  mutation LearningApiUpdate($id: ID!, $version: Int!, $input: LearningPathInput!) {\n    updateLearningPath(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n": typeof types.LearningApiUpdateDocument,
    "\n  query LearningApiFind($query: String, $industry: ID, $key: ID!, $code: ID!) {\n    learningPaths(query: $query, industry: $industry, first: 5) {\n      totalCount\n      edges {\n        node {\n          slug\n          industry {\n            code\n          }\n        }\n      }\n    }\n    learningPath(key: $key) {\n      title\n      steps {\n        position\n        kind\n        url\n        note\n      }\n    }\n    industryLibrary(code: $code) {\n      learningPaths {\n        slug\n      }\n    }\n  }\n": typeof types.LearningApiFindDocument,
    "\n  query LibraryOverview($code: ID!) {\n    industryLibrary(code: $code) {\n      industry {\n        name\n      }\n      counts {\n        documents\n        topics\n        policiesInForce\n        news\n        organizations\n      }\n      topics {\n        totalCount\n        edges {\n          node {\n            id\n            trend {\n              year\n              count\n            }\n          }\n        }\n      }\n      policies {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      news {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      organizations {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      graph(limit: 30) {\n        nodes {\n          id\n        }\n      }\n      feedUrl\n    }\n  }\n": typeof types.LibraryOverviewDocument,
    "\n  query LibraryDocumentsOfIndustry($code: ID!, $filter: LibraryDocumentFilter, $query: String!) {\n    industryLibrary(code: $code) {\n      documents(first: 50, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            year\n          }\n        }\n      }\n      searchDocuments(query: $query, filter: $filter) {\n        totalCount\n        exportUrl(format: CSV)\n      }\n      facets {\n        years {\n          value\n        }\n        journals {\n          count\n        }\n        topics {\n          topic {\n            id\n          }\n          count\n        }\n      }\n      exportUrl(format: RIS, filter: $filter)\n    }\n  }\n": typeof types.LibraryDocumentsOfIndustryDocument,
    "\n  query LibraryCounties {\n    regions(level: COUNTY) {\n      code\n      name\n      signatureIndustries {\n        code\n        name\n        library {\n          counts {\n            documents\n            policiesInForce\n            news\n          }\n        }\n      }\n    }\n  }\n": typeof types.LibraryCountiesDocument,
    "\n  query LibraryHotTopics($code: ID!, $window: HotTopicWindow) {\n    industryLibrary(code: $code) {\n      hotTopics(window: $window) {\n        term\n        count\n        score\n        mentions {\n          kind\n          id\n        }\n      }\n    }\n    hotTopics(window: $window, limit: 5) {\n      term\n    }\n  }\n": typeof types.LibraryHotTopicsDocument,
    "\n  query LibrarySections($code: ID!, $limit: Int!) {\n    industryLibrary(code: $code) {\n      industry {\n        code\n      }\n      counts {\n        topics\n        topicsInReview\n      }\n      facets(limit: $limit) {\n        years {\n          value\n        }\n      }\n      topics {\n        totalCount\n      }\n    }\n  }\n": typeof types.LibrarySectionsDocument,
    "\n  query LibraryUnknown {\n    industryLibrary(code: \"jx-nothing\") {\n      feedUrl\n    }\n  }\n": typeof types.LibraryUnknownDocument,
    "\n  query TrendTopicBursts($code: ID!) {\n    hotTopics(source: TOPICS, window: WEEK) {\n      term\n      count\n      topic {\n        id\n        label\n      }\n    }\n    industryLibrary(code: $code) {\n      hotTopics(source: TOPICS) {\n        topic {\n          id\n        }\n        mentions {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TrendTopicBurstsDocument,
    "\n  mutation PolicyCurationCreate($i: PolicyInput!) {\n    createPolicy(input: $i) {\n      id\n      title\n      documentNumber\n      validity\n      level\n      url\n      version\n      deleted\n      region {\n        code\n      }\n      revisions {\n        number\n      }\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationCreateDocument,
    "\n  query PolicyCurationView($id: ID!) {\n    policy(id: $id) {\n      title\n      html\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationViewDocument,
    "\n  query PolicyCurationHistory($id: ID!, $first: Int) {\n    policy(id: $id) {\n      history(first: $first) {\n        edges {\n          node {\n            action\n            entityType\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationHistoryDocument,
    "\n  query PolicyCurationAuditByActor($a: ID!) {\n    auditLog(actor: $a) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationAuditByActorDocument,
    "\n  query PolicyCurationLastAudit($id: ID!) {\n    auditLog(entityId: $id, first: 1) {\n      edges {\n        node {\n          action\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationLastAuditDocument,
    "\n  mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      title\n      version\n      curatedFields\n    }\n  }\n": typeof types.PolicyCurationUpdateDocument,
    "\n  query PolicyCurationVersion($id: ID!) {\n    policy(id: $id) {\n      version\n      title\n    }\n  }\n": typeof types.PolicyCurationVersionDocument,
    "\n  query PolicyCurationCurated($id: ID!) {\n    policy(id: $id) {\n      validity\n      category\n      version\n    }\n  }\n": typeof types.PolicyCurationCuratedDocument,
    "\n  mutation PolicyCurationDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": typeof types.PolicyCurationDeleteDocument,
    "\n  mutation PolicyCurationRestore($id: ID!, $v: Int!) {\n    restorePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": typeof types.PolicyCurationRestoreDocument,
    "\n  mutation PolicyCurationLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      fromId\n      toId\n      deleted\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationLinkDocument,
    "\n  mutation PolicyCurationUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      deleted\n    }\n  }\n": typeof types.PolicyCurationUnlinkDocument,
    "\n  mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n    }\n  }\n": typeof types.PolicyCurationConditionsDocument,
    "\n  query PolicyCurationConditionsOf($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n    }\n  }\n": typeof types.PolicyCurationConditionsOfDocument,
    "\n  query PolicyCurationVisible($id: ID!, $p: CompanyProfile!) {\n    policy(id: $id) {\n      deleted\n    }\n    policies(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    search(query: \"软删除验证\", kinds: [POLICY]) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    neighbourhood(id: $id) {\n      nodes {\n        id\n      }\n    }\n    matchPolicies(profile: $p) {\n      edges {\n        node {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationVisibleDocument,
    "\n  query PolicyCurationWithDeleted {\n    policies(first: 100, filter: { includeDeleted: true }) {\n      edges {\n        node {\n          id\n          deleted\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationWithDeletedDocument,
    "\n  query PolicyCurationWithDeletedPage {\n    policies(filter: { includeDeleted: true }) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PolicyCurationWithDeletedPageDocument,
    "\n  mutation PolicyCurationCreateIssuer {\n    createOrganization(input: { name: \"海宁市科学技术局\", kind: GOVERNMENT }) {\n      id\n    }\n  }\n": typeof types.PolicyCurationCreateIssuerDocument,
    "\n  query PolicyCurationLinked($id: ID!) {\n    policy(id: $id) {\n      level\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n      }\n      links {\n        kind\n        direction\n        policy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationLinkedDocument,
    "\n  query PolicyCurationLinkKinds($id: ID!) {\n    policy(id: $id) {\n      links {\n        kind\n      }\n    }\n  }\n": typeof types.PolicyCurationLinkKindsDocument,
    "\n  query NewsCurationMentions($id: ID!) {\n    newsItem(id: $id) {\n      mentions {\n        id\n        kind\n        name\n      }\n    }\n  }\n": typeof types.NewsCurationMentionsDocument,
    "\n  mutation PolicyCurationCreatePerson {\n    createPerson(input: { name: \"历史测试\" }) {\n      id\n    }\n  }\n": typeof types.PolicyCurationCreatePersonDocument,
    "\n  query PolicyCurationHistories($p: ID!, $e: ID!) {\n    policy(id: $p) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n    person(id: $e) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationHistoriesDocument,
    "\n  query PolicyCurationPersonHistory($e: ID!) {\n    person(id: $e) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationPersonHistoryDocument,
    "\n  query PolicyCurationPolicyHistory($p: ID!) {\n    policy(id: $p) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyCurationPolicyHistoryDocument,
    "\n  mutation PolicyCurationCrossLink($i: LinkInput!) { link(input: $i) { type deleted pending } }\n": typeof types.PolicyCurationCrossLinkDocument,
    "\n  mutation PolicyCurationAcceptLink($i: LinkInput!) { acceptLink(input: $i) { type deleted pending } }\n": typeof types.PolicyCurationAcceptLinkDocument,
    "\n  mutation PolicyCurationDeclineLink($i: LinkInput!) { declineLink(input: $i) { type deleted pending } }\n": typeof types.PolicyCurationDeclineLinkDocument,
    "\n  query PolicyCurationPendingLinks($first: Int, $after: String) {\n    pendingLinks(first: $first, after: $after) {\n      edges { node { type fromId fromTitle fromLibrary toId toTitle requestedBy requestedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PolicyCurationPendingLinksDocument,
    "\n  query MatchingPolicies($p: CompanyProfile!, $first: Int, $after: String) {\n    matchPolicies(profile: $p, first: $first, after: $after) {\n      edges {\n        node {\n          policy {\n            id\n            label\n          }\n          status\n          reasons\n          missing\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MatchingPoliciesDocument,
    "\n  mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n      minRdStaff\n      qualifications\n    }\n  }\n": typeof types.MatchingSetConditionsDocument,
    "\n  query MatchingConditions($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n      qualifications\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": typeof types.MatchingConditionsDocument,
    "\n  query MatchingSuggestConditions($id: ID!) {\n    suggestPolicyConditions(policyId: $id) {\n      minRdStaff\n      qualifications\n      evidence\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": typeof types.MatchingSuggestConditionsDocument,
    "\n  query MatchingPoliciesInForce($f: Boolean) {\n    policies(first: 50, filter: { inForce: $f }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatchingPoliciesInForceDocument,
    "\n  query PolicyRecrawlRead($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      validity\n      expiryDate\n      category\n      text\n      version\n      curatedFields\n      revision\n      revisions {\n        number\n        title\n      }\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PolicyRecrawlReadDocument,
    "\n  mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      version\n      expiryDate\n      curatedFields\n      region {\n        code\n      }\n    }\n  }\n": typeof types.PolicyRecrawlUpdateDocument,
    "\n  mutation PolicyRecrawlLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": typeof types.PolicyRecrawlLinkDocument,
    "\n  mutation PolicyRecrawlUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": typeof types.PolicyRecrawlUnlinkDocument,
    "\n  mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": typeof types.PolicyRecrawlCreateOrganizationDocument,
    "\n  query PolicyRecrawlOrganization($id: ID!) {\n    organization(id: $id) {\n      name\n      version\n      deleted\n      aliases\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyRecrawlOrganizationDocument,
    "\n  mutation PolicyRecrawlEditOrganization($id: ID!) {\n    updateOrganization(id: $id, version: 1, patch: { aliases: [\"市政府\"], kind: GOVERNMENT }) {\n      version\n      aliases\n    }\n  }\n": typeof types.PolicyRecrawlEditOrganizationDocument,
    "\n  query PolicyRecrawlOrganizations {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyRecrawlOrganizationsDocument,
    "\n  mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {\n    mergeOrganizations(keep: $k, duplicate: $d) {\n      aliases\n    }\n  }\n": typeof types.PolicyRecrawlMergeOrganizationsDocument,
    "\n  mutation PurchaseAccessTill($card: String!, $isbn: String!) {\n    purchaseAtTill(cardNumber: $card, isbn: $isbn) { created request { id status } refusals { rule message } }\n  }\n": typeof types.PurchaseAccessTillDocument,
    "mutation PurchaseAccessPickup($id: ID!) { confirmPurchasePickup(request: $id) { id status } }": typeof types.PurchaseAccessPickupDocument,
    "mutation PurchaseAccessReview($id: ID!) { reviewPurchase(request: $id, approve: true) { id status } }": typeof types.PurchaseAccessReviewDocument,
    "mutation PurchaseAccessReturn($id: ID!) { returnPurchase(request: $id) { id status } }": typeof types.PurchaseAccessReturnDocument,
    "query PurchaseAccessOne($id: ID!) { purchaseRequest(id: $id) { id status timeline { to } } }": typeof types.PurchaseAccessOneDocument,
    "query PurchaseAccessMine { myPurchaseRequests { edges { node { id } } } }": typeof types.PurchaseAccessMineDocument,
    "mutation PurchaseAccessAsk($isbn: String!, $store: ID!) { requestPurchase(isbn: $isbn, store: $store) { request { id } } }": typeof types.PurchaseAccessAskDocument,
    "query PurchaseAccessQueue($library: ID!) { purchaseRequests(library: $library, statuses: [UNDER_REVIEW]) { edges { node { id } } } }": typeof types.PurchaseAccessQueueDocument,
    "\n  mutation PurchaseAccessRules($library: ID!, $version: Int!, $input: PurchaseRulesInput!) {\n    updatePurchaseRules(library: $library, version: $version, input: $input) { version }\n  }\n": typeof types.PurchaseAccessRulesDocument,
    "query PurchaseAccessCheck($isbn: String!) { purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } } }": typeof types.PurchaseAccessCheckDocument,
    "\n  mutation PurchaseImportHoldings($file: PurchaseFileInput!, $library: ID) {\n    importPurchaseHoldings(file: $file, library: $library) { format booksAdded booksUpdated holdings rejected { line message } }\n  }\n": typeof types.PurchaseImportHoldingsDocument,
    "\n  query PurchaseHoldingsCheck($isbn: String!) {\n    purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } book { title allianceCopies holdings { library { id } copies } } }\n  }\n": typeof types.PurchaseHoldingsCheckDocument,
    "query ReliabilityIndustries { industries { code } }": typeof types.ReliabilityIndustriesDocument,
    "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n": typeof types.WebCliIndustriesDocument,
    "\n  mutation CrawlSourceNow($id: ID!) {\n    crawlSource(id: $id) {\n      sourceId\n      skippedBecause\n      disabled\n      run {\n        status\n        fetched\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n": typeof types.CrawlSourceNowDocument,
    "\n  mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {\n    setSourceEnabled(id: $id, enabled: $on, reason: $why) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": typeof types.SourceSwitchDocument,
    "\n  mutation SourceRemove($id: ID!) {\n    removeSource(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.SourceRemoveDocument,
    "\n  query SourceAuditLog($id: ID!) {\n    auditLog(entityId: $id, first: 10) {\n      edges {\n        node {\n          action\n          entityType\n          before\n          after\n          actor {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.SourceAuditLogDocument,
    "\n  query CrawledPolicies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      edges {\n        node {\n        id\n        title\n        documentNumber\n        validity\n        level\n        region {\n          code\n        }\n        industries {\n          code\n        }\n        issuerOrganization {\n          name\n        }\n        revisions {\n          number\n        }\n        attachments {\n          format\n        }\n        links {\n          kind\n          direction\n          policy {\n            documentNumber\n          }\n        }\n        source {\n          id\n        }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrawledPoliciesDocument,
    "\n  query CrawledPoliciesNext($after: String) {\n    policies(first: 2, after: $after) {\n      edges {\n        node {\n          documentNumber\n          links {\n            kind\n            direction\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CrawledPoliciesNextDocument,
    "\n  query CrawledPoliciesFiltered($filter: PolicyFilter) {\n    policies(filter: $filter) {\n      edges {\n        node {\n          documentNumber\n        }\n      }\n    }\n  }\n": typeof types.CrawledPoliciesFilteredDocument,
    "\n  query CrawledPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n      revisions {\n        number\n        title\n        validity\n      }\n    }\n  }\n": typeof types.CrawledPolicyDocument,
    "\n  query CrawledNews($filter: NewsFilter) {\n    news(filter: $filter) {\n      edges {\n        node {\n          title\n          level\n          mentions {\n            id\n            kind\n          }\n          source {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrawledNewsDocument,
    "\n  query SourceHealthList {\n    sources {\n      edges {\n        node {\n          id\n          kind\n          itemType\n          errorCount\n          lastCheckedAt\n          runs(first: 3) {\n            edges {\n              node {\n                status\n                new\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SourceHealthListDocument,
    "\n  query CrawlRunsOfSource($source: ID) {\n    crawlRuns(source: $source) {\n      edges {\n        node {\n          sourceId\n          messages\n        }\n      }\n    }\n  }\n": typeof types.CrawlRunsOfSourceDocument,
    "\n  query SourcePage($first: Int, $after: String, $enabled: Boolean) {\n    sources(first: $first, after: $after, enabled: $enabled) {\n      edges {\n        cursor\n        node {\n          id\n          enabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SourcePageDocument,
    "\n  query SourceRunsPage($id: ID!, $first: Int) {\n    source(id: $id) {\n      runs(first: $first) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SourceRunsPageDocument,
    "\n  query CrawlRunPage($source: ID, $first: Int, $after: String) {\n    crawlRuns(source: $source, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          startedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrawlRunPageDocument,
    "\n  query TopicList($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n          label\n          labelSource\n          outlier\n          size\n          keywords {\n            term\n          }\n          representativeDocuments {\n            id\n            title\n          }\n          trend {\n            year\n            count\n          }\n          industry {\n            code\n          }\n          mappingStatus\n          industryCandidates {\n            industry {\n              code\n              name\n            }\n            score\n            keywords\n            documents {\n              id\n            }\n          }\n          documents(first: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopicListDocument,
    "\n  query TopicIdsOfIndustry($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TopicIdsOfIndustryDocument,
    "\n  query TopicOrdered($orderBy: TopicOrder, $first: Int, $after: String) {\n    topics(orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TopicOrderedDocument,
    "\n  query TopicReviewList {\n    topicReviewQueue {\n      edges {\n        node {\n          id\n          mappingStatus\n        }\n      }\n    }\n  }\n": typeof types.TopicReviewListDocument,
    "\n  query TopicById($id: ID!) {\n    topic(id: $id) {\n      id\n    }\n  }\n": typeof types.TopicByIdDocument,
    "\n  mutation TopicRename($id: ID!, $label: String!) {\n    renameTopic(id: $id, label: $label) {\n      id\n      label\n      labelSource\n    }\n  }\n": typeof types.TopicRenameDocument,
    "\n  mutation TopicMap($id: ID!, $industry: String) {\n    mapTopic(id: $id, industry: $industry) {\n      id\n      industry {\n        code\n      }\n      mappingStatus\n    }\n  }\n": typeof types.TopicMapDocument,
    "\n  mutation TopicMerge($source: ID!, $target: ID!) {\n    mergeTopics(source: $source, target: $target) {\n      id\n    }\n  }\n": typeof types.TopicMergeDocument,
    "\n  mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {\n    splitTopic(id: $id, documentIds: $documentIds, label: $label) {\n      id\n    }\n  }\n": typeof types.TopicSplitDocument,
    "\n  query TopicDocumentPages($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      documents(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopicDocumentPagesDocument,
    "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n": typeof types.WebPagesSetConditionsDocument,
    "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n": typeof types.WebWorkbenchPersonDocument,
    "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.WebWorkbenchCreatePersonDocument,
    "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n": typeof types.WebWorkbenchUpdatePersonDocument,
    "\n  mutation WebWorkbenchCrossLink($input: LinkInput!) {\n    link(input: $input) {\n      pending\n    }\n  }\n": typeof types.WebWorkbenchCrossLinkDocument,
};
const documents: Documents = {
    "query AccountLibraries { libraries { id name region { name } } }": types.AccountLibrariesDocument,
    "mutation AccountRegister($input: RegisterInput!) { register(input: $input) { message } }": types.AccountRegisterDocument,
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
    "\n  query CachePolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      version\n      industries {\n        code\n      }\n    }\n  }\n": types.CachePolicyDetailDocument,
    "\n  query CachePolicyList($industry: ID) {\n    policies(filter: { industry: $industry }, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CachePolicyListDocument,
    "\n  mutation CachePolicyUpdate($id: ID!, $v: Int!, $title: String!) {\n    updatePolicy(id: $id, version: $v, patch: { title: $title }) {\n      id\n      version\n    }\n  }\n": types.CachePolicyUpdateDocument,
    "\n  mutation CachePolicyDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      id\n      version\n    }\n  }\n": types.CachePolicyDeleteDocument,
    "\n  query CacheNewsOfSource($source: ID!) {\n    news(filter: { source: $source }, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CacheNewsOfSourceDocument,
    "\n  query BudgetOverviewProbe {\n    budgetOverview(fiscalYear: \"FY2026\") {\n      budgets {\n        fundCode\n        availableFen\n      }\n    }\n  }\n": types.BudgetOverviewProbeDocument,
    "\n  query DocumentListPage($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          keywords\n          year\n          journal\n          importJob {\n            id\n            fileName\n          }\n        }\n      }\n    }\n  }\n": types.DocumentListPageDocument,
    "\n  query DocumentSearch($query: String!, $mode: DocumentSearchMode, $first: Int, $after: String, $filter: DocumentFilter) {\n    searchDocuments(query: $query, mode: $mode, first: $first, after: $after, filter: $filter) {\n      mode\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        score\n        node {\n          id\n          title\n          keywords\n          year\n        }\n      }\n    }\n  }\n": types.DocumentSearchDocument,
    "\n  query DocumentListProvenance {\n    documents(first: 40) {\n      edges {\n        node {\n          provenance {\n            line\n            importJob {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DocumentListProvenanceDocument,
    "\n  query DocumentUnknownIds {\n    document(id: \"nope\") {\n      id\n    }\n    importJob(id: \"nope\") {\n      id\n    }\n  }\n": types.DocumentUnknownIdsDocument,
    "\n  query DocumentProvenanceOf($id: ID!) {\n    document(id: $id) {\n      provenance {\n        added\n        line\n        sourceId\n        matchedBy\n        importJob {\n          id\n          fileName\n          importedBy\n          database\n        }\n      }\n    }\n  }\n": types.DocumentProvenanceOfDocument,
    "\n  query DocumentImportJobs($first: Int, $after: String) {\n    importJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          added\n          duplicates\n          rejected\n          error\n        }\n      }\n    }\n  }\n": types.DocumentImportJobsDocument,
    "\n  query DocumentImportJobRejected($id: ID!) {\n    importJob(id: $id) {\n      added\n      importedBy\n      rejectedLines {\n        line\n        reason\n      }\n    }\n  }\n": types.DocumentImportJobRejectedDocument,
    "\n  query DocumentImportJobDuplicates($id: ID!) {\n    importJob(id: $id) {\n      duplicates\n      database\n      duplicateRecords {\n        line\n        matchedBy\n        duplicateOf {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.DocumentImportJobDuplicatesDocument,
    "\n  mutation DocumentImportFiles($files: [LiteratureFileInput!]!, $db: String) {\n    importLiteratureFiles(files: $files, database: $db) {\n      id\n      fileName\n      status\n      added\n      merged\n      mergedRecords {\n        line\n        intoLine\n        matchedBy\n        fields\n      }\n      importedBy\n      database\n      recognised {\n        format\n        encoding\n        databases\n        documentTypes {\n          type\n          count\n        }\n        headerLines\n      }\n      warningLines {\n        line\n        message\n      }\n    }\n  }\n": types.DocumentImportFilesDocument,
    "\n  query DocumentHistoryOf($id: ID!) {\n    document(id: $id) {\n      type\n      history(first: 5) {\n        edges {\n          node {\n            action\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.DocumentHistoryOfDocument,
    "\n  query EmbeddingJobById($id: ID!) {\n    embeddingJob(id: $id) {\n      ...EmbeddingJobFields\n    }\n  }\n\n  fragment EmbeddingJobFields on EmbeddingJob {\n    id\n    state\n    modelId\n    total\n    done\n    cached\n    finishedAt\n    error\n  }\n": types.EmbeddingJobByIdDocument,
    "\n  query EmbeddingJobList {\n    embeddingJobs {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.EmbeddingJobListDocument,
    "\n  mutation EmbeddingEmbed($ids: [ID!]) {\n    embedDocuments(ids: $ids) {\n      id\n      state\n      modelId\n      total\n      done\n      cached\n      finishedAt\n      error\n    }\n  }\n": types.EmbeddingEmbedDocument,
    "\n  query EmbeddingSemanticSearch($query: String!, $first: Int) {\n    semanticSearch(query: $query, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          documentId\n          title\n          score\n        }\n      }\n    }\n  }\n": types.EmbeddingSemanticSearchDocument,
    "\n  query EmbeddingDocumentSearch($q: String!, $mode: DocumentSearchMode, $filter: DocumentFilter) {\n    searchDocuments(query: $q, mode: $mode, first: 4, filter: $filter) {\n      mode\n      totalCount\n      edges {\n        score\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.EmbeddingDocumentSearchDocument,
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
    "\n  query ExportLinks($job: ID!) {\n    industry(code: \"jx-new-energy\") {\n      documentsExportUrl(format: BIBTEX)\n      policyFeedUrl\n    }\n    importJob(id: $job) {\n      exportUrl(format: CSV)\n    }\n  }\n": types.ExportLinksDocument,
    "\n  query ExportSearchLink($query: String!) {\n    searchDocuments(query: $query) {\n      exportUrl(format: CSV)\n    }\n  }\n": types.ExportSearchLinkDocument,
    "\n  query IndustryList($parent: ID, $region: ID) {\n    industries(parent: $parent, region: $region) {\n      ...IndustryFields\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n": types.IndustryListDocument,
    "\n  query IndustryListWithChildren {\n    industries {\n      ...IndustryFields\n      children {\n        ...IndustryFields\n      }\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n": types.IndustryListWithChildrenDocument,
    "\n  query IndustryByCode($code: ID!) {\n    industry(code: $code) {\n      ...IndustryFields\n      parent {\n        ...IndustryFields\n      }\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n": types.IndustryByCodeDocument,
    "\n  query IndustryCodeById($code: ID!) {\n    industry(code: $code) {\n      code\n    }\n  }\n": types.IndustryCodeByIdDocument,
    "\n  query IndustryRegionCounties {\n    regions(level: COUNTY) {\n      name\n      parent {\n        name\n      }\n    }\n  }\n": types.IndustryRegionCountiesDocument,
    "\n  query IndustryCodesOfRegion($region: ID) {\n    industries(region: $region) {\n      code\n    }\n  }\n": types.IndustryCodesOfRegionDocument,
    "\n  mutation LearningApiCreate($input: LearningPathInput!) {\n    createLearningPath(input: $input) {\n      id\n      slug\n      version\n      status\n    }\n  }\n": types.LearningApiCreateDocument,
    "\n  mutation LearningApiPublish($id: ID!, $version: Int!) {\n    publishLearningPath(id: $id, version: $version, published: true) {\n      version\n      status\n    }\n  }\n": types.LearningApiPublishDocument,
    "\n  mutation LearningApiUpdate($id: ID!, $version: Int!, $input: LearningPathInput!) {\n    updateLearningPath(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n": types.LearningApiUpdateDocument,
    "\n  query LearningApiFind($query: String, $industry: ID, $key: ID!, $code: ID!) {\n    learningPaths(query: $query, industry: $industry, first: 5) {\n      totalCount\n      edges {\n        node {\n          slug\n          industry {\n            code\n          }\n        }\n      }\n    }\n    learningPath(key: $key) {\n      title\n      steps {\n        position\n        kind\n        url\n        note\n      }\n    }\n    industryLibrary(code: $code) {\n      learningPaths {\n        slug\n      }\n    }\n  }\n": types.LearningApiFindDocument,
    "\n  query LibraryOverview($code: ID!) {\n    industryLibrary(code: $code) {\n      industry {\n        name\n      }\n      counts {\n        documents\n        topics\n        policiesInForce\n        news\n        organizations\n      }\n      topics {\n        totalCount\n        edges {\n          node {\n            id\n            trend {\n              year\n              count\n            }\n          }\n        }\n      }\n      policies {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      news {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      organizations {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      graph(limit: 30) {\n        nodes {\n          id\n        }\n      }\n      feedUrl\n    }\n  }\n": types.LibraryOverviewDocument,
    "\n  query LibraryDocumentsOfIndustry($code: ID!, $filter: LibraryDocumentFilter, $query: String!) {\n    industryLibrary(code: $code) {\n      documents(first: 50, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            year\n          }\n        }\n      }\n      searchDocuments(query: $query, filter: $filter) {\n        totalCount\n        exportUrl(format: CSV)\n      }\n      facets {\n        years {\n          value\n        }\n        journals {\n          count\n        }\n        topics {\n          topic {\n            id\n          }\n          count\n        }\n      }\n      exportUrl(format: RIS, filter: $filter)\n    }\n  }\n": types.LibraryDocumentsOfIndustryDocument,
    "\n  query LibraryCounties {\n    regions(level: COUNTY) {\n      code\n      name\n      signatureIndustries {\n        code\n        name\n        library {\n          counts {\n            documents\n            policiesInForce\n            news\n          }\n        }\n      }\n    }\n  }\n": types.LibraryCountiesDocument,
    "\n  query LibraryHotTopics($code: ID!, $window: HotTopicWindow) {\n    industryLibrary(code: $code) {\n      hotTopics(window: $window) {\n        term\n        count\n        score\n        mentions {\n          kind\n          id\n        }\n      }\n    }\n    hotTopics(window: $window, limit: 5) {\n      term\n    }\n  }\n": types.LibraryHotTopicsDocument,
    "\n  query LibrarySections($code: ID!, $limit: Int!) {\n    industryLibrary(code: $code) {\n      industry {\n        code\n      }\n      counts {\n        topics\n        topicsInReview\n      }\n      facets(limit: $limit) {\n        years {\n          value\n        }\n      }\n      topics {\n        totalCount\n      }\n    }\n  }\n": types.LibrarySectionsDocument,
    "\n  query LibraryUnknown {\n    industryLibrary(code: \"jx-nothing\") {\n      feedUrl\n    }\n  }\n": types.LibraryUnknownDocument,
    "\n  query TrendTopicBursts($code: ID!) {\n    hotTopics(source: TOPICS, window: WEEK) {\n      term\n      count\n      topic {\n        id\n        label\n      }\n    }\n    industryLibrary(code: $code) {\n      hotTopics(source: TOPICS) {\n        topic {\n          id\n        }\n        mentions {\n          id\n        }\n      }\n    }\n  }\n": types.TrendTopicBurstsDocument,
    "\n  mutation PolicyCurationCreate($i: PolicyInput!) {\n    createPolicy(input: $i) {\n      id\n      title\n      documentNumber\n      validity\n      level\n      url\n      version\n      deleted\n      region {\n        code\n      }\n      revisions {\n        number\n      }\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationCreateDocument,
    "\n  query PolicyCurationView($id: ID!) {\n    policy(id: $id) {\n      title\n      html\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationViewDocument,
    "\n  query PolicyCurationHistory($id: ID!, $first: Int) {\n    policy(id: $id) {\n      history(first: $first) {\n        edges {\n          node {\n            action\n            entityType\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.PolicyCurationHistoryDocument,
    "\n  query PolicyCurationAuditByActor($a: ID!) {\n    auditLog(actor: $a) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n": types.PolicyCurationAuditByActorDocument,
    "\n  query PolicyCurationLastAudit($id: ID!) {\n    auditLog(entityId: $id, first: 1) {\n      edges {\n        node {\n          action\n          before\n          after\n        }\n      }\n    }\n  }\n": types.PolicyCurationLastAuditDocument,
    "\n  mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      title\n      version\n      curatedFields\n    }\n  }\n": types.PolicyCurationUpdateDocument,
    "\n  query PolicyCurationVersion($id: ID!) {\n    policy(id: $id) {\n      version\n      title\n    }\n  }\n": types.PolicyCurationVersionDocument,
    "\n  query PolicyCurationCurated($id: ID!) {\n    policy(id: $id) {\n      validity\n      category\n      version\n    }\n  }\n": types.PolicyCurationCuratedDocument,
    "\n  mutation PolicyCurationDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": types.PolicyCurationDeleteDocument,
    "\n  mutation PolicyCurationRestore($id: ID!, $v: Int!) {\n    restorePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n": types.PolicyCurationRestoreDocument,
    "\n  mutation PolicyCurationLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      fromId\n      toId\n      deleted\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationLinkDocument,
    "\n  mutation PolicyCurationUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      deleted\n    }\n  }\n": types.PolicyCurationUnlinkDocument,
    "\n  mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n    }\n  }\n": types.PolicyCurationConditionsDocument,
    "\n  query PolicyCurationConditionsOf($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n    }\n  }\n": types.PolicyCurationConditionsOfDocument,
    "\n  query PolicyCurationVisible($id: ID!, $p: CompanyProfile!) {\n    policy(id: $id) {\n      deleted\n    }\n    policies(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    search(query: \"软删除验证\", kinds: [POLICY]) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    neighbourhood(id: $id) {\n      nodes {\n        id\n      }\n    }\n    matchPolicies(profile: $p) {\n      edges {\n        node {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PolicyCurationVisibleDocument,
    "\n  query PolicyCurationWithDeleted {\n    policies(first: 100, filter: { includeDeleted: true }) {\n      edges {\n        node {\n          id\n          deleted\n        }\n      }\n    }\n  }\n": types.PolicyCurationWithDeletedDocument,
    "\n  query PolicyCurationWithDeletedPage {\n    policies(filter: { includeDeleted: true }) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.PolicyCurationWithDeletedPageDocument,
    "\n  mutation PolicyCurationCreateIssuer {\n    createOrganization(input: { name: \"海宁市科学技术局\", kind: GOVERNMENT }) {\n      id\n    }\n  }\n": types.PolicyCurationCreateIssuerDocument,
    "\n  query PolicyCurationLinked($id: ID!) {\n    policy(id: $id) {\n      level\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n      }\n      links {\n        kind\n        direction\n        policy {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyCurationLinkedDocument,
    "\n  query PolicyCurationLinkKinds($id: ID!) {\n    policy(id: $id) {\n      links {\n        kind\n      }\n    }\n  }\n": types.PolicyCurationLinkKindsDocument,
    "\n  query NewsCurationMentions($id: ID!) {\n    newsItem(id: $id) {\n      mentions {\n        id\n        kind\n        name\n      }\n    }\n  }\n": types.NewsCurationMentionsDocument,
    "\n  mutation PolicyCurationCreatePerson {\n    createPerson(input: { name: \"历史测试\" }) {\n      id\n    }\n  }\n": types.PolicyCurationCreatePersonDocument,
    "\n  query PolicyCurationHistories($p: ID!, $e: ID!) {\n    policy(id: $p) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n    person(id: $e) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n": types.PolicyCurationHistoriesDocument,
    "\n  query PolicyCurationPersonHistory($e: ID!) {\n    person(id: $e) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n": types.PolicyCurationPersonHistoryDocument,
    "\n  query PolicyCurationPolicyHistory($p: ID!) {\n    policy(id: $p) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n": types.PolicyCurationPolicyHistoryDocument,
    "\n  mutation PolicyCurationCrossLink($i: LinkInput!) { link(input: $i) { type deleted pending } }\n": types.PolicyCurationCrossLinkDocument,
    "\n  mutation PolicyCurationAcceptLink($i: LinkInput!) { acceptLink(input: $i) { type deleted pending } }\n": types.PolicyCurationAcceptLinkDocument,
    "\n  mutation PolicyCurationDeclineLink($i: LinkInput!) { declineLink(input: $i) { type deleted pending } }\n": types.PolicyCurationDeclineLinkDocument,
    "\n  query PolicyCurationPendingLinks($first: Int, $after: String) {\n    pendingLinks(first: $first, after: $after) {\n      edges { node { type fromId fromTitle fromLibrary toId toTitle requestedBy requestedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PolicyCurationPendingLinksDocument,
    "\n  query MatchingPolicies($p: CompanyProfile!, $first: Int, $after: String) {\n    matchPolicies(profile: $p, first: $first, after: $after) {\n      edges {\n        node {\n          policy {\n            id\n            label\n          }\n          status\n          reasons\n          missing\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MatchingPoliciesDocument,
    "\n  mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n      minRdStaff\n      qualifications\n    }\n  }\n": types.MatchingSetConditionsDocument,
    "\n  query MatchingConditions($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n      qualifications\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": types.MatchingConditionsDocument,
    "\n  query MatchingSuggestConditions($id: ID!) {\n    suggestPolicyConditions(policyId: $id) {\n      minRdStaff\n      qualifications\n      evidence\n      clauses {\n        field\n        text\n      }\n    }\n  }\n": types.MatchingSuggestConditionsDocument,
    "\n  query MatchingPoliciesInForce($f: Boolean) {\n    policies(first: 50, filter: { inForce: $f }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.MatchingPoliciesInForceDocument,
    "\n  query PolicyRecrawlRead($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      validity\n      expiryDate\n      category\n      text\n      version\n      curatedFields\n      revision\n      revisions {\n        number\n        title\n      }\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n        name\n      }\n    }\n  }\n": types.PolicyRecrawlReadDocument,
    "\n  mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      version\n      expiryDate\n      curatedFields\n      region {\n        code\n      }\n    }\n  }\n": types.PolicyRecrawlUpdateDocument,
    "\n  mutation PolicyRecrawlLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": types.PolicyRecrawlLinkDocument,
    "\n  mutation PolicyRecrawlUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n": types.PolicyRecrawlUnlinkDocument,
    "\n  mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": types.PolicyRecrawlCreateOrganizationDocument,
    "\n  query PolicyRecrawlOrganization($id: ID!) {\n    organization(id: $id) {\n      name\n      version\n      deleted\n      aliases\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyRecrawlOrganizationDocument,
    "\n  mutation PolicyRecrawlEditOrganization($id: ID!) {\n    updateOrganization(id: $id, version: 1, patch: { aliases: [\"市政府\"], kind: GOVERNMENT }) {\n      version\n      aliases\n    }\n  }\n": types.PolicyRecrawlEditOrganizationDocument,
    "\n  query PolicyRecrawlOrganizations {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyRecrawlOrganizationsDocument,
    "\n  mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {\n    mergeOrganizations(keep: $k, duplicate: $d) {\n      aliases\n    }\n  }\n": types.PolicyRecrawlMergeOrganizationsDocument,
    "\n  mutation PurchaseAccessTill($card: String!, $isbn: String!) {\n    purchaseAtTill(cardNumber: $card, isbn: $isbn) { created request { id status } refusals { rule message } }\n  }\n": types.PurchaseAccessTillDocument,
    "mutation PurchaseAccessPickup($id: ID!) { confirmPurchasePickup(request: $id) { id status } }": types.PurchaseAccessPickupDocument,
    "mutation PurchaseAccessReview($id: ID!) { reviewPurchase(request: $id, approve: true) { id status } }": types.PurchaseAccessReviewDocument,
    "mutation PurchaseAccessReturn($id: ID!) { returnPurchase(request: $id) { id status } }": types.PurchaseAccessReturnDocument,
    "query PurchaseAccessOne($id: ID!) { purchaseRequest(id: $id) { id status timeline { to } } }": types.PurchaseAccessOneDocument,
    "query PurchaseAccessMine { myPurchaseRequests { edges { node { id } } } }": types.PurchaseAccessMineDocument,
    "mutation PurchaseAccessAsk($isbn: String!, $store: ID!) { requestPurchase(isbn: $isbn, store: $store) { request { id } } }": types.PurchaseAccessAskDocument,
    "query PurchaseAccessQueue($library: ID!) { purchaseRequests(library: $library, statuses: [UNDER_REVIEW]) { edges { node { id } } } }": types.PurchaseAccessQueueDocument,
    "\n  mutation PurchaseAccessRules($library: ID!, $version: Int!, $input: PurchaseRulesInput!) {\n    updatePurchaseRules(library: $library, version: $version, input: $input) { version }\n  }\n": types.PurchaseAccessRulesDocument,
    "query PurchaseAccessCheck($isbn: String!) { purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } } }": types.PurchaseAccessCheckDocument,
    "\n  mutation PurchaseImportHoldings($file: PurchaseFileInput!, $library: ID) {\n    importPurchaseHoldings(file: $file, library: $library) { format booksAdded booksUpdated holdings rejected { line message } }\n  }\n": types.PurchaseImportHoldingsDocument,
    "\n  query PurchaseHoldingsCheck($isbn: String!) {\n    purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } book { title allianceCopies holdings { library { id } copies } } }\n  }\n": types.PurchaseHoldingsCheckDocument,
    "query ReliabilityIndustries { industries { code } }": types.ReliabilityIndustriesDocument,
    "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n": types.WebCliIndustriesDocument,
    "\n  mutation CrawlSourceNow($id: ID!) {\n    crawlSource(id: $id) {\n      sourceId\n      skippedBecause\n      disabled\n      run {\n        status\n        fetched\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n": types.CrawlSourceNowDocument,
    "\n  mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {\n    setSourceEnabled(id: $id, enabled: $on, reason: $why) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": types.SourceSwitchDocument,
    "\n  mutation SourceRemove($id: ID!) {\n    removeSource(id: $id) {\n      id\n      name\n    }\n  }\n": types.SourceRemoveDocument,
    "\n  query SourceAuditLog($id: ID!) {\n    auditLog(entityId: $id, first: 10) {\n      edges {\n        node {\n          action\n          entityType\n          before\n          after\n          actor {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.SourceAuditLogDocument,
    "\n  query CrawledPolicies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      edges {\n        node {\n        id\n        title\n        documentNumber\n        validity\n        level\n        region {\n          code\n        }\n        industries {\n          code\n        }\n        issuerOrganization {\n          name\n        }\n        revisions {\n          number\n        }\n        attachments {\n          format\n        }\n        links {\n          kind\n          direction\n          policy {\n            documentNumber\n          }\n        }\n        source {\n          id\n        }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrawledPoliciesDocument,
    "\n  query CrawledPoliciesNext($after: String) {\n    policies(first: 2, after: $after) {\n      edges {\n        node {\n          documentNumber\n          links {\n            kind\n            direction\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.CrawledPoliciesNextDocument,
    "\n  query CrawledPoliciesFiltered($filter: PolicyFilter) {\n    policies(filter: $filter) {\n      edges {\n        node {\n          documentNumber\n        }\n      }\n    }\n  }\n": types.CrawledPoliciesFilteredDocument,
    "\n  query CrawledPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n      revisions {\n        number\n        title\n        validity\n      }\n    }\n  }\n": types.CrawledPolicyDocument,
    "\n  query CrawledNews($filter: NewsFilter) {\n    news(filter: $filter) {\n      edges {\n        node {\n          title\n          level\n          mentions {\n            id\n            kind\n          }\n          source {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CrawledNewsDocument,
    "\n  query SourceHealthList {\n    sources {\n      edges {\n        node {\n          id\n          kind\n          itemType\n          errorCount\n          lastCheckedAt\n          runs(first: 3) {\n            edges {\n              node {\n                status\n                new\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SourceHealthListDocument,
    "\n  query CrawlRunsOfSource($source: ID) {\n    crawlRuns(source: $source) {\n      edges {\n        node {\n          sourceId\n          messages\n        }\n      }\n    }\n  }\n": types.CrawlRunsOfSourceDocument,
    "\n  query SourcePage($first: Int, $after: String, $enabled: Boolean) {\n    sources(first: $first, after: $after, enabled: $enabled) {\n      edges {\n        cursor\n        node {\n          id\n          enabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SourcePageDocument,
    "\n  query SourceRunsPage($id: ID!, $first: Int) {\n    source(id: $id) {\n      runs(first: $first) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SourceRunsPageDocument,
    "\n  query CrawlRunPage($source: ID, $first: Int, $after: String) {\n    crawlRuns(source: $source, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          startedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrawlRunPageDocument,
    "\n  query TopicList($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n          label\n          labelSource\n          outlier\n          size\n          keywords {\n            term\n          }\n          representativeDocuments {\n            id\n            title\n          }\n          trend {\n            year\n            count\n          }\n          industry {\n            code\n          }\n          mappingStatus\n          industryCandidates {\n            industry {\n              code\n              name\n            }\n            score\n            keywords\n            documents {\n              id\n            }\n          }\n          documents(first: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TopicListDocument,
    "\n  query TopicIdsOfIndustry($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TopicIdsOfIndustryDocument,
    "\n  query TopicOrdered($orderBy: TopicOrder, $first: Int, $after: String) {\n    topics(orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TopicOrderedDocument,
    "\n  query TopicReviewList {\n    topicReviewQueue {\n      edges {\n        node {\n          id\n          mappingStatus\n        }\n      }\n    }\n  }\n": types.TopicReviewListDocument,
    "\n  query TopicById($id: ID!) {\n    topic(id: $id) {\n      id\n    }\n  }\n": types.TopicByIdDocument,
    "\n  mutation TopicRename($id: ID!, $label: String!) {\n    renameTopic(id: $id, label: $label) {\n      id\n      label\n      labelSource\n    }\n  }\n": types.TopicRenameDocument,
    "\n  mutation TopicMap($id: ID!, $industry: String) {\n    mapTopic(id: $id, industry: $industry) {\n      id\n      industry {\n        code\n      }\n      mappingStatus\n    }\n  }\n": types.TopicMapDocument,
    "\n  mutation TopicMerge($source: ID!, $target: ID!) {\n    mergeTopics(source: $source, target: $target) {\n      id\n    }\n  }\n": types.TopicMergeDocument,
    "\n  mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {\n    splitTopic(id: $id, documentIds: $documentIds, label: $label) {\n      id\n    }\n  }\n": types.TopicSplitDocument,
    "\n  query TopicDocumentPages($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      documents(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.TopicDocumentPagesDocument,
    "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n": types.WebPagesSetConditionsDocument,
    "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n": types.WebWorkbenchPersonDocument,
    "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.WebWorkbenchCreatePersonDocument,
    "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n": types.WebWorkbenchUpdatePersonDocument,
    "\n  mutation WebWorkbenchCrossLink($input: LinkInput!) {\n    link(input: $input) {\n      pending\n    }\n  }\n": types.WebWorkbenchCrossLinkDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccountLibraries { libraries { id name region { name } } }"): typeof import('./graphql.js').AccountLibrariesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation AccountRegister($input: RegisterInput!) { register(input: $input) { message } }"): typeof import('./graphql.js').AccountRegisterDocument;
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
export function typed(source: "\n  query CachePolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      version\n      industries {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').CachePolicyDetailDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CachePolicyList($industry: ID) {\n    policies(filter: { industry: $industry }, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CachePolicyListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation CachePolicyUpdate($id: ID!, $v: Int!, $title: String!) {\n    updatePolicy(id: $id, version: $v, patch: { title: $title }) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').CachePolicyUpdateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation CachePolicyDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').CachePolicyDeleteDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CacheNewsOfSource($source: ID!) {\n    news(filter: { source: $source }, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CacheNewsOfSourceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query BudgetOverviewProbe {\n    budgetOverview(fiscalYear: \"FY2026\") {\n      budgets {\n        fundCode\n        availableFen\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetOverviewProbeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentListPage($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          keywords\n          year\n          journal\n          importJob {\n            id\n            fileName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentListPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentSearch($query: String!, $mode: DocumentSearchMode, $first: Int, $after: String, $filter: DocumentFilter) {\n    searchDocuments(query: $query, mode: $mode, first: $first, after: $after, filter: $filter) {\n      mode\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        score\n        node {\n          id\n          title\n          keywords\n          year\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentSearchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentListProvenance {\n    documents(first: 40) {\n      edges {\n        node {\n          provenance {\n            line\n            importJob {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentListProvenanceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentUnknownIds {\n    document(id: \"nope\") {\n      id\n    }\n    importJob(id: \"nope\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DocumentUnknownIdsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentProvenanceOf($id: ID!) {\n    document(id: $id) {\n      provenance {\n        added\n        line\n        sourceId\n        matchedBy\n        importJob {\n          id\n          fileName\n          importedBy\n          database\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentProvenanceOfDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentImportJobs($first: Int, $after: String) {\n    importJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          added\n          duplicates\n          rejected\n          error\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentImportJobsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentImportJobRejected($id: ID!) {\n    importJob(id: $id) {\n      added\n      importedBy\n      rejectedLines {\n        line\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentImportJobRejectedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentImportJobDuplicates($id: ID!) {\n    importJob(id: $id) {\n      duplicates\n      database\n      duplicateRecords {\n        line\n        matchedBy\n        duplicateOf {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentImportJobDuplicatesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation DocumentImportFiles($files: [LiteratureFileInput!]!, $db: String) {\n    importLiteratureFiles(files: $files, database: $db) {\n      id\n      fileName\n      status\n      added\n      merged\n      mergedRecords {\n        line\n        intoLine\n        matchedBy\n        fields\n      }\n      importedBy\n      database\n      recognised {\n        format\n        encoding\n        databases\n        documentTypes {\n          type\n          count\n        }\n        headerLines\n      }\n      warningLines {\n        line\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentImportFilesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query DocumentHistoryOf($id: ID!) {\n    document(id: $id) {\n      type\n      history(first: 5) {\n        edges {\n          node {\n            action\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentHistoryOfDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EmbeddingJobById($id: ID!) {\n    embeddingJob(id: $id) {\n      ...EmbeddingJobFields\n    }\n  }\n\n  fragment EmbeddingJobFields on EmbeddingJob {\n    id\n    state\n    modelId\n    total\n    done\n    cached\n    finishedAt\n    error\n  }\n"): typeof import('./graphql.js').EmbeddingJobByIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EmbeddingJobList {\n    embeddingJobs {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmbeddingJobListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation EmbeddingEmbed($ids: [ID!]) {\n    embedDocuments(ids: $ids) {\n      id\n      state\n      modelId\n      total\n      done\n      cached\n      finishedAt\n      error\n    }\n  }\n"): typeof import('./graphql.js').EmbeddingEmbedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EmbeddingSemanticSearch($query: String!, $first: Int) {\n    semanticSearch(query: $query, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          documentId\n          title\n          score\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmbeddingSemanticSearchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query EmbeddingDocumentSearch($q: String!, $mode: DocumentSearchMode, $filter: DocumentFilter) {\n    searchDocuments(query: $q, mode: $mode, first: 4, filter: $filter) {\n      mode\n      totalCount\n      edges {\n        score\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmbeddingDocumentSearchDocument;
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
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query ExportLinks($job: ID!) {\n    industry(code: \"jx-new-energy\") {\n      documentsExportUrl(format: BIBTEX)\n      policyFeedUrl\n    }\n    importJob(id: $job) {\n      exportUrl(format: CSV)\n    }\n  }\n"): typeof import('./graphql.js').ExportLinksDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query ExportSearchLink($query: String!) {\n    searchDocuments(query: $query) {\n      exportUrl(format: CSV)\n    }\n  }\n"): typeof import('./graphql.js').ExportSearchLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query IndustryList($parent: ID, $region: ID) {\n    industries(parent: $parent, region: $region) {\n      ...IndustryFields\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n"): typeof import('./graphql.js').IndustryListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query IndustryListWithChildren {\n    industries {\n      ...IndustryFields\n      children {\n        ...IndustryFields\n      }\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n"): typeof import('./graphql.js').IndustryListWithChildrenDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query IndustryByCode($code: ID!) {\n    industry(code: $code) {\n      ...IndustryFields\n      parent {\n        ...IndustryFields\n      }\n    }\n  }\n\n  fragment IndustryFields on Industry {\n    code\n    name\n    tier\n    parent {\n      code\n    }\n    children {\n      code\n    }\n    regions {\n      code\n      name\n    }\n    source {\n      title\n      issuer\n      year\n    }\n  }\n"): typeof import('./graphql.js').IndustryByCodeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query IndustryCodeById($code: ID!) {\n    industry(code: $code) {\n      code\n    }\n  }\n"): typeof import('./graphql.js').IndustryCodeByIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query IndustryRegionCounties {\n    regions(level: COUNTY) {\n      name\n      parent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').IndustryRegionCountiesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query IndustryCodesOfRegion($region: ID) {\n    industries(region: $region) {\n      code\n    }\n  }\n"): typeof import('./graphql.js').IndustryCodesOfRegionDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation LearningApiCreate($input: LearningPathInput!) {\n    createLearningPath(input: $input) {\n      id\n      slug\n      version\n      status\n    }\n  }\n"): typeof import('./graphql.js').LearningApiCreateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation LearningApiPublish($id: ID!, $version: Int!) {\n    publishLearningPath(id: $id, version: $version, published: true) {\n      version\n      status\n    }\n  }\n"): typeof import('./graphql.js').LearningApiPublishDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation LearningApiUpdate($id: ID!, $version: Int!, $input: LearningPathInput!) {\n    updateLearningPath(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').LearningApiUpdateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query LearningApiFind($query: String, $industry: ID, $key: ID!, $code: ID!) {\n    learningPaths(query: $query, industry: $industry, first: 5) {\n      totalCount\n      edges {\n        node {\n          slug\n          industry {\n            code\n          }\n        }\n      }\n    }\n    learningPath(key: $key) {\n      title\n      steps {\n        position\n        kind\n        url\n        note\n      }\n    }\n    industryLibrary(code: $code) {\n      learningPaths {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql.js').LearningApiFindDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query LibraryOverview($code: ID!) {\n    industryLibrary(code: $code) {\n      industry {\n        name\n      }\n      counts {\n        documents\n        topics\n        policiesInForce\n        news\n        organizations\n      }\n      topics {\n        totalCount\n        edges {\n          node {\n            id\n            trend {\n              year\n              count\n            }\n          }\n        }\n      }\n      policies {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      news {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      organizations {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      graph(limit: 30) {\n        nodes {\n          id\n        }\n      }\n      feedUrl\n    }\n  }\n"): typeof import('./graphql.js').LibraryOverviewDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query LibraryDocumentsOfIndustry($code: ID!, $filter: LibraryDocumentFilter, $query: String!) {\n    industryLibrary(code: $code) {\n      documents(first: 50, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            year\n          }\n        }\n      }\n      searchDocuments(query: $query, filter: $filter) {\n        totalCount\n        exportUrl(format: CSV)\n      }\n      facets {\n        years {\n          value\n        }\n        journals {\n          count\n        }\n        topics {\n          topic {\n            id\n          }\n          count\n        }\n      }\n      exportUrl(format: RIS, filter: $filter)\n    }\n  }\n"): typeof import('./graphql.js').LibraryDocumentsOfIndustryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query LibraryCounties {\n    regions(level: COUNTY) {\n      code\n      name\n      signatureIndustries {\n        code\n        name\n        library {\n          counts {\n            documents\n            policiesInForce\n            news\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LibraryCountiesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query LibraryHotTopics($code: ID!, $window: HotTopicWindow) {\n    industryLibrary(code: $code) {\n      hotTopics(window: $window) {\n        term\n        count\n        score\n        mentions {\n          kind\n          id\n        }\n      }\n    }\n    hotTopics(window: $window, limit: 5) {\n      term\n    }\n  }\n"): typeof import('./graphql.js').LibraryHotTopicsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query LibrarySections($code: ID!, $limit: Int!) {\n    industryLibrary(code: $code) {\n      industry {\n        code\n      }\n      counts {\n        topics\n        topicsInReview\n      }\n      facets(limit: $limit) {\n        years {\n          value\n        }\n      }\n      topics {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').LibrarySectionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query LibraryUnknown {\n    industryLibrary(code: \"jx-nothing\") {\n      feedUrl\n    }\n  }\n"): typeof import('./graphql.js').LibraryUnknownDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TrendTopicBursts($code: ID!) {\n    hotTopics(source: TOPICS, window: WEEK) {\n      term\n      count\n      topic {\n        id\n        label\n      }\n    }\n    industryLibrary(code: $code) {\n      hotTopics(source: TOPICS) {\n        topic {\n          id\n        }\n        mentions {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TrendTopicBurstsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationCreate($i: PolicyInput!) {\n    createPolicy(input: $i) {\n      id\n      title\n      documentNumber\n      validity\n      level\n      url\n      version\n      deleted\n      region {\n        code\n      }\n      revisions {\n        number\n      }\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCreateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationView($id: ID!) {\n    policy(id: $id) {\n      title\n      html\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationViewDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationHistory($id: ID!, $first: Int) {\n    policy(id: $id) {\n      history(first: $first) {\n        edges {\n          node {\n            action\n            entityType\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationHistoryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationAuditByActor($a: ID!) {\n    auditLog(actor: $a) {\n      edges {\n        node {\n          entityId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationAuditByActorDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationLastAudit($id: ID!) {\n    auditLog(entityId: $id, first: 1) {\n      edges {\n        node {\n          action\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLastAuditDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      title\n      version\n      curatedFields\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationUpdateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationVersion($id: ID!) {\n    policy(id: $id) {\n      version\n      title\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationVersionDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationCurated($id: ID!) {\n    policy(id: $id) {\n      validity\n      category\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCuratedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationDelete($id: ID!, $v: Int!) {\n    deletePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationDeleteDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationRestore($id: ID!, $v: Int!) {\n    restorePolicy(id: $id, version: $v) {\n      deleted\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationRestoreDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      fromId\n      toId\n      deleted\n      provenance {\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      deleted\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationUnlinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationConditionsOf($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationConditionsOfDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationVisible($id: ID!, $p: CompanyProfile!) {\n    policy(id: $id) {\n      deleted\n    }\n    policies(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    search(query: \"软删除验证\", kinds: [POLICY]) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    neighbourhood(id: $id) {\n      nodes {\n        id\n      }\n    }\n    matchPolicies(profile: $p) {\n      edges {\n        node {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationVisibleDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationWithDeleted {\n    policies(first: 100, filter: { includeDeleted: true }) {\n      edges {\n        node {\n          id\n          deleted\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationWithDeletedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationWithDeletedPage {\n    policies(filter: { includeDeleted: true }) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationWithDeletedPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationCreateIssuer {\n    createOrganization(input: { name: \"海宁市科学技术局\", kind: GOVERNMENT }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCreateIssuerDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationLinked($id: ID!) {\n    policy(id: $id) {\n      level\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n      }\n      links {\n        kind\n        direction\n        policy {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLinkedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationLinkKinds($id: ID!) {\n    policy(id: $id) {\n      links {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationLinkKindsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query NewsCurationMentions($id: ID!) {\n    newsItem(id: $id) {\n      mentions {\n        id\n        kind\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').NewsCurationMentionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationCreatePerson {\n    createPerson(input: { name: \"历史测试\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationHistories($p: ID!, $e: ID!) {\n    policy(id: $p) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n    person(id: $e) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationHistoriesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationPersonHistory($e: ID!) {\n    person(id: $e) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationPersonHistoryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationPolicyHistory($p: ID!) {\n    policy(id: $p) {\n      history {\n        edges {\n          node {\n            action\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationPolicyHistoryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationCrossLink($i: LinkInput!) { link(input: $i) { type deleted pending } }\n"): typeof import('./graphql.js').PolicyCurationCrossLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationAcceptLink($i: LinkInput!) { acceptLink(input: $i) { type deleted pending } }\n"): typeof import('./graphql.js').PolicyCurationAcceptLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyCurationDeclineLink($i: LinkInput!) { declineLink(input: $i) { type deleted pending } }\n"): typeof import('./graphql.js').PolicyCurationDeclineLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyCurationPendingLinks($first: Int, $after: String) {\n    pendingLinks(first: $first, after: $after) {\n      edges { node { type fromId fromTitle fromLibrary toId toTitle requestedBy requestedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCurationPendingLinksDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingPolicies($p: CompanyProfile!, $first: Int, $after: String) {\n    matchPolicies(profile: $p, first: $first, after: $after) {\n      edges {\n        node {\n          policy {\n            id\n            label\n          }\n          status\n          reasons\n          missing\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').MatchingPoliciesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation MatchingSetConditions($id: ID!, $v: Int!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: $v, conditions: $c) {\n      version\n      minRdStaff\n      qualifications\n    }\n  }\n"): typeof import('./graphql.js').MatchingSetConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingConditions($id: ID!) {\n    policyConditions(policyId: $id) {\n      version\n      qualifications\n      clauses {\n        field\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').MatchingConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingSuggestConditions($id: ID!) {\n    suggestPolicyConditions(policyId: $id) {\n      minRdStaff\n      qualifications\n      evidence\n      clauses {\n        field\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').MatchingSuggestConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query MatchingPoliciesInForce($f: Boolean) {\n    policies(first: 50, filter: { inForce: $f }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MatchingPoliciesInForceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyRecrawlRead($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      validity\n      expiryDate\n      category\n      text\n      version\n      curatedFields\n      revision\n      revisions {\n        number\n        title\n      }\n      region {\n        code\n      }\n      industries {\n        code\n      }\n      issuerOrganization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlReadDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {\n    updatePolicy(id: $id, version: $v, patch: $p) {\n      version\n      expiryDate\n      curatedFields\n      region {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlUpdateDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlLink($i: LinkInput!) {\n    link(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlLinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlUnlink($i: LinkInput!) {\n    unlink(input: $i) {\n      type\n      origin\n      deleted\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlUnlinkDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlCreateOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyRecrawlOrganization($id: ID!) {\n    organization(id: $id) {\n      name\n      version\n      deleted\n      aliases\n      provenance {\n        sourceUrl\n        curator {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlEditOrganization($id: ID!) {\n    updateOrganization(id: $id, version: 1, patch: { aliases: [\"市政府\"], kind: GOVERNMENT }) {\n      version\n      aliases\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlEditOrganizationDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PolicyRecrawlOrganizations {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlOrganizationsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {\n    mergeOrganizations(keep: $k, duplicate: $d) {\n      aliases\n    }\n  }\n"): typeof import('./graphql.js').PolicyRecrawlMergeOrganizationsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PurchaseAccessTill($card: String!, $isbn: String!) {\n    purchaseAtTill(cardNumber: $card, isbn: $isbn) { created request { id status } refusals { rule message } }\n  }\n"): typeof import('./graphql.js').PurchaseAccessTillDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation PurchaseAccessPickup($id: ID!) { confirmPurchasePickup(request: $id) { id status } }"): typeof import('./graphql.js').PurchaseAccessPickupDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation PurchaseAccessReview($id: ID!) { reviewPurchase(request: $id, approve: true) { id status } }"): typeof import('./graphql.js').PurchaseAccessReviewDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation PurchaseAccessReturn($id: ID!) { returnPurchase(request: $id) { id status } }"): typeof import('./graphql.js').PurchaseAccessReturnDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query PurchaseAccessOne($id: ID!) { purchaseRequest(id: $id) { id status timeline { to } } }"): typeof import('./graphql.js').PurchaseAccessOneDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query PurchaseAccessMine { myPurchaseRequests { edges { node { id } } } }"): typeof import('./graphql.js').PurchaseAccessMineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation PurchaseAccessAsk($isbn: String!, $store: ID!) { requestPurchase(isbn: $isbn, store: $store) { request { id } } }"): typeof import('./graphql.js').PurchaseAccessAskDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query PurchaseAccessQueue($library: ID!) { purchaseRequests(library: $library, statuses: [UNDER_REVIEW]) { edges { node { id } } } }"): typeof import('./graphql.js').PurchaseAccessQueueDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PurchaseAccessRules($library: ID!, $version: Int!, $input: PurchaseRulesInput!) {\n    updatePurchaseRules(library: $library, version: $version, input: $input) { version }\n  }\n"): typeof import('./graphql.js').PurchaseAccessRulesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query PurchaseAccessCheck($isbn: String!) { purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } } }"): typeof import('./graphql.js').PurchaseAccessCheckDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation PurchaseImportHoldings($file: PurchaseFileInput!, $library: ID) {\n    importPurchaseHoldings(file: $file, library: $library) { format booksAdded booksUpdated holdings rejected { line message } }\n  }\n"): typeof import('./graphql.js').PurchaseImportHoldingsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query PurchaseHoldingsCheck($isbn: String!) {\n    purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } book { title allianceCopies holdings { library { id } copies } } }\n  }\n"): typeof import('./graphql.js').PurchaseHoldingsCheckDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ReliabilityIndustries { industries { code } }"): typeof import('./graphql.js').ReliabilityIndustriesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n"): typeof import('./graphql.js').WebCliIndustriesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation CrawlSourceNow($id: ID!) {\n    crawlSource(id: $id) {\n      sourceId\n      skippedBecause\n      disabled\n      run {\n        status\n        fetched\n        new\n        updated\n        unchanged\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawlSourceNowDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {\n    setSourceEnabled(id: $id, enabled: $on, reason: $why) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n"): typeof import('./graphql.js').SourceSwitchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation SourceRemove($id: ID!) {\n    removeSource(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').SourceRemoveDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query SourceAuditLog($id: ID!) {\n    auditLog(entityId: $id, first: 10) {\n      edges {\n        node {\n          action\n          entityType\n          before\n          after\n          actor {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SourceAuditLogDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPolicies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      edges {\n        node {\n        id\n        title\n        documentNumber\n        validity\n        level\n        region {\n          code\n        }\n        industries {\n          code\n        }\n        issuerOrganization {\n          name\n        }\n        revisions {\n          number\n        }\n        attachments {\n          format\n        }\n        links {\n          kind\n          direction\n          policy {\n            documentNumber\n          }\n        }\n        source {\n          id\n        }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledPoliciesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPoliciesNext($after: String) {\n    policies(first: 2, after: $after) {\n      edges {\n        node {\n          documentNumber\n          links {\n            kind\n            direction\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledPoliciesNextDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPoliciesFiltered($filter: PolicyFilter) {\n    policies(filter: $filter) {\n      edges {\n        node {\n          documentNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledPoliciesFilteredDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n      revisions {\n        number\n        title\n        validity\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledPolicyDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawledNews($filter: NewsFilter) {\n    news(filter: $filter) {\n      edges {\n        node {\n          title\n          level\n          mentions {\n            id\n            kind\n          }\n          source {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawledNewsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query SourceHealthList {\n    sources {\n      edges {\n        node {\n          id\n          kind\n          itemType\n          errorCount\n          lastCheckedAt\n          runs(first: 3) {\n            edges {\n              node {\n                status\n                new\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SourceHealthListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawlRunsOfSource($source: ID) {\n    crawlRuns(source: $source) {\n      edges {\n        node {\n          sourceId\n          messages\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawlRunsOfSourceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query SourcePage($first: Int, $after: String, $enabled: Boolean) {\n    sources(first: $first, after: $after, enabled: $enabled) {\n      edges {\n        cursor\n        node {\n          id\n          enabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').SourcePageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query SourceRunsPage($id: ID!, $first: Int) {\n    source(id: $id) {\n      runs(first: $first) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SourceRunsPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query CrawlRunPage($source: ID, $first: Int, $after: String) {\n    crawlRuns(source: $source, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          startedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrawlRunPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicList($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n          label\n          labelSource\n          outlier\n          size\n          keywords {\n            term\n          }\n          representativeDocuments {\n            id\n            title\n          }\n          trend {\n            year\n            count\n          }\n          industry {\n            code\n          }\n          mappingStatus\n          industryCandidates {\n            industry {\n              code\n              name\n            }\n            score\n            keywords\n            documents {\n              id\n            }\n          }\n          documents(first: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicIdsOfIndustry($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicIdsOfIndustryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicOrdered($orderBy: TopicOrder, $first: Int, $after: String) {\n    topics(orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicOrderedDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicReviewList {\n    topicReviewQueue {\n      edges {\n        node {\n          id\n          mappingStatus\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicReviewListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicById($id: ID!) {\n    topic(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TopicByIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicRename($id: ID!, $label: String!) {\n    renameTopic(id: $id, label: $label) {\n      id\n      label\n      labelSource\n    }\n  }\n"): typeof import('./graphql.js').TopicRenameDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicMap($id: ID!, $industry: String) {\n    mapTopic(id: $id, industry: $industry) {\n      id\n      industry {\n        code\n      }\n      mappingStatus\n    }\n  }\n"): typeof import('./graphql.js').TopicMapDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicMerge($source: ID!, $target: ID!) {\n    mergeTopics(source: $source, target: $target) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TopicMergeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {\n    splitTopic(id: $id, documentIds: $documentIds, label: $label) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TopicSplitDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicDocumentPages($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      documents(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicDocumentPagesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebPagesSetConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchPersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchUpdatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebWorkbenchCrossLink($input: LinkInput!) {\n    link(input: $input) {\n      pending\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchCrossLinkDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
