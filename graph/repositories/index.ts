import type { Graph } from '../driver.js';
import { DocumentRepository } from './document.js';
import { DocumentEmbeddingRepository } from './document-embedding.js';
import { IndustryRepository, RegionRepository } from './industry.js';
import { TopicRepository } from './topic.js';

export function createRepositories(graph: Graph) {
  return {
    industries: new IndustryRepository(graph),
    regions: new RegionRepository(graph),
    documents: new DocumentRepository(graph),
    documentEmbeddings: new DocumentEmbeddingRepository(graph),
    topics: new TopicRepository(graph),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
