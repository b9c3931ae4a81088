import {
  OUTLIER_TOPIC_ID,
  OUTLIER_TOPIC_LABEL,
  type ClusteringDocument,
  type IndustryMappingWrite,
  type Membership,
  type TopicCentroid,
  type TopicWrite,
} from '../../../domain/topic/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';
import { readIn } from './fields.js';

const BATCH = 2_000;

/**
 * What clustering reads and writes: the embedded documents, the topics' centroids, who is in
 * which topic (`IN_TOPIC`), a rebuild's topics and their industry mapping. Writes take the
 * caller's transaction; what to write (labels, mappings a librarian decided) is decided by the
 * service, this only persists it.
 */
export class TopicMembershipRepository {
  constructor(private readonly graph: Graph) {}

  /** Every document with an embedding, with the active topic it is in now (null when none). */
  async clusteringDocuments(): Promise<ClusteringDocument[]> {
    return this.graph.read<ClusteringDocument>(
      `MATCH (d:Document) WHERE d.embedding IS NOT NULL
       OPTIONAL MATCH (d)-[:IN_TOPIC]->(t:Topic) WHERE NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false)
       RETURN d.id AS id, coalesce(d.title, '') AS title, d.abstract AS abstract, coalesce(d.keywords, []) AS keywords,
              d.year AS year, t.id AS topicId
       ORDER BY d.id`,
    );
  }

  /** Documents with an embedding that are in no topic yet (not even 未归类). */
  async unassignedDocumentIds(): Promise<string[]> {
    const rows = await this.graph.read<{ id: string }>(
      `MATCH (d:Document) WHERE d.embedding IS NOT NULL AND NOT EXISTS { (d)-[:IN_TOPIC]->(:Topic) }
       RETURN d.id AS id ORDER BY d.id`,
    );
    return rows.map((row) => row.id);
  }

  /** Centroids of the active topics (not 未归类, not retired). */
  async centroids(tx?: Tx): Promise<TopicCentroid[]> {
    return readIn<TopicCentroid>(
      this.graph,
      tx,
      `MATCH (t:Topic) WHERE NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false) AND t.centroid IS NOT NULL
       RETURN t.id AS id, t.centroid AS centroid, coalesce(t.threshold, -1.0) AS threshold ORDER BY t.id`,
    );
  }

  /** Ids of the members of each topic (a DataLoader-style batch). */
  async memberIds(topicIds: readonly string[], tx?: Tx): Promise<string[][]> {
    const rows = await readIn<{ topicId: string; ids: string[] }>(
      this.graph,
      tx,
      `UNWIND $topicIds AS topicId
       OPTIONAL MATCH (d:Document)-[:IN_TOPIC]->(:Topic {id: topicId})
       WITH topicId, d ORDER BY d.id
       RETURN topicId, collect(d.id) AS ids`,
      { topicIds },
    );
    const byId = new Map(rows.map((row) => [row.topicId, row.ids]));
    return topicIds.map((id) => byId.get(id) ?? []);
  }

  /** Texts of documents, for labelling and evidence. */
  async documentTexts(
    ids: readonly string[],
    tx?: Tx,
  ): Promise<Array<{ id: string; title: string; abstract: string | null; keywords: string[] }>> {
    return readIn(
      this.graph,
      tx,
      `UNWIND $ids AS id MATCH (d:Document {id: id})
       RETURN d.id AS id, coalesce(d.title, '') AS title, d.abstract AS abstract, coalesce(d.keywords, []) AS keywords`,
      { ids },
    );
  }

