import { historyOf } from '../../audit/history.js';
import { industriesByCodes, levelToApi, validityToApi } from '../mapping.js';
import { httpUrl } from '../../../lib/safe-url.js';
import type { PolicyResolvers } from '../../types.generated.js';

export const Policy: PolicyResolvers = {
  // Crawls keep only http(s) links; a value stored before that rule (or by hand) is never served.
  attachments: async ({ id }, _arg, ctx) => (await ctx.loaders.policyDetails.load(id)).attachments.filter((a) => httpUrl(a.url) !== null),
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
