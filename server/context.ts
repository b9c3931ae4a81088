import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import { createRepositories, type Repositories } from '../graph/repositories/index.js';
import { DEFAULT_TOPIC_SETTINGS, TopicService, type TopicSettings } from '../topics/topic-service.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: per-request repositories, loaders and logger. */
export interface RequestContext {
  requestId: string;
  serviceVersion: string;
  log: Logger;
  /** Scoped to this request, so its query count can be logged. */
  graph: Graph;
  repos: Repositories;
  loaders: Loaders;
  /** Topic decisions (rename, merge, split, map) on this request's repositories. */
  topics: TopicService;
}

export function createRequestContext(
  graph: Graph,
  log: Logger,
  requestId: string,
  serviceVersion: string,
  topicSettings: TopicSettings = DEFAULT_TOPIC_SETTINGS,
): RequestContext {
  const scoped = graph.scoped();
  const repos = createRepositories(scoped);
  const topics = new TopicService(repos, topicSettings.config, topicSettings.embeddingModel);
  return { requestId, serviceVersion, log, graph: scoped, repos, loaders: createLoaders(repos), topics };
}
