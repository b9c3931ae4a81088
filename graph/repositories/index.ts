import type { Graph } from '../driver.js';
import { DocumentEmbeddingRepository } from './document-embedding.js';
import { IndustryRepository, RegionRepository } from './industry.js';
import { TopicRepository } from './topic.js';

export function createRepositories(graph: Graph) {
  return {
    industries: new IndustryRepository(graph),
    regions: new RegionRepository(graph),
    documentEmbeddings: new DocumentEmbeddingRepository(graph),
    topics: new TopicRepository(graph),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
