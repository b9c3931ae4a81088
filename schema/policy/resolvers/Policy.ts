import { historyOf } from '../../audit/history.js';
import { industriesByCodes, levelToApi, validityToApi } from '../mapping.js';
import { httpUrl } from '../../../lib/safe-url.js';
import type { PolicyResolvers } from '../../types.generated.js';

export const Policy: PolicyResolvers = {
  // Crawls keep only http(s) links; a value stored before that rule (or by hand) is never served.
  attachments: async ({ id }, _arg, ctx) => (await ctx.loaders.policyAttachments.load(id)).filter((a) => httpUrl(a.url) !== null),
  industries: async ({ id }, _arg, ctx) => industriesByCodes(ctx.loaders, await ctx.loaders.policyIndustries.load(id)),
  issuerOrganization: ({ id }, _arg, ctx) => ctx.loaders.policyIssuer.load(id),
  level: ({ level }) => levelToApi(level),
  links: ({ id }, _arg, ctx) => ctx.loaders.policyLinks.load(id),
  region: ({ regionCode }, _arg, ctx) => (regionCode ? ctx.loaders.regionByCode.load(regionCode) : null),
  revisions: ({ id }, _arg, ctx) => ctx.loaders.policyRevisions.load(id),
  source: ({ sourceId }, _arg, ctx) => (sourceId ? ctx.loaders.sourceById.load(sourceId) : null),
  validity: ({ validity }) => validityToApi(validity),
  history: (parent, args, ctx) => historyOf(ctx, parent, args),
};
