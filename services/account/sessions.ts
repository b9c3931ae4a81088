import { createHash, randomBytes } from 'node:crypto';
import type { Repositories } from '../../graph/repositories/index.js';
import type { Viewer } from '../../domain/account/access.js';
import type { AccountRecord } from '../../domain/account/types.js';
import { systemClock } from '../../lib/clock.js';

export const SESSION_COOKIE = 'hechuang_session';
/** The header a browser must send with every mutation (see ARCHITECTURE.md, "Sessions and CSRF"). */
export const CSRF_HEADER = 'x-hechuang-csrf';

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // malformed percent-encoding: no session, like a missing cookie
      }
    }
  }
  return undefined;
}

export function sessionCookie(token: string, options: { expires: Date; secure: boolean }): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    `Expires=${options.expires.toUTCString()}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The viewer and session a request's cookie header names (one indexed lookup), or nulls for visitors. */
export async function sessionOf(
  repos: Pick<Repositories, 'accounts'>,
  cookieHeader: string | undefined,
): Promise<{ viewer: Viewer | null; session: { tokenHash: string; csrfToken: string } | null }> {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  if (!token || token.length > 128) return { viewer: null, session: null };
  const hash = tokenHash(token);
  const found = await repos.accounts.session(hash);
  if (!found) return { viewer: null, session: null };
  return {
    viewer: { id: found.account.id, role: found.account.role, libraryId: found.account.libraryId },
    session: { tokenHash: hash, csrfToken: found.csrfToken },
  };
}

export interface SignedIn {
  account: AccountRecord;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** What `login` and `register` return to the client (the session token goes into the cookie only). */
export interface SignedInView {
  account: AccountRecord;
  csrfToken: string;
  expiresAt: string;
}

/** Opens a session of `account` for `ttlMs`; only the token's hash is stored. */
export function openSession(repos: Repositories, account: AccountRecord, ttlMs: number): Promise<SignedIn> {
  const token = newToken();
  const csrfToken = newToken();
  // Expiry is compared with the database's clock (`datetime()`), so it is the real time, never a test's fixed day.
  const expiresAt = new Date(systemClock().getTime() + ttlMs);
  return repos.graph.writeTx(async (tx) => {
    await repos.accounts.createSession(tx, {
      tokenHash: tokenHash(token),
      csrfToken,
      accountId: account.id,
      expiresAt: expiresAt.toISOString(),
    });
    // Expired sessions are refused by the lookup anyway; sweeping them at each sign-in (one
    // indexed query) keeps them from piling up without a background job.
    await repos.accounts.deleteExpiredSessions(tx);
    return { account, token, csrfToken, expiresAt };
  });
}

/** Ends the session with this token hash (logout, or a new sign-in on the same browser). */
export async function endSession(repos: Repositories, hash: string): Promise<void> {
  await repos.graph.writeTx((tx) => repos.accounts.deleteSession(tx, hash));
}
