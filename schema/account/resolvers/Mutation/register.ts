import { RateLimitedError } from '../../../../lib/errors.js';
import { registerReader } from '../../../../services/account/accounts.js';
import type { MutationResolvers } from '../../../types.generated.js';

/** Reader self-service; counts against the IP's sign-in budget so it cannot be used to spray accounts. */
export const register: NonNullable<MutationResolvers['register']> = async (_parent, { input }, ctx) => {
  const wait = ctx.auth.limits.perIp.retryAfter(ctx.http.ip);
  if (wait > 0) throw RateLimitedError(wait);
  ctx.auth.limits.perIp.hit(ctx.http.ip);
  return { message: await registerReader(ctx.repos, input) };
};
