import { randomUUID } from 'node:crypto';
import type { DocumentEmbeddingRepository } from '../../graph/repositories/embedding/document-embedding.js';
import type { IndustryRepository } from '../../graph/repositories/industry/industries.js';
import { type TopicRepository } from '../../graph/repositories/topic/topics.js';
import {
  OUTLIER_TOPIC_ID,
  type ClusteringDocument,
  type IndustryMappingWrite,
  type Membership,
  type TopicDecisionRecord,
  type TopicWrite,
} from '../../domain/topic/types.js';
import type { TopicsConfig } from '../../lib/config.js';
import { clusterEmbeddings, meanDirections, nearestTopic, OUTLIER } from '../../topics/cluster/cluster.js';
import { matchTopics } from '../../topics/cluster/identity.js';
import { rankIndustries, type IndustryProfile } from '../../topics/cluster/industry-match.js';
import { labelFromTerms, topicTerms } from '../../topics/cluster/labels.js';
import { representatives, trends } from '../../topics/cluster/summary.js';
import { cosine, type Matrix } from '../../topics/cluster/vectors.js';
import { VARIANTS } from '../../topics/model/catalog.js';
import { AppError } from '../../lib/errors.js';

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
  seconds: number;
}

export interface AssignReport {
  assigned: number;
  outliers: number;
}

export interface TopicServiceDeps {
  topics: TopicRepository;
  industries: IndustryRepository;
  documentEmbeddings: DocumentEmbeddingRepository;
}

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

/** Thrown for a decision that names what does not exist; the API turns it into a typed error. */
/** A librarian's topic decision that cannot be carried out. */
export class TopicDecisionError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

const REPRESENTATIVES = 5;
const TERMS = 10;
const EVIDENCE_DOCUMENTS = 50;

const recordText = (d: { title: string; abstract: string | null }) => `${d.title} ${d.abstract ?? ''}`.trim();

/**
 * Topics of the literature: a full rebuild (cluster, label, keep identities, re-apply the
 * librarians' decisions, map onto industries), incremental assignment of new documents,
 * and the librarian's decisions (rename, merge, split, map), each stored so rebuilds keep it.
 */
export class TopicService {
  constructor(
    private readonly deps: TopicServiceDeps,
    private readonly config: TopicsConfig,
    private readonly embeddingModel: string,
  ) {}

  async rebuild(): Promise<RebuildReport> {
    const started = performance.now();
    const { topics: repo } = this.deps;
    const documents = await repo.clusteringDocuments();
    const vectors = await this.deps.documentEmbeddings.embeddings(this.embeddingModel);
    const byId = new Map(vectors.map((v) => [v.id, v.embedding]));
    const docs = documents.filter((d) => byId.has(d.id));
    const m: Matrix = { data: new Float32Array(docs.length * 512), rows: docs.length, dimensions: 512 };
    docs.forEach((d, i) => m.data.set(byId.get(d.id)!, i * 512));

    const clustering = clusterEmbeddings(m, { seed: this.config.seed, topics: this.config.count, minTopicSize: this.config.minTopicSize });
    const members: string[][] = Array.from({ length: clustering.topicCount }, () => []);
    clustering.assignments.forEach((topic, i) => topic !== OUTLIER && members[topic]!.push(docs[i]!.id));

    const decisions = await repo.decisions();
    const previous = await this.previousTopics(docs, decisions);
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
    const topics: TopicWrite[] = ids.map((id, t) => ({
      id,
      autoLabel: labelFromTerms(terms[t]!),
      keywords: terms[t]!,
      centroid: Array.from(clustering.centroids[t]!),
      threshold: clustering.thresholds[t]!,
      representativeIds: reps[t]!.map((i) => docs[i]!.id),
      trend: trend[t]!,
    }));
    const memberships: Membership[] = docs.map((d, i) => {
      const topic = clustering.assignments[i]!;
      return { documentId: d.id, topicId: topic === OUTLIER ? OUTLIER_TOPIC_ID : ids[topic]!, similarity: clustering.similarity[i]! };
    });
    await repo.saveBuild({ topics, retiredIds: match.retired, memberships }, { timeoutMs: this.config.rebuildTxTimeoutMs });

    let decisionsApplied = 0;
    for (const decision of decisions) if (await this.apply(decision, true)) decisionsApplied++;
    const reviewQueue = await this.mapIndustries();
    return {
      documents: docs.length,
      topics: clustering.topicCount,
      outliers: memberships.filter((m) => m.topicId === OUTLIER_TOPIC_ID).length,
      continued: match.ids.filter((id) => id !== null).length,
      created: match.ids.filter((id) => id === null).length,
      retired: match.retired.length,
      decisionsApplied,
      reviewQueue,
      seconds: (performance.now() - started) / 1000,
    };
  }

