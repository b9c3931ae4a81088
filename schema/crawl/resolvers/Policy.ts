import { industriesByCodes, levelToApi, validityToApi } from '../mapping.js';
import type { PolicyResolvers } from './../../types.generated.js';

export const Policy: PolicyResolvers = {
  attachments: ({ id }, _arg, ctx) => ctx.loaders.policyAttachments.load(id),
  industries: async ({ id }, _arg, ctx) => industriesByCodes(ctx.loaders, await ctx.loaders.policyIndustries.load(id)),
  issuerOrganization: ({ id }, _arg, ctx) => ctx.loaders.policyIssuer.load(id),
  level: ({ level }) => levelToApi(level),
  links: ({ id }, _arg, ctx) => ctx.loaders.policyLinks.load(id),
  region: ({ regionCode }, _arg, ctx) => ctx.loaders.regionByCode.load(regionCode),
  revisions: ({ id }, _arg, ctx) => ctx.loaders.policyRevisions.load(id),
  source: ({ sourceId }, _arg, ctx) => ctx.loaders.sourceById.load(sourceId),
  validity: ({ validity }) => validityToApi(validity),
};
