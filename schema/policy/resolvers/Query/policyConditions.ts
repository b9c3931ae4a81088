import type { QueryResolvers } from '../../../types.generated.js';

/** Conditions of a policy the viewer may see (deleted policies only for librarians). */
export const policyConditions: NonNullable<QueryResolvers['policyConditions']> = async (_parent, { policyId }, ctx) =>
  (await ctx.loaders.policyById.load(policyId)) ? ((await ctx.repos.policyConditions.byPolicyIds([policyId]))[0] ?? null) : null;