  /** Documents embedded since the last build join their nearest topic (or 未归类) without a rebuild. */
  async assignNew(): Promise<AssignReport> {
    const { topics: repo } = this.deps;
    const ids = await repo.unassignedDocumentIds();
    if (ids.length === 0) return { assigned: 0, outliers: 0 };
    const centroids = await repo.centroids();
    const vectors = await this.deps.documentEmbeddings.embeddings(this.embeddingModel, ids);
    const memberships: Membership[] = vectors.map((v) => {
      const nearest = nearestTopic(
        v.embedding,
        centroids.map((c) => c.centroid),
        centroids.map((c) => c.threshold),
      );
      const topicId = nearest.topic === OUTLIER ? OUTLIER_TOPIC_ID : centroids[nearest.topic]!.id;
      return { documentId: v.id, topicId, similarity: Number.isFinite(nearest.similarity) ? nearest.similarity : 0 };
    });
    await repo.setMemberships(memberships);
    const outliers = memberships.filter((m) => m.topicId === OUTLIER_TOPIC_ID).length;
    return { assigned: memberships.length - outliers, outliers };
  }

  async rename(topicId: string, label: string, decidedBy: string | null = null): Promise<void> {
    const clean = label.trim();
    if (!clean) throw new TopicDecisionError('a topic label cannot be empty');
    await this.requireActive(topicId);
    await this.decide({ kind: 'RENAME', topicId, label: clean, decidedBy });
  }

  /** Moves every document of `sourceId` into `targetId`; the source is retired. */
  async merge(sourceId: string, targetId: string, decidedBy: string | null = null): Promise<void> {
    if (sourceId === targetId) throw new TopicDecisionError('a topic cannot be merged into itself');
    await this.requireActive(sourceId);
    await this.requireActive(targetId);
    const [documentIds] = await this.deps.topics.memberIds([sourceId]);
    await this.decide({ kind: 'MERGE', topicId: sourceId, targetTopicId: targetId, documentIds: documentIds ?? [], decidedBy });
  }

  /** Moves the given documents of a topic into a new topic with the given label; returns its id. */
  async split(topicId: string, documentIds: string[], label: string, decidedBy: string | null = null): Promise<string> {
    const clean = label.trim();
    if (!clean) throw new TopicDecisionError('the new topic needs a label');
    await this.requireActive(topicId);
    const [current] = await this.deps.topics.memberIds([topicId]);
    const inTopic = new Set(current ?? []);
    const missing = documentIds.filter((id) => !inTopic.has(id));
    if (documentIds.length === 0 || missing.length > 0) {
      throw new TopicDecisionError(
        `split needs documents of topic ${topicId}; not in it: ${missing.slice(0, 5).join(', ') || '(none given)'}`,
      );
    }
    if (documentIds.length === inTopic.size) throw new TopicDecisionError('a split must leave documents in the original topic');
    const newTopicId = `topic-${randomUUID()}`;
    await this.decide({ kind: 'SPLIT', topicId, targetTopicId: newTopicId, documentIds, label: clean, decidedBy });
    return newTopicId;
  }

