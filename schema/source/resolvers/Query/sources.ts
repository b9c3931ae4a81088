import type { QueryResolvers } from '../../../types.generated.js';

export const sources: NonNullable<QueryResolvers['sources']> = async (_parent, { enabled }, ctx) => {
  const list = await ctx.repos.sources.list({ enabled: enabled ?? null });
  for (const source of list) ctx.loaders.sourceById.prime(source.id, source);
  return list;
};
