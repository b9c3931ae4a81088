import type { TopicFacetCountResolvers } from './../../types.generated.js';

export const TopicFacetCount: TopicFacetCountResolvers = {
  topic: async (facet, _arg, ctx) => {
    const topic = await ctx.loaders.topicById.load(facet.topicId);
    if (!topic) throw new Error(`topic ${facet.topicId} vanished while reading the facets`);
    return topic;
  },
};
