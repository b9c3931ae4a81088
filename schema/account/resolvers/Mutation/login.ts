import { login as signIn } from '../../../../services/account/accounts.js';
import { endSession } from '../../../../services/account/sessions.js';
import { startSession } from '../../session.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const login: NonNullable<MutationResolvers['login']> = async (_parent, { email, password }, ctx) => {
  const signedIn = await signIn(ctx.repos, ctx.auth.limits, {
    email,
    password,
    ip: ctx.http.ip,
    sessionTtlMs: ctx.auth.config.sessionTtlMs,
  });
  if (ctx.session) await endSession(ctx.repos, ctx.session.tokenHash);
  return startSession(ctx, signedIn);
};
