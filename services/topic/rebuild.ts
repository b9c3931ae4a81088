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
import { matchTopics } from '../../topics/cluster/identity.js';
import { labelFromTerms, topicTerms } from '../../topics/cluster/labels.js';
import { representatives, trends } from '../../topics/cluster/summary.js';
import type { Matrix } from '../../topics/cluster/vectors.js';
import { applyDecision } from './apply.js';
import { fileDocuments } from '../industry/filing.js';
import { mapIndustries, mappingThresholds } from './industry-mapping.js';
import { subjectLabels } from './phrase-labels.js';
import { recordText, REPRESENTATIVES, TERMS, type TopicStore } from './store.js';

export interface RebuildReport {
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
  seconds: number;
}

export interface AssignReport {
  assigned: number;
  outliers: number;
}

/**
 * Clusters every embedded document again, keeps the identities of the topics that re-form,
 * labels them (a librarian's label stays), re-applies the librarians' decisions and maps the
 * topics onto industries (a librarian's mapping stays): the writes in one transaction.
 */
export async function rebuildTopics(store: TopicStore, config: TopicsConfig): Promise<RebuildReport> {
  const started = performance.now();
  const { topicMemberships: memberships, topicDecisions, documentEmbeddings } = store.repos;
  const documents = await memberships.clusteringDocuments();
  const { docs, m } = await embeddingMatrix(documents, documentEmbeddings.embeddingPages(store.embeddingModel));
  const byId = new Map(docs.map((d, i) => [d.id, m.data.subarray(i * m.dimensions, (i + 1) * m.dimensions)] as const));
  const filing = await fileDocuments(store, { vectors: byId });

  const clustering = clusterEmbeddings(m, { seed: config.seed, topics: config.count, minTopicSize: config.minTopicSize });
  const members: string[][] = Array.from({ length: clustering.topicCount }, () => []);
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  clustering.assignments.forEach((topic, i) => topic !== OUTLIER && members[topic]!.push(docs[i]!.id));

  const previous = await previousTopics(store, docs, await topicDecisions.list());
  const match = matchTopics(
    previous,
    members.map((ids, t) => ({ centroid: clustering.centroids[t]!, members: ids })),
  );
  const ids = match.ids.map((id) => id ?? `topic-${randomUUID()}`);
  const terms = topicTerms(
    docs.map((d) => ({ text: recordText(d), keywords: d.keywords })),
    clustering.assignments,
    clustering.topicCount,
    { top: TERMS },
  );
  const reps = representatives(m, clustering.assignments, clustering.centroids, REPRESENTATIVES);
  const trend = trends(
    docs.map((d) => d.year),
    clustering.assignments,
    clustering.topicCount,
  );
  const labels = await subjectLabels(
    store,
    docs,
    members.map((ids) => ids.map((id) => docIndex.get(id)!)),
    clustering.centroids,
  );
  const assigned: Membership[] = docs.map((d, i) => {
    const topic = clustering.assignments[i]!;
    return { documentId: d.id, topicId: topic === OUTLIER ? OUTLIER_TOPIC_ID : ids[topic]!, similarity: clustering.similarity[i]! };
  });

  const { decisionsApplied, reviewQueue } = await store.graph.writeTx(
    async (tx) => {
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
      await memberships.saveBuild(tx, { topics, retiredIds: match.retired, memberships: assigned });
      let applied = 0;
      for (const decision of await topicDecisions.list(tx)) if (await applyDecision(store, tx, decision, true)) applied++;
      return { decisionsApplied: applied, reviewQueue: await mapIndustries(store, tx, mappingThresholds(config)) };
    },
    config.rebuildTxTimeoutMs === undefined ? {} : { timeoutMs: config.rebuildTxTimeoutMs },
  );
  return {
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
    seconds: (performance.now() - started) / 1000,
  };
}

const DIMENSIONS = 512;

/**
 * The embedded documents and their vectors as one matrix, filled page by page in the
 * documents' order; documents without a vector are left out (their rows closed up).
 */
async function embeddingMatrix(
  documents: ClusteringDocument[],
  pages: AsyncIterable<{ ids: string[]; vectors: Float32Array; dimensions: number }>,
): Promise<{ docs: ClusteringDocument[]; m: Matrix }> {
  const rowOf = new Map(documents.map((d, i) => [d.id, i]));
  const data = new Float32Array(documents.length * DIMENSIONS);
  const embedded = new Uint8Array(documents.length);
  for await (const page of pages) {
    if (page.dimensions !== DIMENSIONS) throw new Error(`stored embeddings have ${page.dimensions} dimensions, not ${DIMENSIONS}`);
    page.ids.forEach((id, i) => {
      const row = rowOf.get(id);
      if (row === undefined) return;
      data.set(page.vectors.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS), row * DIMENSIONS);
      embedded[row] = 1;
    });
  }
  const docs: ClusteringDocument[] = [];
  documents.forEach((d, row) => {
    if (!embedded[row]) return;
    if (docs.length !== row) data.copyWithin(docs.length * DIMENSIONS, row * DIMENSIONS, (row + 1) * DIMENSIONS);
    docs.push(d);
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
