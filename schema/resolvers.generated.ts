/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { accounts as Query_accounts } from './account/resolvers/Query/accounts.js';
import    { auditLog as Query_auditLog } from './audit/resolvers/Query/auditLog.js';
import    { budgetOverview as Query_budgetOverview } from './budget/resolvers/Query/budgetOverview.js';
import    { budgetTransactions as Query_budgetTransactions } from './budget/resolvers/Query/budgetTransactions.js';
import    { crawlRuns as Query_crawlRuns } from './source/resolvers/Query/crawlRuns.js';
import    { csrfToken as Query_csrfToken } from './account/resolvers/Query/csrfToken.js';
import    { document as Query_document } from './document/resolvers/Query/document.js';
import    { documents as Query_documents } from './document/resolvers/Query/documents.js';
import    { embeddingJob as Query_embeddingJob } from './embedding/resolvers/Query/embeddingJob.js';
import    { embeddingJobs as Query_embeddingJobs } from './embedding/resolvers/Query/embeddingJobs.js';
import    { fiscalYears as Query_fiscalYears } from './budget/resolvers/Query/fiscalYears.js';
import    { hotTopics as Query_hotTopics } from './trend/resolvers/Query/hotTopics.js';
import    { importJob as Query_importJob } from './document/resolvers/Query/importJob.js';
import    { importJobs as Query_importJobs } from './document/resolvers/Query/importJobs.js';
import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { industryLibrary as Query_industryLibrary } from './library/resolvers/Query/industryLibrary.js';
import    { learningPath as Query_learningPath } from './learning/resolvers/Query/learningPath.js';
import    { learningPaths as Query_learningPaths } from './learning/resolvers/Query/learningPaths.js';
import    { libraries as Query_libraries } from './account/resolvers/Query/libraries.js';
import    { matchPolicies as Query_matchPolicies } from './policy/resolvers/Query/matchPolicies.js';
import    { me as Query_me } from './account/resolvers/Query/me.js';
import    { myBookstore as Query_myBookstore } from './purchase/resolvers/Query/myBookstore.js';
import    { myPurchaseMessages as Query_myPurchaseMessages } from './purchase/resolvers/Query/myPurchaseMessages.js';
import    { myPurchaseQuota as Query_myPurchaseQuota } from './purchase/resolvers/Query/myPurchaseQuota.js';
import    { myPurchaseRequests as Query_myPurchaseRequests } from './purchase/resolvers/Query/myPurchaseRequests.js';
import    { neighbourhood as Query_neighbourhood } from './explore/resolvers/Query/neighbourhood.js';
import    { news as Query_news } from './news/resolvers/Query/news.js';
import    { newsItem as Query_newsItem } from './news/resolvers/Query/newsItem.js';
import    { organization as Query_organization } from './entity/resolvers/Query/organization.js';
import    { organizations as Query_organizations } from './entity/resolvers/Query/organizations.js';
import    { paths as Query_paths } from './explore/resolvers/Query/paths.js';
import    { pendingLinks as Query_pendingLinks } from './entity/resolvers/Query/pendingLinks.js';
import    { people as Query_people } from './entity/resolvers/Query/people.js';
import    { person as Query_person } from './entity/resolvers/Query/person.js';
import    { policies as Query_policies } from './policy/resolvers/Query/policies.js';
import    { policy as Query_policy } from './policy/resolvers/Query/policy.js';
import    { policyConditions as Query_policyConditions } from './policy/resolvers/Query/policyConditions.js';
import    { project as Query_project } from './entity/resolvers/Query/project.js';
import    { projects as Query_projects } from './entity/resolvers/Query/projects.js';
import    { purchaseBook as Query_purchaseBook } from './purchase/resolvers/Query/purchaseBook.js';
import    { purchaseBooks as Query_purchaseBooks } from './purchase/resolvers/Query/purchaseBooks.js';
import    { purchaseEligibility as Query_purchaseEligibility } from './purchase/resolvers/Query/purchaseEligibility.js';
import    { purchaseRequest as Query_purchaseRequest } from './purchase/resolvers/Query/purchaseRequest.js';
import    { purchaseRequests as Query_purchaseRequests } from './purchase/resolvers/Query/purchaseRequests.js';
import    { purchaseRules as Query_purchaseRules } from './purchase/resolvers/Query/purchaseRules.js';
import    { purchaseStores as Query_purchaseStores } from './purchase/resolvers/Query/purchaseStores.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { search as Query_search } from './explore/resolvers/Query/search.js';
import    { searchDocuments as Query_searchDocuments } from './document/resolvers/Query/searchDocuments.js';
import    { semanticSearch as Query_semanticSearch } from './embedding/resolvers/Query/semanticSearch.js';
import    { source as Query_source } from './source/resolvers/Query/source.js';
import    { sources as Query_sources } from './source/resolvers/Query/sources.js';
import    { statement as Query_statement } from './budget/resolvers/Query/statement.js';
import    { statements as Query_statements } from './budget/resolvers/Query/statements.js';
import    { storePurchaseRequests as Query_storePurchaseRequests } from './purchase/resolvers/Query/storePurchaseRequests.js';
import    { suggestPolicyConditions as Query_suggestPolicyConditions } from './policy/resolvers/Query/suggestPolicyConditions.js';
import    { tillEligibility as Query_tillEligibility } from './purchase/resolvers/Query/tillEligibility.js';
import    { topic as Query_topic } from './topic/resolvers/Query/topic.js';
import    { topicReviewQueue as Query_topicReviewQueue } from './topic/resolvers/Query/topicReviewQueue.js';
import    { topics as Query_topics } from './topic/resolvers/Query/topics.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { yearEndPreview as Query_yearEndPreview } from './budget/resolvers/Query/yearEndPreview.js';
import    { acceptLink as Mutation_acceptLink } from './entity/resolvers/Mutation/acceptLink.js';
import    { allocateBudget as Mutation_allocateBudget } from './budget/resolvers/Mutation/allocateBudget.js';
import    { approveStatement as Mutation_approveStatement } from './budget/resolvers/Mutation/approveStatement.js';
import    { cancelPurchase as Mutation_cancelPurchase } from './purchase/resolvers/Mutation/cancelPurchase.js';
import    { cataloguePurchase as Mutation_cataloguePurchase } from './purchase/resolvers/Mutation/cataloguePurchase.js';
import    { closeStatementMonth as Mutation_closeStatementMonth } from './budget/resolvers/Mutation/closeStatementMonth.js';
import    { commitYearEnd as Mutation_commitYearEnd } from './budget/resolvers/Mutation/commitYearEnd.js';
import    { confirmPurchasePickup as Mutation_confirmPurchasePickup } from './purchase/resolvers/Mutation/confirmPurchasePickup.js';
import    { crawlSource as Mutation_crawlSource } from './source/resolvers/Mutation/crawlSource.js';
import    { createAccount as Mutation_createAccount } from './account/resolvers/Mutation/createAccount.js';
import    { createLearningPath as Mutation_createLearningPath } from './learning/resolvers/Mutation/createLearningPath.js';
import    { createOrganization as Mutation_createOrganization } from './entity/resolvers/Mutation/createOrganization.js';
import    { createPerson as Mutation_createPerson } from './entity/resolvers/Mutation/createPerson.js';
import    { createPolicy as Mutation_createPolicy } from './policy/resolvers/Mutation/createPolicy.js';
import    { createProject as Mutation_createProject } from './entity/resolvers/Mutation/createProject.js';
import    { declineLink as Mutation_declineLink } from './entity/resolvers/Mutation/declineLink.js';
import    { deleteLearningPath as Mutation_deleteLearningPath } from './learning/resolvers/Mutation/deleteLearningPath.js';
import    { deleteOrganization as Mutation_deleteOrganization } from './entity/resolvers/Mutation/deleteOrganization.js';
import    { deletePerson as Mutation_deletePerson } from './entity/resolvers/Mutation/deletePerson.js';
import    { deletePolicy as Mutation_deletePolicy } from './policy/resolvers/Mutation/deletePolicy.js';
import    { deleteProject as Mutation_deleteProject } from './entity/resolvers/Mutation/deleteProject.js';
import    { embedDocuments as Mutation_embedDocuments } from './embedding/resolvers/Mutation/embedDocuments.js';
import    { fileDocument as Mutation_fileDocument } from './document/resolvers/Mutation/fileDocument.js';
import    { importEntities as Mutation_importEntities } from './entity/resolvers/Mutation/importEntities.js';
import    { importLiteratureFiles as Mutation_importLiteratureFiles } from './document/resolvers/Mutation/importLiteratureFiles.js';
import    { importPurchaseHoldings as Mutation_importPurchaseHoldings } from './purchase/resolvers/Mutation/importPurchaseHoldings.js';
import    { link as Mutation_link } from './entity/resolvers/Mutation/link.js';
import    { login as Mutation_login } from './account/resolvers/Mutation/login.js';
import    { logout as Mutation_logout } from './account/resolvers/Mutation/logout.js';
import    { mapTopic as Mutation_mapTopic } from './topic/resolvers/Mutation/mapTopic.js';
import    { markPurchaseMessagesRead as Mutation_markPurchaseMessagesRead } from './purchase/resolvers/Mutation/markPurchaseMessagesRead.js';
import    { mergeOrganizations as Mutation_mergeOrganizations } from './entity/resolvers/Mutation/mergeOrganizations.js';
import    { mergePeople as Mutation_mergePeople } from './entity/resolvers/Mutation/mergePeople.js';
import    { mergeTopics as Mutation_mergeTopics } from './topic/resolvers/Mutation/mergeTopics.js';
import    { payStatement as Mutation_payStatement } from './budget/resolvers/Mutation/payStatement.js';
import    { publishLearningPath as Mutation_publishLearningPath } from './learning/resolvers/Mutation/publishLearningPath.js';
import    { purchaseAtTill as Mutation_purchaseAtTill } from './purchase/resolvers/Mutation/purchaseAtTill.js';
import    { reconcileStatement as Mutation_reconcileStatement } from './budget/resolvers/Mutation/reconcileStatement.js';
import    { register as Mutation_register } from './account/resolvers/Mutation/register.js';
import    { removeSource as Mutation_removeSource } from './source/resolvers/Mutation/removeSource.js';
import    { renameTopic as Mutation_renameTopic } from './topic/resolvers/Mutation/renameTopic.js';
import    { requestPurchase as Mutation_requestPurchase } from './purchase/resolvers/Mutation/requestPurchase.js';
import    { restoreLearningPath as Mutation_restoreLearningPath } from './learning/resolvers/Mutation/restoreLearningPath.js';
import    { restoreOrganization as Mutation_restoreOrganization } from './entity/resolvers/Mutation/restoreOrganization.js';
import    { restorePerson as Mutation_restorePerson } from './entity/resolvers/Mutation/restorePerson.js';
import    { restorePolicy as Mutation_restorePolicy } from './policy/resolvers/Mutation/restorePolicy.js';
import    { restoreProject as Mutation_restoreProject } from './entity/resolvers/Mutation/restoreProject.js';
import    { returnPurchase as Mutation_returnPurchase } from './purchase/resolvers/Mutation/returnPurchase.js';
import    { reviewPurchase as Mutation_reviewPurchase } from './purchase/resolvers/Mutation/reviewPurchase.js';
import    { reviewStatement as Mutation_reviewStatement } from './budget/resolvers/Mutation/reviewStatement.js';
import    { setPolicyConditions as Mutation_setPolicyConditions } from './policy/resolvers/Mutation/setPolicyConditions.js';
import    { setSourceEnabled as Mutation_setSourceEnabled } from './source/resolvers/Mutation/setSourceEnabled.js';
import    { splitTopic as Mutation_splitTopic } from './topic/resolvers/Mutation/splitTopic.js';
import    { transferBudget as Mutation_transferBudget } from './budget/resolvers/Mutation/transferBudget.js';
import    { unlink as Mutation_unlink } from './entity/resolvers/Mutation/unlink.js';
import    { updateLearningPath as Mutation_updateLearningPath } from './learning/resolvers/Mutation/updateLearningPath.js';
import    { updateOrganization as Mutation_updateOrganization } from './entity/resolvers/Mutation/updateOrganization.js';
import    { updatePerson as Mutation_updatePerson } from './entity/resolvers/Mutation/updatePerson.js';
import    { updatePolicy as Mutation_updatePolicy } from './policy/resolvers/Mutation/updatePolicy.js';
import    { updateProject as Mutation_updateProject } from './entity/resolvers/Mutation/updateProject.js';
import    { updatePurchaseRules as Mutation_updatePurchaseRules } from './purchase/resolvers/Mutation/updatePurchaseRules.js';
import    { voidBudgetTransaction as Mutation_voidBudgetTransaction } from './budget/resolvers/Mutation/voidBudgetTransaction.js';
import    { Account } from './account/resolvers/Account.js';
import    { AccountConnection } from './account/resolvers/AccountConnection.js';
import    { AccountEdge } from './account/resolvers/AccountEdge.js';
import    { AuditConnection } from './audit/resolvers/AuditConnection.js';
import    { AuditEdge } from './audit/resolvers/AuditEdge.js';
import    { AuditEntry } from './audit/resolvers/AuditEntry.js';
import    { AuthPayload } from './account/resolvers/AuthPayload.js';
import    { Book } from './purchase/resolvers/Book.js';
import    { BookConnection } from './purchase/resolvers/BookConnection.js';
import    { BookEdge } from './purchase/resolvers/BookEdge.js';
import    { BookHolding } from './purchase/resolvers/BookHolding.js';
import    { Bookstore } from './purchase/resolvers/Bookstore.js';
import    { Budget } from './budget/resolvers/Budget.js';
import    { BudgetContribution } from './budget/resolvers/BudgetContribution.js';
import    { BudgetMonth } from './budget/resolvers/BudgetMonth.js';
import    { BudgetOverview } from './budget/resolvers/BudgetOverview.js';
import    { BudgetTransaction } from './budget/resolvers/BudgetTransaction.js';
import    { BudgetTransactionConnection } from './budget/resolvers/BudgetTransactionConnection.js';
import    { BudgetTransactionEdge } from './budget/resolvers/BudgetTransactionEdge.js';
import    { BulkImportReport } from './entity/resolvers/BulkImportReport.js';
import    { ConditionClause } from './policy/resolvers/ConditionClause.js';
import    { CrawlNowResult } from './source/resolvers/CrawlNowResult.js';
import    { CrawlRun } from './source/resolvers/CrawlRun.js';
import    { CrawlRunConnection } from './source/resolvers/CrawlRunConnection.js';
import    { CrawlRunEdge } from './source/resolvers/CrawlRunEdge.js';
import    { Document } from './document/resolvers/Document.js';
import    { DocumentConnection } from './document/resolvers/DocumentConnection.js';
import    { DocumentEdge } from './document/resolvers/DocumentEdge.js';
import    { DocumentFiling } from './document/resolvers/DocumentFiling.js';
import    { DocumentProvenance } from './document/resolvers/DocumentProvenance.js';
import    { DocumentSearchHit } from './document/resolvers/DocumentSearchHit.js';
import    { DocumentSearchResult } from './document/resolvers/DocumentSearchResult.js';
import    { EmbeddingJob } from './embedding/resolvers/EmbeddingJob.js';
import    { EmbeddingJobConnection } from './embedding/resolvers/EmbeddingJobConnection.js';
import    { EmbeddingJobEdge } from './embedding/resolvers/EmbeddingJobEdge.js';
import    { FacetCount } from './library/resolvers/FacetCount.js';
import    { FiscalYear } from './budget/resolvers/FiscalYear.js';
import    { GraphEdge } from './explore/resolvers/GraphEdge.js';
import    { GraphNode } from './explore/resolvers/GraphNode.js';
import    { GraphPath } from './explore/resolvers/GraphPath.js';
import    { HotTopic } from './trend/resolvers/HotTopic.js';
import    { HotTopicMention } from './trend/resolvers/HotTopicMention.js';
import    { ImportDuplicate } from './document/resolvers/ImportDuplicate.js';
import    { ImportJob } from './document/resolvers/ImportJob.js';
import    { ImportJobConnection } from './document/resolvers/ImportJobConnection.js';
import    { ImportJobEdge } from './document/resolvers/ImportJobEdge.js';
import    { ImportMerge } from './document/resolvers/ImportMerge.js';
import    { ImportRecognised } from './document/resolvers/ImportRecognised.js';
import    { ImportRejection } from './document/resolvers/ImportRejection.js';
import    { ImportRowReport } from './entity/resolvers/ImportRowReport.js';
import    { ImportTypeCount } from './document/resolvers/ImportTypeCount.js';
import    { ImportUpdate } from './document/resolvers/ImportUpdate.js';
import    { ImportWarning } from './document/resolvers/ImportWarning.js';
import    { Industry as industry_Industry } from './industry/resolvers/Industry.js';
import    { Industry as library_Industry } from './library/resolvers/Industry.js';
import    { IndustryClassification } from './industry/resolvers/IndustryClassification.js';
import    { IndustryLibrary as library_IndustryLibrary } from './library/resolvers/IndustryLibrary.js';
import    { IndustryLibrary as trend_IndustryLibrary } from './trend/resolvers/IndustryLibrary.js';
import    { IndustryLibrary as learning_IndustryLibrary } from './learning/resolvers/IndustryLibrary.js';
import    { IndustryLibraryCounts } from './library/resolvers/IndustryLibraryCounts.js';
import    { IndustryLibraryFacets } from './library/resolvers/IndustryLibraryFacets.js';
import    { LearningPath } from './learning/resolvers/LearningPath.js';
import    { LearningPathConnection } from './learning/resolvers/LearningPathConnection.js';
import    { LearningPathEdge } from './learning/resolvers/LearningPathEdge.js';
import    { LearningStep } from './learning/resolvers/LearningStep.js';
import    { Library } from './account/resolvers/Library.js';
import    { LibraryCard } from './purchase/resolvers/LibraryCard.js';
import    { Link } from './entity/resolvers/Link.js';
import    { Mention } from './news/resolvers/Mention.js';
import    { Neighbourhood } from './explore/resolvers/Neighbourhood.js';
import    { NewsConnection } from './news/resolvers/NewsConnection.js';
import    { NewsEdge } from './news/resolvers/NewsEdge.js';
import    { NewsItem } from './news/resolvers/NewsItem.js';
import    { OfficialDocument } from './industry/resolvers/OfficialDocument.js';
import    { Organization } from './entity/resolvers/Organization.js';
import    { OrganizationConnection } from './entity/resolvers/OrganizationConnection.js';
import    { OrganizationEdge } from './entity/resolvers/OrganizationEdge.js';
import    { PageInfo } from './base/resolvers/PageInfo.js';
import    { PendingLink } from './entity/resolvers/PendingLink.js';
import    { PendingLinkConnection } from './entity/resolvers/PendingLinkConnection.js';
import    { PendingLinkEdge } from './entity/resolvers/PendingLinkEdge.js';
import    { Person } from './entity/resolvers/Person.js';
import    { PersonConnection } from './entity/resolvers/PersonConnection.js';
import    { PersonEdge } from './entity/resolvers/PersonEdge.js';
import    { Policy } from './policy/resolvers/Policy.js';
import    { PolicyAttachment } from './policy/resolvers/PolicyAttachment.js';
import    { PolicyConditions } from './policy/resolvers/PolicyConditions.js';
import    { PolicyConditionsSuggestion } from './policy/resolvers/PolicyConditionsSuggestion.js';
import    { PolicyConnection } from './policy/resolvers/PolicyConnection.js';
import    { PolicyEdge } from './policy/resolvers/PolicyEdge.js';
import    { PolicyIssuer } from './policy/resolvers/PolicyIssuer.js';
import    { PolicyLink } from './policy/resolvers/PolicyLink.js';
import    { PolicyMatch } from './policy/resolvers/PolicyMatch.js';
import    { PolicyMatchConnection } from './policy/resolvers/PolicyMatchConnection.js';
import    { PolicyMatchEdge } from './policy/resolvers/PolicyMatchEdge.js';
import    { PolicyRevision } from './policy/resolvers/PolicyRevision.js';
import    { Project } from './entity/resolvers/Project.js';
import    { ProjectConnection } from './entity/resolvers/ProjectConnection.js';
import    { ProjectEdge } from './entity/resolvers/ProjectEdge.js';
import    { Provenance } from './base/resolvers/Provenance.js';
import    { PurchaseEligibility } from './purchase/resolvers/PurchaseEligibility.js';
import    { PurchaseImportRejection } from './purchase/resolvers/PurchaseImportRejection.js';
import    { PurchaseImportReport } from './purchase/resolvers/PurchaseImportReport.js';
import    { PurchaseMessage } from './purchase/resolvers/PurchaseMessage.js';
import    { PurchaseMessageConnection } from './purchase/resolvers/PurchaseMessageConnection.js';
import    { PurchaseMessageEdge } from './purchase/resolvers/PurchaseMessageEdge.js';
import    { PurchaseOutcome } from './purchase/resolvers/PurchaseOutcome.js';
import    { PurchaseQuota } from './purchase/resolvers/PurchaseQuota.js';
import    { PurchaseRefusal } from './purchase/resolvers/PurchaseRefusal.js';
import    { PurchaseRequest } from './purchase/resolvers/PurchaseRequest.js';
import    { PurchaseRequestConnection } from './purchase/resolvers/PurchaseRequestConnection.js';
import    { PurchaseRequestEdge } from './purchase/resolvers/PurchaseRequestEdge.js';
import    { PurchaseRules } from './purchase/resolvers/PurchaseRules.js';
import    { PurchaseTransition } from './purchase/resolvers/PurchaseTransition.js';
import    { Region as industry_Region } from './industry/resolvers/Region.js';
import    { Region as library_Region } from './library/resolvers/Region.js';
import    { RegisterPayload } from './account/resolvers/RegisterPayload.js';
import    { SearchEdge } from './explore/resolvers/SearchEdge.js';
import    { SearchResults } from './explore/resolvers/SearchResults.js';
import    { SemanticHit } from './embedding/resolvers/SemanticHit.js';
import    { SemanticHitConnection } from './embedding/resolvers/SemanticHitConnection.js';
import    { SemanticHitEdge } from './embedding/resolvers/SemanticHitEdge.js';
import    { Source } from './source/resolvers/Source.js';
import    { SourceConnection } from './source/resolvers/SourceConnection.js';
import    { SourceEdge } from './source/resolvers/SourceEdge.js';
import    { Statement } from './budget/resolvers/Statement.js';
import    { StatementConnection } from './budget/resolvers/StatementConnection.js';
import    { StatementEdge } from './budget/resolvers/StatementEdge.js';
import    { StatementLine } from './budget/resolvers/StatementLine.js';
import    { StatementMismatch } from './budget/resolvers/StatementMismatch.js';
import    { Topic } from './topic/resolvers/Topic.js';
import    { TopicConnection } from './topic/resolvers/TopicConnection.js';
import    { TopicDocument } from './topic/resolvers/TopicDocument.js';
import    { TopicDocumentConnection } from './topic/resolvers/TopicDocumentConnection.js';
import    { TopicDocumentEdge } from './topic/resolvers/TopicDocumentEdge.js';
import    { TopicEdge } from './topic/resolvers/TopicEdge.js';
import    { TopicFacetCount } from './library/resolvers/TopicFacetCount.js';
import    { TopicIndustryCandidate } from './topic/resolvers/TopicIndustryCandidate.js';
import    { TopicKeyword } from './topic/resolvers/TopicKeyword.js';
import    { TopicTrendPoint } from './topic/resolvers/TopicTrendPoint.js';
import    { YearEndItem } from './budget/resolvers/YearEndItem.js';
import    { YearEndPlan } from './budget/resolvers/YearEndPlan.js';
import    { SearchEntity } from './explore/resolvers/SearchEntity.js';
    export const resolvers: Resolvers = {
      Query: { accounts: Query_accounts,auditLog: Query_auditLog,budgetOverview: Query_budgetOverview,budgetTransactions: Query_budgetTransactions,crawlRuns: Query_crawlRuns,csrfToken: Query_csrfToken,document: Query_document,documents: Query_documents,embeddingJob: Query_embeddingJob,embeddingJobs: Query_embeddingJobs,fiscalYears: Query_fiscalYears,hotTopics: Query_hotTopics,importJob: Query_importJob,importJobs: Query_importJobs,industries: Query_industries,industry: Query_industry,industryLibrary: Query_industryLibrary,learningPath: Query_learningPath,learningPaths: Query_learningPaths,libraries: Query_libraries,matchPolicies: Query_matchPolicies,me: Query_me,myBookstore: Query_myBookstore,myPurchaseMessages: Query_myPurchaseMessages,myPurchaseQuota: Query_myPurchaseQuota,myPurchaseRequests: Query_myPurchaseRequests,neighbourhood: Query_neighbourhood,news: Query_news,newsItem: Query_newsItem,organization: Query_organization,organizations: Query_organizations,paths: Query_paths,pendingLinks: Query_pendingLinks,people: Query_people,person: Query_person,policies: Query_policies,policy: Query_policy,policyConditions: Query_policyConditions,project: Query_project,projects: Query_projects,purchaseBook: Query_purchaseBook,purchaseBooks: Query_purchaseBooks,purchaseEligibility: Query_purchaseEligibility,purchaseRequest: Query_purchaseRequest,purchaseRequests: Query_purchaseRequests,purchaseRules: Query_purchaseRules,purchaseStores: Query_purchaseStores,regions: Query_regions,search: Query_search,searchDocuments: Query_searchDocuments,semanticSearch: Query_semanticSearch,source: Query_source,sources: Query_sources,statement: Query_statement,statements: Query_statements,storePurchaseRequests: Query_storePurchaseRequests,suggestPolicyConditions: Query_suggestPolicyConditions,tillEligibility: Query_tillEligibility,topic: Query_topic,topicReviewQueue: Query_topicReviewQueue,topics: Query_topics,version: Query_version,yearEndPreview: Query_yearEndPreview },
      Mutation: { acceptLink: Mutation_acceptLink,allocateBudget: Mutation_allocateBudget,approveStatement: Mutation_approveStatement,cancelPurchase: Mutation_cancelPurchase,cataloguePurchase: Mutation_cataloguePurchase,closeStatementMonth: Mutation_closeStatementMonth,commitYearEnd: Mutation_commitYearEnd,confirmPurchasePickup: Mutation_confirmPurchasePickup,crawlSource: Mutation_crawlSource,createAccount: Mutation_createAccount,createLearningPath: Mutation_createLearningPath,createOrganization: Mutation_createOrganization,createPerson: Mutation_createPerson,createPolicy: Mutation_createPolicy,createProject: Mutation_createProject,declineLink: Mutation_declineLink,deleteLearningPath: Mutation_deleteLearningPath,deleteOrganization: Mutation_deleteOrganization,deletePerson: Mutation_deletePerson,deletePolicy: Mutation_deletePolicy,deleteProject: Mutation_deleteProject,embedDocuments: Mutation_embedDocuments,fileDocument: Mutation_fileDocument,importEntities: Mutation_importEntities,importLiteratureFiles: Mutation_importLiteratureFiles,importPurchaseHoldings: Mutation_importPurchaseHoldings,link: Mutation_link,login: Mutation_login,logout: Mutation_logout,mapTopic: Mutation_mapTopic,markPurchaseMessagesRead: Mutation_markPurchaseMessagesRead,mergeOrganizations: Mutation_mergeOrganizations,mergePeople: Mutation_mergePeople,mergeTopics: Mutation_mergeTopics,payStatement: Mutation_payStatement,publishLearningPath: Mutation_publishLearningPath,purchaseAtTill: Mutation_purchaseAtTill,reconcileStatement: Mutation_reconcileStatement,register: Mutation_register,removeSource: Mutation_removeSource,renameTopic: Mutation_renameTopic,requestPurchase: Mutation_requestPurchase,restoreLearningPath: Mutation_restoreLearningPath,restoreOrganization: Mutation_restoreOrganization,restorePerson: Mutation_restorePerson,restorePolicy: Mutation_restorePolicy,restoreProject: Mutation_restoreProject,returnPurchase: Mutation_returnPurchase,reviewPurchase: Mutation_reviewPurchase,reviewStatement: Mutation_reviewStatement,setPolicyConditions: Mutation_setPolicyConditions,setSourceEnabled: Mutation_setSourceEnabled,splitTopic: Mutation_splitTopic,transferBudget: Mutation_transferBudget,unlink: Mutation_unlink,updateLearningPath: Mutation_updateLearningPath,updateOrganization: Mutation_updateOrganization,updatePerson: Mutation_updatePerson,updatePolicy: Mutation_updatePolicy,updateProject: Mutation_updateProject,updatePurchaseRules: Mutation_updatePurchaseRules,voidBudgetTransaction: Mutation_voidBudgetTransaction },
      
      Account: Account,
AccountConnection: AccountConnection,
AccountEdge: AccountEdge,
AuditConnection: AuditConnection,
AuditEdge: AuditEdge,
AuditEntry: AuditEntry,
AuthPayload: AuthPayload,
Book: Book,
BookConnection: BookConnection,
BookEdge: BookEdge,
BookHolding: BookHolding,
Bookstore: Bookstore,
Budget: Budget,
BudgetContribution: BudgetContribution,
BudgetMonth: BudgetMonth,
BudgetOverview: BudgetOverview,
BudgetTransaction: BudgetTransaction,
BudgetTransactionConnection: BudgetTransactionConnection,
BudgetTransactionEdge: BudgetTransactionEdge,
BulkImportReport: BulkImportReport,
ConditionClause: ConditionClause,
CrawlNowResult: CrawlNowResult,
CrawlRun: CrawlRun,
CrawlRunConnection: CrawlRunConnection,
CrawlRunEdge: CrawlRunEdge,
Document: Document,
DocumentConnection: DocumentConnection,
DocumentEdge: DocumentEdge,
DocumentFiling: DocumentFiling,
DocumentProvenance: DocumentProvenance,
DocumentSearchHit: DocumentSearchHit,
DocumentSearchResult: DocumentSearchResult,
EmbeddingJob: EmbeddingJob,
EmbeddingJobConnection: EmbeddingJobConnection,
EmbeddingJobEdge: EmbeddingJobEdge,
FacetCount: FacetCount,
FiscalYear: FiscalYear,
GraphEdge: GraphEdge,
GraphNode: GraphNode,
GraphPath: GraphPath,
HotTopic: HotTopic,
HotTopicMention: HotTopicMention,
ImportDuplicate: ImportDuplicate,
ImportJob: ImportJob,
ImportJobConnection: ImportJobConnection,
ImportJobEdge: ImportJobEdge,
ImportMerge: ImportMerge,
ImportRecognised: ImportRecognised,
ImportRejection: ImportRejection,
ImportRowReport: ImportRowReport,
ImportTypeCount: ImportTypeCount,
ImportUpdate: ImportUpdate,
ImportWarning: ImportWarning,
Industry: { ...industry_Industry,...library_Industry },
IndustryClassification: IndustryClassification,
IndustryLibrary: { ...library_IndustryLibrary,...trend_IndustryLibrary,...learning_IndustryLibrary },
IndustryLibraryCounts: IndustryLibraryCounts,
IndustryLibraryFacets: IndustryLibraryFacets,
LearningPath: LearningPath,
LearningPathConnection: LearningPathConnection,
LearningPathEdge: LearningPathEdge,
LearningStep: LearningStep,
Library: Library,
LibraryCard: LibraryCard,
Link: Link,
Mention: Mention,
Neighbourhood: Neighbourhood,
NewsConnection: NewsConnection,
NewsEdge: NewsEdge,
NewsItem: NewsItem,
OfficialDocument: OfficialDocument,
Organization: Organization,
OrganizationConnection: OrganizationConnection,
OrganizationEdge: OrganizationEdge,
PageInfo: PageInfo,
PendingLink: PendingLink,
PendingLinkConnection: PendingLinkConnection,
PendingLinkEdge: PendingLinkEdge,
Person: Person,
PersonConnection: PersonConnection,
PersonEdge: PersonEdge,
Policy: Policy,
PolicyAttachment: PolicyAttachment,
PolicyConditions: PolicyConditions,
PolicyConditionsSuggestion: PolicyConditionsSuggestion,
PolicyConnection: PolicyConnection,
PolicyEdge: PolicyEdge,
PolicyIssuer: PolicyIssuer,
PolicyLink: PolicyLink,
PolicyMatch: PolicyMatch,
PolicyMatchConnection: PolicyMatchConnection,
PolicyMatchEdge: PolicyMatchEdge,
PolicyRevision: PolicyRevision,
Project: Project,
ProjectConnection: ProjectConnection,
ProjectEdge: ProjectEdge,
Provenance: Provenance,
PurchaseEligibility: PurchaseEligibility,
PurchaseImportRejection: PurchaseImportRejection,
PurchaseImportReport: PurchaseImportReport,
PurchaseMessage: PurchaseMessage,
PurchaseMessageConnection: PurchaseMessageConnection,
PurchaseMessageEdge: PurchaseMessageEdge,
PurchaseOutcome: PurchaseOutcome,
PurchaseQuota: PurchaseQuota,
PurchaseRefusal: PurchaseRefusal,
PurchaseRequest: PurchaseRequest,
PurchaseRequestConnection: PurchaseRequestConnection,
PurchaseRequestEdge: PurchaseRequestEdge,
PurchaseRules: PurchaseRules,
PurchaseTransition: PurchaseTransition,
Region: { ...industry_Region,...library_Region },
RegisterPayload: RegisterPayload,
SearchEdge: SearchEdge,
SearchResults: SearchResults,
SemanticHit: SemanticHit,
SemanticHitConnection: SemanticHitConnection,
SemanticHitEdge: SemanticHitEdge,
Source: Source,
SourceConnection: SourceConnection,
SourceEdge: SourceEdge,
Statement: Statement,
StatementConnection: StatementConnection,
StatementEdge: StatementEdge,
StatementLine: StatementLine,
StatementMismatch: StatementMismatch,
Topic: Topic,
TopicConnection: TopicConnection,
TopicDocument: TopicDocument,
TopicDocumentConnection: TopicDocumentConnection,
TopicDocumentEdge: TopicDocumentEdge,
TopicEdge: TopicEdge,
TopicFacetCount: TopicFacetCount,
TopicIndustryCandidate: TopicIndustryCandidate,
TopicKeyword: TopicKeyword,
TopicTrendPoint: TopicTrendPoint,
YearEndItem: YearEndItem,
YearEndPlan: YearEndPlan,
SearchEntity: SearchEntity
    }