import type { TopicDocumentPageResolvers } from '../../types.generated.js';
export const TopicDocumentPage: TopicDocumentPageResolvers = {/* Implement TopicDocumentPage resolver logic here */};
