import type { CrawlRunResolvers, CrawlRunStatus } from '../../types.generated.js';

export const CrawlRun: CrawlRunResolvers = {
  status: ({ status }) => status.toUpperCase() as CrawlRunStatus,
};
