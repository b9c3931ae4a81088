import { z } from 'zod';
import { newId } from '../../graph/ids.js';
import type { AccountRecord, Role } from '../../domain/account/types.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';
import type { LoginLimits } from './rate-limit.js';
import { openSession, type SignedIn } from './sessions.js';
import { decodeKeysetCursor, keysetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { AppError, ConflictError, NotFoundError, RateLimitedError, ValidationError } from '../../lib/errors.js';

/** Accounts: self-registration of readers, staff accounts made by admins, sign-in with sessions. */

const Email = z
  .email('expected an email address')
  .max(254)
  .transform((e) => e.trim().toLowerCase());
const Password = z.string().min(10, 'a password needs at least 10 characters').max(256, 'a password has at most 256 characters');
const DisplayName = z.string().trim().min(1, 'a display name is needed').max(64);

function parse<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw ValidationError(`${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { field });
  return parsed.data;
}

interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  libraryId: string | null;
}

export async function createAccount(repos: Repositories, input: NewAccount): Promise<AccountRecord> {
  const email = parse(Email, input.email, 'email');
  const password = parse(Password, input.password, 'password');
  const displayName = parse(DisplayName, input.displayName, 'displayName');
  await checkRoleLibrary(repos, input.role, input.libraryId);
  const passwordHash = await hashPassword(password);
  const account = await repos.graph.writeTx((tx) =>
    repos.accounts.create(tx, { id: newId(), email, displayName, role: input.role, libraryId: input.libraryId, passwordHash }),
  );
  if (!account) throw ConflictError('an account with this email exists', { field: 'email' });
  return account;
}

export const REGISTRATION_ANSWER = '注册申请已受理：如该邮箱尚未注册，读者账号已创建。请用该邮箱和密码登录。';

/**
 * Reader self-registration that does not tell whether the e-mail has an account: the same
 * answer, and the same work (one Argon2 hash, one write transaction), either way. An existing
 * account is left as it is.
 */
export async function registerReader(
  repos: Repositories,
  input: { email: string; password: string; displayName: string },
): Promise<string> {
  try {
    await createAccount(repos, { ...input, role: 'READER', libraryId: null });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
  }
  return REGISTRATION_ANSWER;
}

async function checkRoleLibrary(repos: Repositories, role: Role, libraryId: string | null): Promise<void> {
  if (role === 'LIBRARIAN' && !libraryId) throw ValidationError('a librarian belongs to a member library', { field: 'library' });
  if (role !== 'LIBRARIAN' && libraryId) throw ValidationError('only librarians belong to a library', { field: 'library' });
  if (libraryId) {
    const [library] = await repos.libraries.byIds([libraryId]);
    if (!library) throw ValidationError(`unknown library ${JSON.stringify(libraryId)}`, { field: 'library' });
  }
}

/** Gives an existing account another role; its open sessions end. */
export async function changeRole(
  repos: Repositories,
  input: { email: string; role: Role; libraryId: string | null },
): Promise<AccountRecord> {
  const email = parse(Email, input.email, 'email');
  await checkRoleLibrary(repos, input.role, input.libraryId);
  const account = await repos.graph.writeTx((tx) => repos.accounts.setRole(tx, email, input.role, input.libraryId));
  if (!account) throw NotFoundError('Account', email);
  return account;
}

/**
 * Checks the password and opens a session. Failures count against both the account and the
 * client IP; over either limit the attempt is refused before the password is even checked.
 */
export async function login(
  repos: Repositories,
  limits: LoginLimits,
  input: { email: string; password: string; ip: string; sessionTtlMs: number },
): Promise<SignedIn> {
  const email = String(input.email).trim().toLowerCase();
  const wait = Math.max(limits.perAccount.retryAfter(email), limits.perIp.retryAfter(input.ip));
  if (wait > 0) throw RateLimitedError(wait);
  limits.perIp.hit(input.ip);
  const found = await repos.accounts.credentialsByEmail(email);
  const ok = await verifyPassword(found?.passwordHash ?? (await decoyHash()), String(input.password));
  if (!found || !ok) {
    limits.perAccount.hit(email);
    throw new AppError('UNAUTHENTICATED', 'wrong email or password');
  }
  limits.perAccount.reset(email);
  return openSession(repos, found.account, input.sessionTtlMs);
}

/** One page of accounts in creation order, of one library or all (who may ask is the caller's check). */
export async function listAccounts(
  repos: Repositories,
  filter: { libraryId: string | null },
  page: { first?: number | null; after?: string | null },
): Promise<Connection<AccountRecord>> {
  const first = pageSize(page.first);
  const after = decodeKeysetCursor(page.after, 1)?.[0] ?? null;
  const { items, hasNextPage } = await repos.accounts.list({ libraryId: filter.libraryId, first, after });
  return keysetConnection(items, hasNextPage, (account) => [account.id]);
}
