import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import { createRepositories, type Repositories } from '../graph/repositories/index.js';
import type { EmbeddingService } from '../services/embedding/service.js';
import type { CrawlService } from '../services/source/crawl.js';
import { chinaDate, systemClock, type Clock } from '../lib/clock.js';
import { DEFAULT_TOPIC_SETTINGS, TopicService, type TopicSettings } from '../services/topic/topic-service.js';
import { isStaff, type Viewer } from '../domain/account/access.js';
import type { LoginLimits } from '../services/account/rate-limit.js';
import type { Mailer } from '../services/purchase/notify.js';
import type { AuthConfig } from '../lib/config.js';
import type { BookstoresConfig } from '../lib/bookstores.js';
import { createLoaders, type Loaders } from './loaders.js';
import { graphReference, type ReferenceData, type ReferenceReads } from '../services/industry/reference.js';

/** Process-wide services (one per running service, shared by every request). */
export interface AppServices {
  /** Absent in an app built without it (some tests): its fields answer UNAVAILABLE. */
  embedding?: EmbeddingService;
  /** The crawler shared with the scheduler, so a librarian's crawl and a scheduled one never overlap. */
  crawl?: CrawlService;
  /** Clustering settings and embedding model the topic decisions use (defaults otherwise). */
  topicSettings?: TopicSettings;
  /** "Today" for policies in force (the system clock unless a test fixes it). */
  clock?: Clock;
  /** Industries, regions and libraries held in memory; read from the graph when absent. */
  reference?: ReferenceData;
  /** E-mail to readers about their purchase requests (none: in-app messages only). */
  mailer?: Mailer | null;
  /** Partner bookstores: their signed endpoints are served, statements reconcile against them. */
  bookstores?: BookstoresConfig;
  /** Wakes the store outbox after a command committed an online order (absent: its timer sends it). */
  onOrderQueued?: () => void;
}

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
  /** Industries, regions and libraries: from memory in a running service, else from the graph. */
  reference: ReferenceReads;
  loaders: Loaders;
  services: AppServices;
  /** Topic decisions (rename, merge, split, map) on this request's repositories. */
  topics: TopicService;
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
  services: AppServices = {},
): RequestContext {
  const repos = createRepositories(graph);
  const staff = isStaff(viewer);
  const topicSettings = services.topicSettings ?? DEFAULT_TOPIC_SETTINGS;
  const topics = new TopicService(graph, repos, topicSettings.config, topicSettings.embeddingModel);
  const reference = services.reference ?? graphReference(repos);
  return {
    requestId,
    serviceVersion,
    log,
    graph,
    repos,
    reference,
    loaders: createLoaders(repos, { includeDeleted: staff, reference }),
    services,
    topics,
    viewer,
    session,
    http,
    auth,
  };
}

/** Today's date in China by the app's clock (YYYY-MM-DD). */
export const todayOf = (ctx: RequestContext): string => chinaDate((ctx.services.clock ?? systemClock)());
