import type { Graph } from '../driver.js';
import { DocumentRepository } from './document/documents.js';
import { ImportBatchRepository } from './document/imports.js';
import { DocumentEmbeddingRepository } from './embedding/document-embedding.js';
import { IndustryRepository } from './industry/industries.js';
import { FilingRepository } from './industry/filings.js';
import { IndustryProfileRepository } from './industry/profiles.js';
import { RegionRepository } from './region/regions.js';
import { TopicRepository } from './topic/topics.js';
import { TopicMembershipRepository } from './topic/membership.js';
import { TopicDecisionRepository } from './topic/decisions.js';
import { TopicRebuildRepository } from './topic/rebuilds.js';
import { PhraseVectorRepository } from './topic/phrase-vectors.js';
import { CrawlRunRepository } from './source/crawl-runs.js';
import { NewsRepository } from './news/news.js';
import { PolicyRepository } from './policy/policies.js';
import { SourceRepository } from './source/sources.js';
import { AccountRepository, LibraryRepository } from './account/accounts.js';
import { EntityRepository } from './entity/entities.js';
import { LinkRepository } from './entity/links.js';
import { MergeRepository } from './entity/merges.js';
import { AuditRepository } from './audit/audit.js';
import { ExploreRepository } from './explore/explore.js';
import { PolicyConditionsRepository } from './policy/conditions.js';
import { PolicyCurationRepository } from './policy/curation.js';
import { createPurchaseRepositories } from './purchase/index.js';
import { LedgerRepository } from './budget/ledger.js';
import { BudgetQueryRepository } from './budget/queries.js';
import { BudgetSetupRepository } from './budget/setup.js';
import { SettlementRepository } from './budget/settlement.js';
import { StoreMessageRepository } from './bookstore/messages.js';
import { IndustryLibraryRepository } from './library/library.js';
import { TrendMentionRepository } from './trend/mentions.js';
import { LearningPathRepository } from './learning/paths.js';
import { NewsTopicRepository } from './trend/news-topics.js';

export function createRepositories(graph: Graph) {
  return {
    /**
     * Where services open a use case's transaction (`repos.graph.writeTx(async (tx) => …)`);
     * repository methods that write take that `tx`. Only the transaction doors: Cypher stays in the repositories.
     */
    graph: graph as Pick<Graph, 'readTx' | 'writeTx'>,
    industries: new IndustryRepository(graph),
    industryFilings: new FilingRepository(graph),
    industryProfiles: new IndustryProfileRepository(graph),
    regions: new RegionRepository(graph),
    documents: new DocumentRepository(graph),
    importBatches: new ImportBatchRepository(graph),
    documentEmbeddings: new DocumentEmbeddingRepository(graph),
    topics: new TopicRepository(graph),
    topicMemberships: new TopicMembershipRepository(graph),
    topicDecisions: new TopicDecisionRepository(graph),
    topicRebuilds: new TopicRebuildRepository(graph),
    phraseVectors: new PhraseVectorRepository(graph),
    sources: new SourceRepository(graph),
    policies: new PolicyRepository(graph),
    news: new NewsRepository(graph),
    crawlRuns: new CrawlRunRepository(graph),
    accounts: new AccountRepository(graph),
    libraries: new LibraryRepository(graph),
    entities: new EntityRepository(graph),
    links: new LinkRepository(graph),
    merges: new MergeRepository(),
    audit: new AuditRepository(graph),
    explore: new ExploreRepository(graph),
    policyConditions: new PolicyConditionsRepository(graph),
    policyCuration: new PolicyCurationRepository(),
    purchase: createPurchaseRepositories(graph),
    ledger: new LedgerRepository(),
    budgetQueries: new BudgetQueryRepository(graph),
    budgetSetup: new BudgetSetupRepository(graph),
    settlement: new SettlementRepository(graph),
    storeMessages: new StoreMessageRepository(graph),
    industryLibraries: new IndustryLibraryRepository(graph),
    trendMentions: new TrendMentionRepository(graph),
    learningPaths: new LearningPathRepository(graph),
    newsTopics: new NewsTopicRepository(graph),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
