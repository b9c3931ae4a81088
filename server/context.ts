import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import { createRepositories, type Repositories } from '../graph/repositories/index.js';
import type { Viewer } from './auth/policy.js';
import type { LoginLimits } from './auth/rate-limit.js';
import type { AuthConfig } from './config.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The HTTP side of sign-in: where the request came from and how to set the session cookie. */
export interface HttpAuth {
  ip: string;
  /** Whether cookies get the Secure attribute (https, or forced by COOKIE_SECURE). */
  secureCookies: boolean;
  setCookie(value: string): void;
  /** The CSRF header sent with the request, if any. */
  csrfHeader: string | undefined;
}

/** What every resolver receives: per-request repositories, loaders, logger and who is asking. */
export interface RequestContext {
  requestId: string;
  serviceVersion: string;
  log: Logger;
  /** Scoped to this request, so its query count can be logged. */
  graph: Graph;
  repos: Repositories;
  loaders: Loaders;
  /** null for anonymous visitors. */
  viewer: Viewer | null;
  /** The session that authenticated this request (its token hash and CSRF token). */
  session: { tokenHash: string; csrfToken: string } | null;
  http: HttpAuth;
  auth: { config: AuthConfig; limits: LoginLimits };
}

export interface RequestAuth {
  graph: Graph;
  viewer: Viewer | null;
  session: RequestContext['session'];
  http: HttpAuth;
  auth: RequestContext['auth'];
}

export function createRequestContext(
  log: Logger,
  requestId: string,
  serviceVersion: string,
  { graph, viewer, session, http, auth }: RequestAuth,
): RequestContext {
  const repos = createRepositories(graph);
  const staff = viewer !== null && viewer.role !== 'READER';
  return { requestId, serviceVersion, log, graph, repos, loaders: createLoaders(repos, { includeDeleted: staff }), viewer, session, http, auth };
}
