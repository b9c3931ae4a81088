import type { RegionResolvers } from '../../types.generated.js';

export const Region: RegionResolvers = {
  children: (parent, _arg, ctx) => ctx.loaders.regionChildren.load(parent.code),
  parent: (parent, _arg, ctx) => (parent.parentCode ? ctx.loaders.regionByCode.load(parent.parentCode) : null),
};