  /** The librarian's industry for a topic (null: belongs to no industry); overrides the automatic mapping. */
  async map(topicId: string, industryCode: string | null, decidedBy: string | null = null): Promise<void> {
    await this.requireActive(topicId);
    if (industryCode !== null) {
      const [industry] = await this.deps.industries.byCodes([industryCode]);
      if (!industry) throw new TopicDecisionError(`unknown industry ${industryCode}`);
    }
    await this.decide({ kind: 'MAP', topicId, industryCode, decidedBy });
  }

  private async decide(input: Partial<TopicDecisionRecord> & Pick<TopicDecisionRecord, 'kind' | 'topicId'>): Promise<void> {
    const decision = await this.deps.topics.addDecision({
      id: `decision-${randomUUID()}`,
      kind: input.kind,
      topicId: input.topicId,
      label: input.label ?? null,
      targetTopicId: input.targetTopicId ?? null,
      documentIds: input.documentIds ?? [],
      industryCode: input.industryCode ?? null,
      decidedBy: input.decidedBy ?? null,
    });
    await this.apply(decision, false);
  }

  private async requireActive(topicId: string): Promise<void> {
    const [topic] = await this.deps.topics.byIds([topicId]);
    if (!topic || topic.retired) throw new AppError('NOT_FOUND', `no topic ${topicId}`, { what: 'Topic', id: topicId });
    if (topic.outlier) throw new TopicDecisionError(`${topic.label} is not a topic a librarian can change`);
  }

  /**
   * Applies one decision to the current topics. After a rebuild (`afterRebuild`) merges and
   * splits find their documents again by id: whatever topics now hold most of a merged
   * topic's documents are merged again, a split's documents are moved again.
   */
  private async apply(decision: TopicDecisionRecord, afterRebuild: boolean): Promise<boolean> {
    const repo = this.deps.topics;
    switch (decision.kind) {
      case 'RENAME':
        return repo.rename(decision.topicId, decision.label!);
      case 'MAP':
        return repo.setMapping(decision.topicId, decision.industryCode);
      case 'MERGE': {
        const target = decision.targetTopicId!;
        const [targetTopic] = await repo.byIds([target]);
        if (!targetTopic || targetTopic.retired) return false;
        const sources = afterRebuild ? await this.topicsHoldingMostOf(decision.documentIds, target) : [decision.topicId];
        if (sources.length === 0) return false;
        const moved = (await repo.memberIds(sources)).flat();
        await repo.setMemberships(moved.map((documentId) => ({ documentId, topicId: target, similarity: 0 })));
        for (const source of sources) await repo.retire(source, target);
        await this.refreshCentroid(target);
        return true;
      }
      case 'SPLIT': {
        const newId = decision.targetTopicId!;
        const present = (await repo.documentTexts(decision.documentIds)).map((d) => d.id);
        if (present.length === 0) return false;
        const [origin] = await repo.memberIds([decision.topicId]);
        const stay = (origin ?? []).filter((id) => !present.includes(id));
        const texts = await repo.documentTexts([...present, ...stay]);
        const terms = topicTerms(
          texts.map((d) => ({ text: recordText(d), keywords: d.keywords })),
          texts.map((_, i) => (i < present.length ? 0 : 1)),
          2,
          { top: TERMS },
        )[0]!;
        await repo.upsertLibrarianTopic({ id: newId, label: decision.label!, keywords: terms, centroid: [], threshold: -1 });
        await repo.setMemberships(present.map((documentId) => ({ documentId, topicId: newId, similarity: 0 })));
        await this.refreshCentroid(newId);
        await this.refreshCentroid(decision.topicId);
        return true;
      }
    }
  }

  /** Active topics other than `except` more than half of whose documents are among `documentIds`. */
  private async topicsHoldingMostOf(documentIds: string[], except: string): Promise<string[]> {
    const wanted = new Set(documentIds);
    const active = (await this.deps.topics.list({ includeOutliers: false })).filter((t) => t.id !== except);
    const members = await this.deps.topics.memberIds(active.map((t) => t.id));
    return active
      .filter((_, i) => {
        const ids = members[i]!;
        return ids.length > 0 && ids.filter((id) => wanted.has(id)).length * 2 > ids.length;
      })
      .map((t) => t.id);
  }

