import type { CrawlRunEdgeResolvers } from './../../types.generated.js';
export const CrawlRunEdge: CrawlRunEdgeResolvers = {/* Implement CrawlRunEdge resolver logic here */};
