import type { IndustryRecord } from '../../../domain/industry/types.js';
import type { RegionResolvers } from './../../types.generated.js';

export const Region: Pick<RegionResolvers, 'signatureIndustries'> = {
  signatureIndustries: async (region, _arg, ctx) => {
    const codes = await ctx.loaders.signatureIndustries.load(region.code);
    const industries = await ctx.loaders.industryByCode.loadMany(codes);
    return industries.filter((industry): industry is IndustryRecord => industry !== null && !(industry instanceof Error));
  },
};
