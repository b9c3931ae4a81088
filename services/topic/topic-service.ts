import type { Graph } from '../../graph/driver.js';
import type { Viewer } from '../../domain/account/access.js';
import type { TopicsConfig } from '../../lib/config.js';
import { VARIANTS } from '../../topics/model/catalog.js';
import { mapTopic, mergeTopics, renameTopic, splitTopic } from './decisions.js';
import { mapIndustries, mappingThresholds } from './industry-mapping.js';
import { assignNewDocuments, rebuildTopics, type AssignReport, type RebuildOptions, type RebuildReport } from './rebuild.js';
import type { TopicRepositories, TopicStore } from './store.js';

export type { AssignReport, RebuildOptions, RebuildReport } from './rebuild.js';
export { TopicDecisionError } from './store.js';

/** What a TopicService needs beyond the repositories. */
export interface TopicSettings {
  config: TopicsConfig;
  /** Id of the embedding model whose vectors are clustered. */
  embeddingModel: string;
}

export const DEFAULT_TOPIC_SETTINGS: TopicSettings = {
  config: { seed: 42, count: undefined, minTopicSize: 5, industryThreshold: 0.3 },
  embeddingModel: VARIANTS.fp32.modelId,
};

/**
 * Topics of the literature: a full rebuild (cluster, label, keep identities, re-apply the
 * librarians' decisions, map onto industries), incremental assignment of new documents,
 * and the librarian's decisions (rename, merge, split, map), each one transaction with its
 * audit entry, stored so rebuilds keep it. Each decision returns the id of the topic it leaves.
 */
export class TopicService {
  private readonly store: TopicStore;

  constructor(
    graph: Graph,
    repos: TopicRepositories,
    private readonly config: TopicsConfig,
    embeddingModel: string,
    /** The embedding model at hand (industry profiles, subject labels); without it rebuilds label by c-TF-IDF terms. */
    embedPassages?: TopicStore['embedPassages'],
  ) {
    this.store = { graph, repos, embeddingModel, embedPassages };
  }

  rebuild(options: RebuildOptions = {}): Promise<RebuildReport> {
    return rebuildTopics(this.store, this.config, options);
  }

  assignNew(): Promise<AssignReport> {
    return assignNewDocuments(this.store);
  }

  /** Maps every active topic onto an industry again; returns the length of the review queue. */
  mapIndustries(): Promise<number> {
    return this.store.graph.writeTx((tx) => mapIndustries(this.store, tx, mappingThresholds(this.config)));
  }

  rename(actor: Viewer, topicId: string, label: string): Promise<string> {
    return renameTopic(this.store, actor, topicId, label);
  }

  /** Moves every document of `sourceId` into `targetId`; the source is retired. */
  merge(actor: Viewer, sourceId: string, targetId: string): Promise<string> {
    return mergeTopics(this.store, actor, sourceId, targetId);
  }

  /** Moves the given documents of a topic into a new topic with the given label; returns its id. */
  split(actor: Viewer, topicId: string, documentIds: string[], label: string): Promise<string> {
    return splitTopic(this.store, actor, topicId, documentIds, label);
  }

  /** The librarian's industry for a topic (null: belongs to no industry); overrides the automatic mapping. */
  map(actor: Viewer, topicId: string, industryCode: string | null): Promise<string> {
    return mapTopic(this.store, actor, topicId, industryCode);
  }
}
