import type { HotTopicResolvers } from './../../types.generated.js';
export const HotTopic: HotTopicResolvers = {/* Implement HotTopic resolver logic here */};
