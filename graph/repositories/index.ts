import type { Graph } from '../driver.js';
import { DocumentRepository } from './document/documents.js';
import { DocumentEmbeddingRepository } from './embedding/document-embedding.js';
import { IndustryRepository, RegionRepository } from './industry/industries.js';
import { TopicRepository } from './topic/topics.js';
import { CrawlRunRepository } from './source/crawl-runs.js';
import { NewsRepository } from './news/news.js';
import { PolicyRepository } from './policy/policies.js';
import { SourceRepository } from './source/sources.js';
import { AccountRepository, LibraryRepository } from './account/accounts.js';
import { CurationRepository } from './entity/curation.js';
import { PolicyConditionsRepository } from './policy/conditions.js';
import { PolicyCurationRepository } from './policy/curation.js';

export function createRepositories(graph: Graph) {
  return {
    industries: new IndustryRepository(graph),
    regions: new RegionRepository(graph),
    documents: new DocumentRepository(graph),
    documentEmbeddings: new DocumentEmbeddingRepository(graph),
    topics: new TopicRepository(graph),
    sources: new SourceRepository(graph),
    policies: new PolicyRepository(graph),
    news: new NewsRepository(graph),
    crawlRuns: new CrawlRunRepository(graph),
    accounts: new AccountRepository(graph),
    libraries: new LibraryRepository(graph),
    curation: new CurationRepository(graph),
    policyConditions: new PolicyConditionsRepository(graph),
    policyCuration: new PolicyCurationRepository(),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
