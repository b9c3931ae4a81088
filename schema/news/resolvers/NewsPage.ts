import type { NewsPageResolvers } from '../../types.generated.js';
export const NewsPage: NewsPageResolvers = {/* Implement NewsPage resolver logic here */};
