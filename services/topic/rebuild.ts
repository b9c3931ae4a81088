import { randomUUID } from 'node:crypto';
import {
  OUTLIER_TOPIC_ID,
  type ClusteringDocument,
  type Membership,
  type TopicDecisionRecord,
  type TopicWrite,
} from '../../domain/topic/types.js';
import { rebuiltLabel } from '../../domain/curation/topic-precedence.js';
import type { TopicsConfig } from '../../lib/config.js';
import { clusterEmbeddings, nearestTopic, OUTLIER } from '../../topics/cluster/cluster.js';
import { clusterWithinGroups } from '../../topics/cluster/grouped.js';
import { matchTopics } from '../../topics/cluster/identity.js';
import { labelFromTerms, topicTerms } from '../../topics/cluster/labels.js';
import { representatives, trends } from '../../topics/cluster/summary.js';
import type { Matrix } from '../../topics/cluster/vectors.js';
import { applyDecision } from './apply.js';
import { startFilingDocuments } from '../industry/filing.js';
import { mapIndustries, mappingThresholds } from './industry-mapping.js';
import { industryGroups } from './groups.js';
import { subjectLabels } from './phrase-labels.js';
import { recordText, REPRESENTATIVES, TERMS, type TopicStore } from './store.js';
import { StageClock, type StageSeconds } from './stages.js';
import { ConflictError } from '../../lib/errors.js';

export interface RebuildReport {
  /** The rebuild's id: its topics carry it (`Topic.rebuildId`). */
  rebuildId: string;
  documents: number;
  topics: number;
  outliers: number;
  /** Topics that kept their identity from the previous build. */
  continued: number;
  created: number;
  retired: number;
  decisionsApplied: number;
  reviewQueue: number;
  /** Documents filed under at least one industry, and those outside every industry. */
  filed: number;
  outsideIndustries: number;
  /** Rebuilds that had died before switching over, cleared away first. */
  abandonedCleared: number;
  seconds: number;
  /** Seconds per stage; `embed` (the model's loading and embedding profiles and label phrases) is inside `filing` and `labels`. */
  stages: StageSeconds;
}

export interface RebuildOptions {
  /** Memberships staged per transaction. */
  stageBatch?: number;
  /** Told after each staged batch commits (the memberships staged so far); a throw stops the rebuild there. */
  onStaged?: (staged: number) => Promise<void> | void;
}

export interface AssignReport {
  assigned: number;
  outliers: number;
}

const STAGE_BATCH = 5_000;
const CLEAR_BATCH = 10_000;

/**
 * Clusters every embedded document again, keeps the identities of the topics that re-form,
 * labels them (a librarian's label stays), re-applies the librarians' decisions and maps the
 * topics onto industries (a librarian's mapping stays). The memberships are staged under the
 * rebuild's id in batched transactions readers do not see, then one transaction switches over:
 * topics written, memberships made current, decisions re-applied, industries mapped. A rebuild
 * that dies before the switch leaves the previous topics as they were.
 */
