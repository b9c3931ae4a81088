import type { TopicDocumentResolvers } from '../../types.generated.js';
export const TopicDocument: TopicDocumentResolvers = {/* Implement TopicDocument resolver logic here */};
