import { checkDate, checkFirst, decodeCursor, encodeCursor, levelFromApi } from '../../../policy/mapping.js';
import { resolveIndustry, resolveRegion } from '../../../industry/filters.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const news: NonNullable<QueryResolvers['news']> = async (_parent, { filter, first, after }, ctx) => {
  const limit = checkFirst(first);
  const page = await ctx.repos.news.list(
    {
      industryCode: await resolveIndustry(ctx, filter?.industry),
      regionCode: await resolveRegion(ctx, filter?.region),
      level: levelFromApi(filter?.level),
      sourceId: filter?.source ?? null,
      from: checkDate('from', filter?.from),
      to: checkDate('to', filter?.to),
    },
    { first: limit, after: decodeCursor(after) },
  );
  for (const item of page.items) ctx.loaders.newsById.prime(item.id, item);
  const last = page.items.at(-1);
  return { items: page.items, hasMore: page.hasMore, endCursor: last ? encodeCursor(`${last.publishedAt ?? '0000'}|${last.id}`) : null };
};
