import { pageSize } from '../../../lib/connection.js';
import { industriesByCodes, levelToApi } from '../../policy/mapping.js';
import { runConnection } from '../pages.js';
import type { SourceItemType, SourceKind, SourceResolvers } from '../../types.generated.js';

export const Source: SourceResolvers = {
  industries: ({ industries }, _arg, ctx) => industriesByCodes(ctx.loaders, industries),
  itemType: ({ itemType }) => itemType.toUpperCase() as SourceItemType,
  kind: ({ kind }) => kind.toUpperCase() as SourceKind,
  level: ({ level }) => levelToApi(level),
  region: ({ regionCode }, _arg, ctx) => ctx.loaders.regionByCode.load(regionCode),
  runs: async ({ id }, { first }, ctx) => {
    const size = pageSize(first, 10);
    // One more than asked, batched across the listed sources, tells whether more runs follow.
    const runs = await ctx.loaders.sourceRuns(size + 1).load(id);
    return runConnection(runs.slice(0, size), runs.length > size);
  },
};
