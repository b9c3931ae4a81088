import type { TopicKeywordResolvers } from '../../types.generated.js';
export const TopicKeyword: TopicKeywordResolvers = {/* Implement TopicKeyword resolver logic here */};
