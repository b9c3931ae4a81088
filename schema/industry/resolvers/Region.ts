import type { RegionResolvers } from '../../types.generated.js';

export const Region: Pick<RegionResolvers, 'children' | 'code' | 'level' | 'name' | 'parent'> = {
  children: (parent, _arg, ctx) => ctx.loaders.regionChildren.load(parent.code),
  parent: (parent, _arg, ctx) => (parent.parentCode ? ctx.loaders.regionByCode.load(parent.parentCode) : null),
};
