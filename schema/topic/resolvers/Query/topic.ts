import type { QueryResolvers } from '../../../types.generated.js';

export const topic: NonNullable<QueryResolvers['topic']> = async (_parent, { id }, ctx) => {
  const found = await ctx.loaders.topicById.load(id);
  return found && !found.retired ? found : null;
};
