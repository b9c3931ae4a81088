import { RateLimitedError } from '../../../../lib/errors.js';
import { createAccount } from '../../../../services/account/accounts.js';
import { openSession } from '../../../../services/account/sessions.js';
import { startSession } from '../../session.js';
import type { MutationResolvers } from '../../../types.generated.js';

/** Reader self-service; counts against the IP's sign-in budget so it cannot be used to spray accounts. */
export const register: NonNullable<MutationResolvers['register']> = async (_parent, { input }, ctx) => {
  const wait = ctx.auth.limits.perIp.retryAfter(ctx.http.ip);
  if (wait > 0) throw RateLimitedError(wait);
  ctx.auth.limits.perIp.hit(ctx.http.ip);
  const account = await createAccount(ctx.repos, { ...input, role: 'READER', libraryId: null });
  return startSession(ctx, await openSession(ctx.repos, account, ctx.auth.config.sessionTtlMs));
};
