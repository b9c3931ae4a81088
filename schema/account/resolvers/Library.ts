import type { LibraryResolvers } from '../../types.generated.js';

export const Library: LibraryResolvers = {
  region: (parent, _arg, ctx) => ctx.loaders.regionByCode.load(parent.regionCode),
};
