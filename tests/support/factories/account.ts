import type { Graph } from '../../../graph/driver.js';
import type { AccountRecord, Role } from '../../../domain/account/types.js';
import type { Viewer } from '../../../domain/account/access.js';
import { Client, PASSWORD, seedAccount } from '../client.js';
import { loadReferenceData } from './entity.js';

/** Accounts for tests, made through the account service with unique emails unless one is given. */

let sequence = 0;

export interface BuiltAccount {
  account: AccountRecord;
  email: string;
  password: string;
  /** As the services see it when this account acts. */
  viewer: Viewer;
}

export async function buildAccount(
  graph: Graph,
  overrides: { email?: string; role?: Role; libraryId?: string | null } = {},
): Promise<BuiltAccount> {
  const role = overrides.role ?? 'READER';
  const libraryId = overrides.libraryId ?? (role === 'LIBRARIAN' ? 'haining-library' : null);
  if (libraryId) await loadReferenceData(graph);
  const email = overrides.email ?? `${role.toLowerCase()}-${Date.now().toString(36)}-${(sequence += 1)}@test.jxlib.cn`;
  const account = await seedAccount(graph, email, role, libraryId);
  return { account, email, password: PASSWORD, viewer: { id: account.id, role: account.role, libraryId: account.libraryId } };
}

/** A librarian of `libraryId` (default 海宁市图书馆). */
export const buildLibrarian = (graph: Graph, libraryId = 'haining-library', overrides: { email?: string } = {}) =>
  buildAccount(graph, { ...overrides, role: 'LIBRARIAN', libraryId });
export const buildAdmin = (graph: Graph, overrides: { email?: string } = {}) => buildAccount(graph, { ...overrides, role: 'ADMIN' });
export const buildReader = (graph: Graph, overrides: { email?: string } = {}) => buildAccount(graph, { ...overrides, role: 'READER' });

/** A browser-like client of the app at `url`, signed in as `built`. */
export const signIn = (url: string, built: BuiltAccount) => new Client(url).login(built.email, built.password);
