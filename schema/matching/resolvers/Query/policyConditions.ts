import type { QueryResolvers } from './../../../types.generated.js';

export const policyConditions: NonNullable<QueryResolvers['policyConditions']> = async (_parent, { policyId }, ctx) =>
  (await ctx.repos.policyConditions.byPolicyIds([policyId]))[0] ?? null;
