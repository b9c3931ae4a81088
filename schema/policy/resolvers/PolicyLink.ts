import type { PolicyLinkResolvers } from '../../types.generated.js';

export const PolicyLink: PolicyLinkResolvers = {
  policy: async ({ policyId }, _arg, ctx) => {
    const policy = await ctx.loaders.policyById.load(policyId);
    if (!policy) throw new Error(`linked policy ${policyId} is missing`);
    return policy;
  },
};
