import type { HotTopicResolvers } from './../../types.generated.js';

export const HotTopic: HotTopicResolvers = {
  topic: ({ topicId }, _arg, ctx) => (topicId ? ctx.loaders.topicById.load(topicId) : null),
};
