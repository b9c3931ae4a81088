import { historyOf } from '../../audit/history.js';
import { industriesByCodes, levelToApi, validityToApi } from '../mapping.js';
import type { PolicyResolvers } from '../../types.generated.js';

export const Policy: PolicyResolvers = {
  attachments: ({ id }, _arg, ctx) => ctx.loaders.policyAttachments.load(id),
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
