import type { CrawlNowResultResolvers } from '../../types.generated.js';

export const CrawlNowResult: CrawlNowResultResolvers = {};
