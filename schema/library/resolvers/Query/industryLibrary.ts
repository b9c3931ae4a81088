import type { QueryResolvers } from './../../../types.generated.js';

export const industryLibrary: NonNullable<QueryResolvers['industryLibrary']> = async (_parent, { code }, ctx) => {
  const industry = await ctx.loaders.industryByCode.load(code);
  return industry ? { industry } : null;
};
