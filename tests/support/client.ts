import path from 'node:path';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import type { Role } from '../../domain/account/types.js';
import { createApp } from '../../server/http/app.js';
import type { AppServices } from '../../schema/context.js';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from '../../server/http/export-routes.js';
import { DEFAULT_API_LIMITS, DEFAULT_AUTH, loadConfig, type ApiLimits, type AuthConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { createAccount } from '../../services/account/accounts.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { librariesFile, loadLibraries } from '../../services/account/libraries.js';
import { listen, type GraphQLResponse } from './http.js';

/** The real app on a loopback port, with the taxonomy and member libraries loaded. */
export async function startApp(
  graph: Graph,
  options: { auth?: Partial<AuthConfig>; api?: Partial<ApiLimits>; exportLimits?: Partial<ExportLimits>; services?: AppServices } = {},
) {
  const config = loadConfig({});
  const repos = createRepositories(graph);
  await loadTaxonomy(repos, taxonomyFile(config.projectRoot));
  await loadLibraries(repos, librariesFile(config.projectRoot));
  const { app, idle } = createApp({
    graph,
    log: createLogger({ logLevel: process.env.HECHUANG_TEST_LOG === 'debug' ? 'error' : 'silent' }),
    serviceVersion: 'test',
    webDist: path.join(config.projectRoot, 'web', 'dist'),
    graphiql: false,
    auth: { ...DEFAULT_AUTH, ...options.auth },
    api: { ...DEFAULT_API_LIMITS, ...options.api },
    exportLimits: { ...DEFAULT_EXPORT_LIMITS, ...options.exportLimits },
    services: options.services ?? {},
  });
  const server = await listen(app);
  // Closed as the service shuts down: requests first, then the writes they left in the background.
  return {
    ...server,
    close: async () => {
      await server.close();
      await idle();
    },
  };
}

export const PASSWORD = 'correct horse battery';

/** Creates an account directly through the service (as an operator would). */
export async function seedAccount(graph: Graph, email: string, role: Role, libraryId: string | null = null) {
  return createAccount(createRepositories(graph), { email, password: PASSWORD, displayName: email.split('@')[0]!, role, libraryId });
}

export interface GqlOptions {
  /** null: send no CSRF header; a string: send that one instead of the session's. */
  csrf?: string | null;
  headers?: Record<string, string>;
}

export interface Reply<T> extends GraphQLResponse<T> {
  status: number;
  headers: Headers;
}

/** A browser-like GraphQL client: keeps the session cookie and sends the CSRF header with mutations. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;

  constructor(readonly url: string) {}

  /** A typed document from `typed(…)` (tests/gql): its result and variables are checked. */
  gql<R, V>(document: DocumentTypeDecoration<R, V>, variables?: V, options?: GqlOptions): Promise<Reply<R>>;
  /** Untyped text: for hostile or deliberately malformed documents. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<Reply<T>>;
  async gql(query: unknown, variables: unknown = {}, options: GqlOptions = {}): Promise<Reply<unknown>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...options.headers,
    };
    if (this.cookie) headers.cookie = this.cookie;
    const csrf = options.csrf === undefined ? (this.csrf ?? 'anonymous') : options.csrf;
    if (csrf !== null) headers['x-hechuang-csrf'] = csrf;
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: String(query), variables }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      if (name === 'hechuang_session') this.cookie = value ? `hechuang_session=${value}` : undefined;
    }
    const body = (await response.json()) as GraphQLResponse<unknown>;
    return { status: response.status, headers: response.headers, ...body };
  }

  async login(email: string, password = PASSWORD): Promise<this> {
    const reply = await this.gql<{ login: { csrfToken: string } }>(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { csrfToken } }',
      { e: email, p: password },
    );
    if (!reply.data?.login) throw new Error(`login failed: ${JSON.stringify(reply.errors)}`);
    this.csrf = reply.data.login.csrfToken;
    return this;
  }
}

export const codeOf = (reply: { errors?: { extensions?: { code?: string } }[] }) => reply.errors?.[0]?.extensions?.code;

/** A client signed in with a fresh account of `role` (librarians belong to the city library). */
export async function signedInClient(graph: Graph, url: string, role: Role = 'LIBRARIAN'): Promise<Client> {
  const config = loadConfig({});
  await loadLibraries(createRepositories(graph), librariesFile(config.projectRoot));
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}@test.jxlib.cn`;
  await seedAccount(graph, email, role, role === 'LIBRARIAN' ? 'jx-library' : null);
  return new Client(url).login(email);
}

/**
 * The cast of the curation tests, signed in: two librarians of 海宁 (to race each other), one
 * of 嘉善 (another library's scope), a reader and an admin.
 */
export async function signInCuratorCast(graph: Graph, url: string) {
  const cast = [
    ['haining', 'hn@example.org', 'LIBRARIAN', 'haining-library'],
    ['haining2', 'hn2@example.org', 'LIBRARIAN', 'haining-library'],
    ['jiashan', 'js@example.org', 'LIBRARIAN', 'jiashan-library'],
    ['reader', 'reader@example.org', 'READER', null],
    ['admin', 'admin@example.org', 'ADMIN', null],
  ] as const;
  for (const [, email, role, library] of cast) await seedAccount(graph, email, role, library);
  const clients = await Promise.all(cast.map(([, email]) => new Client(url).login(email)));
  return Object.fromEntries(cast.map(([name], i) => [name, clients[i]!])) as Record<(typeof cast)[number][0], Client>;
}
