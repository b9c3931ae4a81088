import { newsKeys } from '../../../../graph/repositories/news/news.js';
import { checkDate, levelFromApi } from '../../../policy/mapping.js';
import { resolveIndustry, resolveRegion } from '../../../industry/filters.js';
import { decodeKeysetCursor, keysetConnection, pageSize } from '../../../../lib/connection.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const news: NonNullable<QueryResolvers['news']> = async (_parent, { filter, first, after }, ctx) => {
  const limit = pageSize(first);
  const keys = decodeKeysetCursor(after, 2);
  const page = await ctx.repos.news.list(
    {
      industryCode: await resolveIndustry(ctx, filter?.industry),
      regionCode: await resolveRegion(ctx, filter?.region),
      level: levelFromApi(filter?.level),
      sourceId: filter?.source ?? null,
      from: checkDate('from', filter?.from),
      to: checkDate('to', filter?.to),
    },
    { first: limit, after: keys ? [keys[0]!, keys[1]!] : null },
  );
  for (const item of page.items) ctx.loaders.newsById.prime(item.id, item);
  return keysetConnection(page.items, page.hasMore, newsKeys);
};