  /**
   * Writes a rebuild's topics as given (tagged with the rebuild's id) and marks the retired
   * ones, in the switching transaction; the memberships are switched by TopicRebuildRepository.
   */
  async saveBuildTopics(tx: Tx, input: { rebuildId: string; topics: TopicWrite[]; retiredIds: string[] }): Promise<void> {
    const topics = input.topics.map((topic) => ({
      id: topic.id,
      label: topic.label,
      labelSource: topic.labelSource,
      autoLabel: topic.autoLabel,
      keywords: topic.keywords.map((k) => k.term),
      keywordScores: topic.keywords.map((k) => k.score),
      keywordText: topic.keywords.map((k) => k.term).join(' '),
      centroid: topic.centroid,
      threshold: topic.threshold,
      representativeIds: topic.representativeIds,
      trendYears: topic.trend.map((p) => int(p.year)),
      trendCounts: topic.trend.map((p) => int(p.count)),
    }));
    await ensureOutlierTopic(tx);
    await tx.run(
      `UNWIND $topics AS row
       MERGE (t:Topic {id: row.id})
       ON CREATE SET t.createdAt = datetime(), t.mappingStatus = 'REVIEW'
       SET t += row { .label, .labelSource, .autoLabel, .keywords, .keywordScores, .keywordText, .centroid, .threshold,
                      .representativeIds, .trendYears, .trendCounts },
           t.retired = false, t.outlier = false, t.mergedInto = null, t.builtAt = datetime(), t.rebuildId = $rebuildId`,
      { topics, rebuildId: input.rebuildId },
    );
    await tx.run(`UNWIND $ids AS id MATCH (t:Topic {id: id}) SET t.retired = true, t.size = 0`, { ids: input.retiredIds });
  }

  /** Every active topic's size from its memberships. */
  refreshSizes(tx: Tx): Promise<void> {
    return refreshSizes(tx);
  }

  /** Moves documents into topics (replacing any membership they had) and refreshes sizes. */
  async setMemberships(tx: Tx, memberships: Membership[]): Promise<void> {
    if (memberships.length === 0) return;
    await ensureOutlierTopic(tx);
    for (let start = 0; start < memberships.length; start += BATCH) {
      await tx.run(`UNWIND $ids AS id MATCH (:Document {id: id})-[r:IN_TOPIC]->(:Topic) DELETE r`, {
        ids: memberships.slice(start, start + BATCH).map((m) => m.documentId),
      });
    }
    await writeMemberships(tx, memberships);
    await refreshSizes(tx);
  }

  async updateCentroid(tx: Tx, id: string, centroid: number[], representativeIds: string[]): Promise<void> {
    await tx.run(`MATCH (t:Topic {id: $id}) SET t.centroid = $centroid, t.representativeIds = $representativeIds`, {
      id,
      centroid,
      representativeIds,
    });
  }

  /** Writes each topic's mapping as given and replaces its industry candidates. */
  async saveIndustryMappings(tx: Tx, mappings: IndustryMappingWrite[]): Promise<void> {
    const rows = mappings.map((m) => ({
      topicId: m.topicId,
      industryCode: m.industryCode,
      score: m.score,
      status: m.status,
      candidates: m.candidates.map((c) => ({ ...c, rank: int(c.rank) })),
    }));
    await tx.run(
      `UNWIND $rows AS row
       MATCH (t:Topic {id: row.topicId})
       OPTIONAL MATCH (t)-[old:CANDIDATE_INDUSTRY]->(:Industry)
       DELETE old
       WITH DISTINCT t, row
       SET t.industryCode = row.industryCode, t.mappingScore = row.score, t.mappingStatus = row.status
       WITH t, row
       UNWIND row.candidates AS c
       MATCH (i:Industry {code: c.industryCode})
       CREATE (t)-[:CANDIDATE_INDUSTRY {score: c.score, keywords: c.keywords, documentIds: c.documentIds, rank: c.rank}]->(i)`,
      { rows },
    );
  }
}

async function ensureOutlierTopic(tx: Tx): Promise<void> {
  await tx.run(
    `MERGE (t:Topic {id: $id})
     ON CREATE SET t.label = $label, t.autoLabel = $label, t.labelSource = 'AUTO', t.outlier = true, t.retired = false,
                   t.mappingStatus = 'AUTO', t.keywords = [], t.keywordScores = [], t.representativeIds = [], t.createdAt = datetime()`,
    { id: OUTLIER_TOPIC_ID, label: OUTLIER_TOPIC_LABEL },
  );
}

async function writeMemberships(tx: Tx, memberships: Membership[]): Promise<void> {
  for (let start = 0; start < memberships.length; start += BATCH) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (d:Document {id: row.documentId}), (t:Topic {id: row.topicId})
       CREATE (d)-[:IN_TOPIC {similarity: row.similarity}]->(t)`,
      { rows: memberships.slice(start, start + BATCH) },
    );
  }
}

async function refreshSizes(tx: Tx): Promise<void> {
  await tx.run(
    `MATCH (t:Topic) WHERE NOT coalesce(t.retired, false)
     SET t.size = COUNT { (:Document)-[:IN_TOPIC]->(t) }`,
  );
}
