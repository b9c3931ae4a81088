import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import { createRepositories, type Repositories } from '../graph/repositories/index.js';
import type { EmbeddingService } from '../topics/embedding/service.js';
import { DEFAULT_TOPIC_SETTINGS, TopicService, type TopicSettings } from '../topics/topic-service.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Process-wide services (one per running service, shared by every request). */
export interface AppServices {
  /** Absent in an app built without it (some tests): its fields answer UNAVAILABLE. */
  embedding?: EmbeddingService;
}

/** What every resolver receives: per-request repositories, loaders and logger. */
export interface RequestContext {
  requestId: string;
  serviceVersion: string;
  log: Logger;
  /** Scoped to this request, so its query count can be logged. */
  graph: Graph;
  repos: Repositories;
  loaders: Loaders;
  services: AppServices;
  /** Topic decisions (rename, merge, split, map) on this request's repositories. */
  topics: TopicService;
}

export function createRequestContext(
  graph: Graph,
  log: Logger,
  requestId: string,
  serviceVersion: string,
  services: AppServices = {},
  topicSettings: TopicSettings = DEFAULT_TOPIC_SETTINGS,
): RequestContext {
  const scoped = graph.scoped();
  const repos = createRepositories(scoped);
  const topics = new TopicService(repos, topicSettings.config, topicSettings.embeddingModel);
  return { requestId, serviceVersion, log, graph: scoped, repos, loaders: createLoaders(repos), services, topics };
}
