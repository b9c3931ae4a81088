import { matchPolicies as match } from '../../../../services/policy/matching.js';
import { todayOf } from '../../../context.js';
import type { QueryResolvers } from '../../../types.generated.js';

/** Public: founders need no account to ask which policies apply. */
export const matchPolicies: NonNullable<QueryResolvers['matchPolicies']> = (_parent, { profile, first, after }, ctx) =>
  match(ctx.repos, profile, { first, after, today: todayOf(ctx) });
