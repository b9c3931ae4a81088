import { sessionCookie } from '../../server/auth/sessions.js';
import type { RequestContext } from '../../server/context.js';
import type { SignedIn, SignedInView } from '../../server/services/accounts.js';

/** Puts the session token into its httpOnly cookie; the client only ever sees the CSRF token. */
export function startSession(ctx: RequestContext, signedIn: SignedIn): SignedInView {
  ctx.http.setCookie(sessionCookie(signedIn.token, { expires: signedIn.expiresAt, secure: ctx.http.secureCookies }));
  return { account: signedIn.account, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString() };
}
