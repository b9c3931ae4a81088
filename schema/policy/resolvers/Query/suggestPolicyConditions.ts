import { requireRole } from '../../../../domain/account/access.js';
import { suggestConditions } from '../../../../services/policy/matching.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const suggestPolicyConditions: NonNullable<QueryResolvers['suggestPolicyConditions']> = async (_parent, { policyId }, ctx) => {
  requireRole(ctx, 'LIBRARIAN');
  const policy = await ctx.repos.policyConditions.readPolicy(policyId);
  if (!policy) return null;
  const suggested = suggestConditions(`${policy.title}\n${policy.text}`);
  return { ...suggested, qualifications: suggested.qualifications ?? [] };
};
