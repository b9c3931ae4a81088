import { offsetAfter, offsetConnection, pageSize } from '../../../../lib/connection.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const topics: NonNullable<QueryResolvers['topics']> = async (_parent, { industry, orderBy, first, after }, ctx) => {
  const limit = pageSize(first);
  const offset = offsetAfter(after);
  const page = await ctx.repos.topics.page({ industryCode: industry ?? null, order: orderBy ?? 'LIBRARY' }, { offset, first: limit });
  for (const topic of page.items) ctx.loaders.topicById.prime(topic.id, topic);
  return { ...offsetConnection(page.items, offset, page.hasMore), totalCount: page.total };
};
