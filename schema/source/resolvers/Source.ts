import { ValidationError } from '../../../lib/errors.js';
import { industriesByCodes, levelToApi } from '../../policy/mapping.js';
import type { SourceItemType, SourceKind, SourceResolvers } from '../../types.generated.js';

export const Source: SourceResolvers = {
  industries: ({ industries }, _arg, ctx) => industriesByCodes(ctx.loaders, industries),
  itemType: ({ itemType }) => itemType.toUpperCase() as SourceItemType,
  kind: ({ kind }) => kind.toUpperCase() as SourceKind,
  level: ({ level }) => levelToApi(level),
  region: ({ regionCode }, _arg, ctx) => ctx.loaders.regionByCode.load(regionCode),
  runs: ({ id }, { limit }, ctx) => {
    const count = limit ?? 10;
    if (!Number.isInteger(count) || count < 1 || count > 100) throw ValidationError('limit must be between 1 and 100', { limit: count });
    return ctx.loaders.sourceRuns(count).load(id);
  },
};
