import { policyKeys } from '../../../../graph/repositories/policy/policies.js';
import { checkDate, levelFromApi, validityFromApi } from '../../mapping.js';
import { resolveIndustry, resolveRegion } from '../../../industry/filters.js';
import { isStaff } from '../../../../domain/account/access.js';
import { todayOf } from '../../../context.js';
import { decodeKeysetCursor, keysetConnection, pageSize } from '../../../../lib/connection.js';
import { ForbiddenError } from '../../../../lib/errors.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const policies: NonNullable<QueryResolvers['policies']> = async (_parent, { filter, first, after }, ctx) => {
  const limit = pageSize(first);
  const keys = decodeKeysetCursor(after, 2);
  if (filter?.includeDeleted && !isStaff(ctx.viewer)) throw ForbiddenError('Only librarians see deleted policies');
  const page = await ctx.repos.policies.list(
    {
      industryCode: await resolveIndustry(ctx, filter?.industry),
      regionCode: await resolveRegion(ctx, filter?.region),
      level: levelFromApi(filter?.level),
      issuer: filter?.issuer?.trim() || null,
      validity: validityFromApi(filter?.validity),
      from: checkDate('from', filter?.from),
      to: checkDate('to', filter?.to),
      inForce: filter?.inForce ?? null,
      today: todayOf(ctx),
      includeDeleted: filter?.includeDeleted ?? false,
    },
    { first: limit, after: keys ? [keys[0]!, keys[1]!] : null },
  );
  for (const policy of page.items) ctx.loaders.policyById.prime(policy.id, policy);
  return keysetConnection(page.items, page.hasMore, policyKeys);
};