export async function rebuildTopics(store: TopicStore, config: TopicsConfig, options: RebuildOptions = {}): Promise<RebuildReport> {
  const started = performance.now();
  const clock = new StageClock();
  const timedStore: TopicStore = { ...store, embedPassages: store.embedPassages && clock.timed('embed', store.embedPassages) };
  const { topicMemberships: memberships, topicDecisions, documentEmbeddings, topicRebuilds } = store.repos;
  // The model loads in its worker while the graph is read (its first use would otherwise wait for it).
  void store.embedPassages?.([]).catch(() => undefined);
  const abandonedCleared = await clock.time('clear abandoned', () => clearAbandoned(store));
  const rebuildId = `rebuild-${randomUUID()}`;
  await store.graph.writeTx((tx) => topicRebuilds.begin(tx, rebuildId));

  // The texts and the vectors are read side by side (two sessions: Neo4j serves both while the driver decodes).
  const { docs, m } = await clock.time('read', async () => {
    const [documents, embedded] = await Promise.all([
      memberships.clusteringDocuments(),
      documentEmbeddings.embeddingMatrix(store.embeddingModel),
    ]);
    return embeddingMatrix(documents, embedded);
  });
  const txOptions = config.rebuildTxTimeoutMs === undefined ? {} : { timeoutMs: config.rebuildTxTimeoutMs };
  // The filings are scored here and written by Neo4j while node clusters and labels; the switch waits for them.
  const { report: filing, written: filingsWritten } = await clock.time('filing', () => {
    const byId = new Map(docs.map((d, i) => [d.id, m.data.subarray(i * m.dimensions, (i + 1) * m.dimensions)] as const));
    return startFilingDocuments(timedStore, { vectors: byId, sources: new Map(docs.map((d) => [d.id, d] as const)), ...txOptions });
  });

  // A fixed TOPIC_COUNT clusters all documents at once; unset, topics are found within each industry's filed documents.
  const clustering = await clock.time('cluster', async () =>
    config.count === undefined
      ? clusterWithinGroups(m, await industryGroups(store, docs, filing.machineBest), {
          seed: config.seed,
          minTopicSize: config.minTopicSize,
        })
      : clusterEmbeddings(m, { seed: config.seed, topics: config.count, minTopicSize: config.minTopicSize }),
  );
  const members: number[][] = Array.from({ length: clustering.topicCount }, () => []);
  clustering.assignments.forEach((topic, i) => topic !== OUTLIER && members[topic]!.push(i));

  const match = await clock.time('identity', async () =>
    matchTopics(
      await previousTopics(store, docs, await topicDecisions.list()),
      members.map((rows, t) => ({ centroid: clustering.centroids[t]!, members: rows.map((i) => docs[i]!.id) })),
    ),
  );
  const ids = match.ids.map((id) => id ?? `topic-${randomUUID()}`);
  const { terms, reps, trend } = await clock.time('terms', () => ({
    terms: topicTerms(
      docs.map((d) => ({ text: recordText(d), keywords: d.keywords })),
      clustering.assignments,
      clustering.topicCount,
      { top: TERMS },
    ),
    reps: representatives(m, clustering.assignments, clustering.centroids, REPRESENTATIVES),
    trend: trends(
      docs.map((d) => d.year),
      clustering.assignments,
      clustering.topicCount,
    ),
  }));
  const labels = await clock.time('labels', () => subjectLabels(timedStore, docs, members, clustering.centroids));
  const assigned: Membership[] = docs.map((d, i) => {
    const topic = clustering.assignments[i]!;
    return { documentId: d.id, topicId: topic === OUTLIER ? OUTLIER_TOPIC_ID : ids[topic]!, similarity: clustering.similarity[i]! };
  });

  await clock.time('filing: writes awaited', () => filingsWritten);
  await clock.time('stage', async () => {
    const batch = options.stageBatch ?? STAGE_BATCH;
    for (let start = 0; start < assigned.length; start += batch) {
      await store.graph.writeTx((tx) => topicRebuilds.stage(tx, rebuildId, assigned.slice(start, start + batch)));
      await options.onStaged?.(Math.min(start + batch, assigned.length));
    }
  });

  const { decisionsApplied, reviewQueue } = await clock.time('switch', () =>
    store.graph.writeTx(async (tx) => {
      if (!(await topicRebuilds.building(tx, rebuildId))) throw ConflictError(`a later topic rebuild replaced ${rebuildId}`);
      const existing = await store.repos.topics.byIds(ids, tx);
      const topics: TopicWrite[] = ids.map((id, t) => {
        const autoLabel = labels[t]?.label ?? labelFromTerms(terms[t]!);
        return {
          id,
          ...rebuiltLabel(existing[t] ?? null, autoLabel),
          autoLabel,
          keywords: terms[t]!,
          centroid: Array.from(clustering.centroids[t]!),
          threshold: clustering.thresholds[t]!,
          representativeIds: reps[t]!.map((i) => docs[i]!.id),
          trend: trend[t]!,
        };
      });
      await memberships.saveBuildTopics(tx, { rebuildId, topics, retiredIds: match.retired });
      await clock.time('switch: memberships', async () => {
        await topicRebuilds.switchMemberships(tx, rebuildId);
        await memberships.refreshSizes(tx);
      });
      let applied = 0;
      await clock.time('switch: decisions', async () => {
        for (const decision of await topicDecisions.list(tx)) if (await applyDecision(store, tx, decision, true)) applied++;
      });
      const review = await clock.time('switch: mapping', () => mapIndustries(store, tx, mappingThresholds(config)));
      await topicRebuilds.finish(tx, rebuildId, { documents: docs.length, topics: clustering.topicCount });
      return { decisionsApplied: applied, reviewQueue: review };
    }, txOptions),
  );
  return {
    rebuildId,
    documents: docs.length,
    topics: clustering.topicCount,
    outliers: assigned.filter((x) => x.topicId === OUTLIER_TOPIC_ID).length,
    continued: match.ids.filter((id) => id !== null).length,
    created: match.ids.filter((id) => id === null).length,
    retired: match.retired.length,
    decisionsApplied,
    reviewQueue,
    filed: filing.filed,
    outsideIndustries: filing.outside,
    abandonedCleared,
    seconds: (performance.now() - started) / 1000,
    stages: clock.seconds,
  };
}

