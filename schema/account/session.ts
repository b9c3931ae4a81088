import { sessionCookie } from '../../services/account/sessions.js';
import type { RequestContext } from '../context.js';
import type { SignedIn, SignedInView } from '../../services/account/sessions.js';

/** Puts the session token into its httpOnly cookie; the client only ever sees the CSRF token. */
export function startSession(ctx: RequestContext, signedIn: SignedIn): SignedInView {
  // The rest of this response (e.g. the payload's own email) is resolved as the new account.
  ctx.viewer = { id: signedIn.account.id, role: signedIn.account.role, libraryId: signedIn.account.libraryId };
  ctx.http.setCookie(sessionCookie(signedIn.token, { expires: signedIn.expiresAt, secure: ctx.http.secureCookies }));
  return { account: signedIn.account, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString() };
}
