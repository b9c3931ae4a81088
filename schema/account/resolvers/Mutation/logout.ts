import { clearedSessionCookie, endSession } from '../../../../services/account/sessions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const logout: NonNullable<MutationResolvers['logout']> = async (_parent, _arg, ctx) => {
  ctx.http.setCookie(clearedSessionCookie(ctx.http.secureCookies));
  if (!ctx.session) return false;
  await endSession(ctx.repos, ctx.session.tokenHash);
  return true;
};
