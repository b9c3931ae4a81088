import type { QueryResolvers } from '../../../types.generated.js';

export const topics: NonNullable<QueryResolvers['topics']> = async (_parent, { industry }, ctx) => {
  const list = await ctx.repos.topics.list({ industryCode: industry ?? null });
  for (const topic of list) ctx.loaders.topicById.prime(topic.id, topic);
  return list;
};
