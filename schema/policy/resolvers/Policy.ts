import { historyOf } from '../../audit/history.js';
import { industriesByCodes, levelToApi, validityToApi } from '../mapping.js';
import type { PolicyResolvers } from '../../types.generated.js';

export const Policy: PolicyResolvers = {
  attachments: async ({ id }, _arg, ctx) => (await ctx.loaders.policyDetails.load(id)).attachments,
  industries: async ({ id, industryCodes }, _arg, ctx) =>
    industriesByCodes(ctx.loaders, industryCodes ?? (await ctx.loaders.policyIndustries.load(id))),
  issuerOrganization: async ({ id }, _arg, ctx) => (await ctx.loaders.policyDetails.load(id)).issuer,
  level: ({ level }) => levelToApi(level),
  links: async ({ id }, _arg, ctx) => (await ctx.loaders.policyDetails.load(id)).links,
  region: ({ regionCode }, _arg, ctx) => (regionCode ? ctx.loaders.regionByCode.load(regionCode) : null),
  revisions: async ({ id }, _arg, ctx) => (await ctx.loaders.policyDetails.load(id)).revisions,
  source: ({ sourceId }, _arg, ctx) => (sourceId ? ctx.loaders.sourceById.load(sourceId) : null),
  validity: ({ validity }) => validityToApi(validity),
  history: (parent, args, ctx) => historyOf(ctx, parent, args),
};
