import { industriesByCodes, levelToApi } from '../../policy/mapping.js';
import type { NewsItemResolvers } from '../../types.generated.js';

export const NewsItem: NewsItemResolvers = {
  industries: async ({ id }, _arg, ctx) => industriesByCodes(ctx.loaders, await ctx.loaders.newsIndustries.load(id)),
  level: ({ level }) => levelToApi(level),
  mentions: ({ id }, _arg, ctx) => ctx.loaders.newsMentions.load(id),
  region: ({ regionCode }, _arg, ctx) => ctx.loaders.regionByCode.load(regionCode),
  source: ({ sourceId }, _arg, ctx) => ctx.loaders.sourceById.load(sourceId),
};
