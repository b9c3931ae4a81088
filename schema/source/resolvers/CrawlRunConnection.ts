import type { CrawlRunConnectionResolvers } from './../../types.generated.js';
export const CrawlRunConnection: CrawlRunConnectionResolvers = {/* Implement CrawlRunConnection resolver logic here */};
