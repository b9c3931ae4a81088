import type { HotTopicMentionResolvers } from './../../types.generated.js';
export const HotTopicMention: HotTopicMentionResolvers = {/* Implement HotTopicMention resolver logic here */};