/** Clears the staged memberships of rebuilds that died before switching over, in batches; returns how many rebuilds. */
async function clearAbandoned(store: TopicStore): Promise<number> {
  const { topicRebuilds } = store.repos;
  const abandoned = await topicRebuilds.abandoned();
  if (abandoned.length === 0) return 0;
  while ((await store.graph.writeTx((tx) => topicRebuilds.clearStaged(tx, abandoned, CLEAR_BATCH))) > 0);
  await store.graph.writeTx((tx) => topicRebuilds.forget(tx, abandoned));
  return abandoned.length;
}

const DIMENSIONS = 512;

/**
 * The embedded documents and their vectors as one matrix in the vectors' order (by id); a
 * document without a vector of the model is left out, and a vector whose document the texts'
 * read did not see (embedded in between) has its row closed up.
 */
function embeddingMatrix(
  documents: ClusteringDocument[],
  embedded: { ids: string[]; data: Float32Array; dimensions: number },
): { docs: ClusteringDocument[]; m: Matrix } {
  const { ids, data } = embedded;
  if (ids.length > 0 && embedded.dimensions !== DIMENSIONS) {
    throw new Error(`stored embeddings have ${embedded.dimensions} dimensions, not ${DIMENSIONS}`);
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const docs: ClusteringDocument[] = [];
  ids.forEach((id, row) => {
    const document = byId.get(id);
    if (!document) return;
    if (docs.length !== row) data.copyWithin(docs.length * DIMENSIONS, row * DIMENSIONS, (row + 1) * DIMENSIONS);
    docs.push(document);
  });
  return { docs, m: { data: data.subarray(0, docs.length * DIMENSIONS), rows: docs.length, dimensions: DIMENSIONS } };
}

/** Documents embedded since the last build join their nearest topic (or 未归类) without a rebuild. */
export async function assignNewDocuments(store: TopicStore): Promise<AssignReport> {
  const { topicMemberships: memberships, documentEmbeddings } = store.repos;
  const ids = await memberships.unassignedDocumentIds();
  if (ids.length === 0) return { assigned: 0, outliers: 0 };
  const centroids = await memberships.centroids();
  const vectors = await documentEmbeddings.embeddings(store.embeddingModel, ids);
  const assigned: Membership[] = vectors.map((v) => {
    const nearest = nearestTopic(
      v.embedding,
      centroids.map((c) => c.centroid),
      centroids.map((c) => c.threshold),
    );
    const topicId = nearest.topic === OUTLIER ? OUTLIER_TOPIC_ID : centroids[nearest.topic]!.id;
    return { documentId: v.id, topicId, similarity: Number.isFinite(nearest.similarity) ? nearest.similarity : 0 };
  });
  await store.graph.writeTx((tx) => memberships.setMemberships(tx, assigned));
  const outliers = assigned.filter((x) => x.topicId === OUTLIER_TOPIC_ID).length;
  return { assigned: assigned.length - outliers, outliers };
}

/**
 * The topics before this rebuild with their documents. A merged topic counts as itself
 * again (its documents given back from the merge target), so the cluster that re-forms it
 * takes its identity, not the target's; the merge is then re-applied.
 */
async function previousTopics(store: TopicStore, docs: ClusteringDocument[], decisions: TopicDecisionRecord[]) {
  const centroids = await store.repos.topicMemberships.centroids();
  const topicOf = new Map<string, string>();
  for (const d of docs) if (d.topicId) topicOf.set(d.id, d.topicId);
  const previous: { id: string; centroid: ArrayLike<number> }[] = centroids.map((c) => ({ id: c.id, centroid: c.centroid }));
  const known = new Set(previous.map((p) => p.id));
  for (const decision of decisions) {
    if (decision.kind !== 'MERGE' || !known.has(decision.targetTopicId!)) continue;
    for (const id of decision.documentIds) if (topicOf.get(id) === decision.targetTopicId) topicOf.set(id, decision.topicId);
    if (!known.has(decision.topicId)) {
      previous.push({ id: decision.topicId, centroid: [] });
      known.add(decision.topicId);
    }
  }
  const members = new Map<string, string[]>();
  for (const [documentId, topicId] of topicOf) {
    const list = members.get(topicId) ?? [];
    list.push(documentId);
    members.set(topicId, list);
  }
  return previous.map((p) => ({ ...p, members: members.get(p.id) ?? [] }));
}
