import type { Graph } from '../driver.js';
import { CrawlRunRepository } from './crawl-runs.js';
import { IndustryRepository, RegionRepository } from './industry.js';
import { NewsRepository } from './news.js';
import { PolicyRepository } from './policy.js';
import { SourceRepository } from './sources.js';

export function createRepositories(graph: Graph) {
  return {
    industries: new IndustryRepository(graph),
    regions: new RegionRepository(graph),
    sources: new SourceRepository(graph),
    policies: new PolicyRepository(graph),
    news: new NewsRepository(graph),
    crawlRuns: new CrawlRunRepository(graph),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
