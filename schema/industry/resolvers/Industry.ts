import type { IndustryResolvers } from './../../types.generated.js';

export const Industry: IndustryResolvers = {
  children: (parent, _arg, ctx) => ctx.loaders.industryChildren.load(parent.code),
  parent: (parent, _arg, ctx) => (parent.parentCode ? ctx.loaders.industryByCode.load(parent.parentCode) : null),
  regions: (parent, _arg, ctx) => ctx.loaders.industryRegions.load(parent.code),
};