  /** Centroid, similarities and representatives of a topic after documents moved in or out. */
  private async refreshCentroid(topicId: string): Promise<void> {
    const [ids] = await this.deps.topics.memberIds([topicId]);
    if (!ids || ids.length === 0) return;
    const vectors = await this.deps.documentEmbeddings.embeddings(this.embeddingModel, ids);
    if (vectors.length === 0) return;
    const m: Matrix = { data: new Float32Array(vectors.length * 512), rows: vectors.length, dimensions: 512 };
    vectors.forEach((v, i) => m.data.set(v.embedding, i * 512));
    const [centroid] = meanDirections(m, new Int32Array(vectors.length), 1);
    const scored = vectors.map((v) => ({ id: v.id, score: cosine(v.embedding, centroid!) }));
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    await this.deps.topics.updateCentroid(
      topicId,
      Array.from(centroid!),
      scored.slice(0, REPRESENTATIVES).map((s) => s.id),
    );
    await this.deps.topics.setMemberships(scored.map((s) => ({ documentId: s.id, topicId, similarity: s.score })));
  }

  /**
   * Scores every active topic against every industry; the best one is taken when its score
   * reaches the threshold, else the topic waits in the review queue. Topics a librarian
   * mapped keep their mapping (their candidates are still refreshed as evidence).
   * Returns the length of the review queue.
   */
  async mapIndustries(): Promise<number> {
    const repo = this.deps.topics;
    const topics = await repo.list({ includeOutliers: false });
    const industries: IndustryProfile[] = (await this.deps.industries.list({})).map((i) => ({
      code: i.code,
      name: i.name,
      description: i.description,
      keywords: i.keywords,
    }));
    const members = await repo.memberIds(topics.map((t) => t.id));
    // Up to EVIDENCE_DOCUMENTS documents per topic, representatives first, read in one query.
    const evidence = topics.map((topic, index) =>
      [...new Set([...topic.representativeIds, ...members[index]!])].slice(0, EVIDENCE_DOCUMENTS),
    );
    const texts = new Map((await repo.documentTexts(evidence.flat())).map((d) => [d.id, `${recordText(d)} ${d.keywords.join(' ')}`]));
    const writes: IndustryMappingWrite[] = [];
    for (const [index, topic] of topics.entries()) {
      const documents = evidence[index]!.flatMap((id) => (texts.has(id) ? [{ id, text: texts.get(id)! }] : []));
      const candidates = rankIndustries({ terms: topic.keywords, documents }, industries).slice(0, 3);
      const best = candidates[0];
      const candidateRows = candidates.map((c, rank) => ({
        industryCode: c.code,
        score: c.score,
        keywords: c.keywords,
        documentIds: c.documentIds,
        rank,
      }));
      if (topic.mappingStatus === 'LIBRARIAN') {
        writes.push({
          topicId: topic.id,
          candidates: candidateRows,
          industryCode: topic.industryCode,
          score: topic.mappingScore,
          status: 'LIBRARIAN',
        });
      } else if (best && best.score >= this.config.industryThreshold) {
        writes.push({ topicId: topic.id, candidates: candidateRows, industryCode: best.code, score: best.score, status: 'AUTO' });
      } else {
        writes.push({ topicId: topic.id, candidates: candidateRows, industryCode: null, score: best?.score ?? null, status: 'REVIEW' });
      }
    }
    await repo.saveIndustryMappings(writes);
    return writes.filter((w) => w.status === 'REVIEW').length;
  }

  /**
   * The topics before this rebuild with their documents. A merged topic counts as itself
   * again (its documents given back from the merge target), so the cluster that re-forms it
   * takes its identity, not the target's; the merge is then re-applied.
   */
  private async previousTopics(docs: ClusteringDocument[], decisions: TopicDecisionRecord[]) {
    const centroids = await this.deps.topics.centroids();
    const topicOf = new Map<string, string>();
    for (const d of docs) if (d.topicId) topicOf.set(d.id, d.topicId);
    const previous = centroids.map((c) => ({ id: c.id, centroid: c.centroid as ArrayLike<number> }));
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
}
