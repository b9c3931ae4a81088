import { NotFoundError } from '../../../../lib/errors.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const industries: NonNullable<QueryResolvers['industries']> = async (_parent, { parent, region }, ctx) => {
  let regionCode: string | null = null;
  if (region) {
    const found = await ctx.reference.findRegion(region);
    if (!found) throw NotFoundError('Region', region);
    regionCode = found.code;
  }
  const list = await ctx.reference.industries({ parentCode: parent ?? null, regionCode });
  for (const industry of list) ctx.loaders.industryByCode.prime(industry.code, industry);
  return list;
};
