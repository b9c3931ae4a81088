import {
  OUTLIER_TOPIC_ID,
  OUTLIER_TOPIC_LABEL,
  type MappingStatus,
  type TopicTermRecord,
  type TopicRecord,
  type TopicCentroid,
  type TopicWrite,
  type Membership,
  type ClusteringDocument,
  type IndustryCandidateRecord,
  type IndustryMappingWrite,
  type TopicDecisionRecord,
  type TopicDocument,
} from '../../../domain/topic/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

const BATCH = 2_000;

const TOPIC_FIELDS = `{
  .id, .label, .autoLabel, .labelSource, .size, .representativeIds, .industryCode, .mappingScore, .mappingStatus, .mergedInto,
  outlier: coalesce(t.outlier, false), retired: coalesce(t.retired, false),
  keywordTerms: coalesce(t.keywords, []), keywordScores: coalesce(t.keywordScores, []),
  trendYears: coalesce(t.trendYears, []), trendCounts: coalesce(t.trendCounts, [])
}`;

interface TopicRow {
  topic: Omit<TopicRecord, 'keywords' | 'trend' | 'outlier' | 'retired'> & {
    outlier: boolean;
    retired: boolean;
    keywordTerms: string[];
    keywordScores: number[];
    trendYears: number[];
    trendCounts: number[];
  };
}

function toTopic({ topic }: TopicRow): TopicRecord {
  const { keywordTerms, keywordScores, trendYears, trendCounts, ...rest } = topic;
  return {
    ...rest,
    labelSource: rest.labelSource ?? 'AUTO',
    mappingStatus: rest.mappingStatus ?? 'REVIEW',
    representativeIds: rest.representativeIds ?? [],
    size: rest.size ?? 0,
    industryCode: rest.industryCode ?? null,
    mappingScore: rest.mappingScore ?? null,
    mergedInto: rest.mergedInto ?? null,
    keywords: keywordTerms.map((term, index) => ({ term, score: keywordScores[index] ?? 0 })),
    trend: trendYears.map((year, index) => ({ year, count: trendCounts[index] ?? 0 })),
  };
}

export class TopicRepository {
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
  async centroids(): Promise<TopicCentroid[]> {
    return this.graph.read<TopicCentroid>(
      `MATCH (t:Topic) WHERE NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false) AND t.centroid IS NOT NULL
       RETURN t.id AS id, t.centroid AS centroid, coalesce(t.threshold, -1.0) AS threshold ORDER BY t.id`,
    );
  }

  /**
   * Replaces the topics in one transaction: the given topics are written (labels a librarian set
   * are kept, the automatic label is refreshed), the retired ones marked, every membership replaced.
   */
  async saveBuild(
    input: { topics: TopicWrite[]; retiredIds: string[]; memberships: Membership[] },
    options: { timeoutMs?: number } = {},
  ): Promise<void> {
    const topics = input.topics.map((topic) => ({
      id: topic.id,
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
    await this.graph.writeTx(async (tx) => {
      await ensureOutlierTopic(tx);
      await tx.run(
        `UNWIND $topics AS row
         MERGE (t:Topic {id: row.id})
         ON CREATE SET t.createdAt = datetime(), t.labelSource = 'AUTO', t.mappingStatus = 'REVIEW'
         SET t += row { .autoLabel, .keywords, .keywordScores, .keywordText, .centroid, .threshold, .representativeIds, .trendYears, .trendCounts },
             t.retired = false, t.outlier = false, t.mergedInto = null, t.builtAt = datetime(),
             t.label = CASE WHEN t.labelSource = 'LIBRARIAN' THEN t.label ELSE row.autoLabel END`,
        { topics },
      );
      await tx.run(`UNWIND $ids AS id MATCH (t:Topic {id: id}) SET t.retired = true, t.size = 0`, { ids: input.retiredIds });
      await tx.run(`MATCH (:Document)-[r:IN_TOPIC]->(:Topic) DELETE r`);
      await writeMemberships(tx, input.memberships);
      await refreshSizes(tx);
    }, options);
  }

  /** Moves documents into topics (replacing any membership they had) and refreshes sizes. */
  async setMemberships(memberships: Membership[]): Promise<void> {
    if (memberships.length === 0) return;
    await this.graph.writeTx(async (tx) => {
      await ensureOutlierTopic(tx);
      for (let start = 0; start < memberships.length; start += BATCH) {
        await tx.run(`UNWIND $ids AS id MATCH (:Document {id: id})-[r:IN_TOPIC]->(:Topic) DELETE r`, {
          ids: memberships.slice(start, start + BATCH).map((m) => m.documentId),
        });
      }
      await writeMemberships(tx, memberships);
      await refreshSizes(tx);
    });
  }

  /** A topic a librarian creates by splitting: written if absent, with the label they gave. */
  async upsertLibrarianTopic(topic: {
    id: string;
    label: string;
    keywords: TopicTermRecord[];
    centroid: number[];
    threshold: number;
  }): Promise<void> {
    await this.graph.write(
      `MERGE (t:Topic {id: $id})
       ON CREATE SET t.createdAt = datetime(), t.mappingStatus = 'REVIEW'
       SET t.label = $label, t.autoLabel = coalesce(t.autoLabel, $label), t.labelSource = 'LIBRARIAN',
           t.keywords = $terms, t.keywordScores = $scores, t.keywordText = $text, t.centroid = $centroid, t.threshold = $threshold,
           t.retired = false, t.outlier = false, t.mergedInto = null`,
      {
        id: topic.id,
        label: topic.label,
        terms: topic.keywords.map((k) => k.term),
        scores: topic.keywords.map((k) => k.score),
        text: topic.keywords.map((k) => k.term).join(' '),
        centroid: topic.centroid,
        threshold: topic.threshold,
      },
    );
  }

  async updateCentroid(id: string, centroid: number[], representativeIds: string[]): Promise<void> {
    await this.graph.write(`MATCH (t:Topic {id: $id}) SET t.centroid = $centroid, t.representativeIds = $representativeIds`, {
      id,
      centroid,
      representativeIds,
    });
  }

  async rename(id: string, label: string): Promise<boolean> {
    const rows = await this.graph.write(
      `MATCH (t:Topic {id: $id}) WHERE NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false)
       SET t.label = $label, t.labelSource = 'LIBRARIAN' RETURN t.id AS id`,
      { id, label },
    );
    return rows.length > 0;
  }

  /** Retires a topic absorbed by a merge. */
  async retire(id: string, mergedInto: string | null): Promise<void> {
    await this.graph.write(`MATCH (t:Topic {id: $id}) SET t.retired = true, t.mergedInto = $mergedInto, t.size = 0`, { id, mergedInto });
  }

  /** Ids of the members of each topic (a DataLoader-style batch). */
  async memberIds(topicIds: readonly string[]): Promise<string[][]> {
    const rows = await this.graph.read<{ topicId: string; ids: string[] }>(
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
  async documentTexts(ids: readonly string[]): Promise<Array<{ id: string; title: string; abstract: string | null; keywords: string[] }>> {
    return this.graph.read(
      `UNWIND $ids AS id MATCH (d:Document {id: id})
       RETURN d.id AS id, coalesce(d.title, '') AS title, d.abstract AS abstract, coalesce(d.keywords, []) AS keywords`,
      { ids },
    );
  }

  async saveIndustryMappings(mappings: IndustryMappingWrite[]): Promise<void> {
    const rows = mappings.map((m) => ({
      topicId: m.topicId,
      industryCode: m.industryCode,
      score: m.score,
      status: m.status,
      candidates: m.candidates.map((c) => ({ ...c, rank: int(c.rank) })),
    }));
    await this.graph.writeTx(async (tx) => {
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
    });
  }

  /** The industry candidates of each topic, best first (a DataLoader batch). */
  async candidatesOf(topicIds: readonly string[]): Promise<IndustryCandidateRecord[][]> {
    const rows = await this.graph.read<IndustryCandidateRecord>(
      `UNWIND $topicIds AS topicId
       MATCH (:Topic {id: topicId})-[c:CANDIDATE_INDUSTRY]->(i:Industry)
       RETURN topicId, i.code AS industryCode, c.score AS score, c.keywords AS keywords, c.documentIds AS documentIds, c.rank AS rank
       ORDER BY topicId, c.rank`,
      { topicIds },
    );
    return topicIds.map((id) => rows.filter((row) => row.topicId === id));
  }

  async setMapping(topicId: string, industryCode: string | null): Promise<boolean> {
    const rows = await this.graph.write(
      `MATCH (t:Topic {id: $topicId})
       SET t.industryCode = $industryCode, t.mappingStatus = 'LIBRARIAN', t.mappingScore = null
       RETURN t.id AS id`,
      { topicId, industryCode },
    );
    return rows.length > 0;
  }

  async list(
    filter: { industryCode?: string | null; status?: MappingStatus | null; includeOutliers?: boolean } = {},
  ): Promise<TopicRecord[]> {
    const rows = await this.graph.read<TopicRow>(
      `MATCH (t:Topic) WHERE NOT coalesce(t.retired, false)
         AND ($includeOutliers OR NOT coalesce(t.outlier, false))
         AND ($industryCode IS NULL OR t.industryCode = $industryCode)
         AND ($status IS NULL OR t.mappingStatus = $status)
       RETURN t ${TOPIC_FIELDS} AS topic
       ORDER BY coalesce(t.outlier, false), t.size DESC, t.id`,
      { industryCode: filter.industryCode ?? null, status: filter.status ?? null, includeOutliers: filter.includeOutliers ?? true },
    );
    return rows.map(toTopic);
  }

  /** Topics by id, in the order asked, null where unknown (a DataLoader batch). */
  async byIds(ids: readonly string[]): Promise<(TopicRecord | null)[]> {
    const rows = await this.graph.read<TopicRow>(`MATCH (t:Topic) WHERE t.id IN $ids RETURN t ${TOPIC_FIELDS} AS topic`, { ids });
    return alignByKey(
      ids,
      rows.map((row) => [row.topic.id, toTopic(row)] as const),
    );
  }

  /** A page of a topic's documents, nearest to its centroid first. */
  async documents(topicId: string, page: { offset: number; limit: number }): Promise<{ total: number; items: TopicDocument[] }> {
    const [row] = await this.graph.read<{ total: number; items: TopicDocument[] }>(
      `MATCH (d:Document)-[r:IN_TOPIC]->(:Topic {id: $topicId})
       WITH d, r ORDER BY r.similarity DESC, d.id
       WITH collect({id: d.id, title: coalesce(d.title, ''), year: d.year, similarity: r.similarity}) AS members
       RETURN size(members) AS total, members[$offset..($offset + $limit)] AS items`,
      { topicId, offset: int(page.offset), limit: int(page.limit) },
    );
    return row ?? { total: 0, items: [] };
  }

  /** Documents by id, in the order asked (for representative documents). */
  async documentsByIds(ids: readonly string[]): Promise<(TopicDocument | null)[]> {
    const rows = await this.graph.read<TopicDocument>(
      `UNWIND $ids AS id MATCH (d:Document {id: id})
       OPTIONAL MATCH (d)-[r:IN_TOPIC]->(:Topic)
       RETURN d.id AS id, coalesce(d.title, '') AS title, d.year AS year, r.similarity AS similarity`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.id, row] as const),
    );
  }

  async addDecision(decision: Omit<TopicDecisionRecord, 'sequence'>): Promise<TopicDecisionRecord> {
    const [row] = await this.graph.write<{ sequence: number }>(
      `OPTIONAL MATCH (previous:TopicDecision)
       WITH coalesce(max(previous.sequence), 0) + 1 AS sequence
       CREATE (d:TopicDecision {id: $id, kind: $kind, topicId: $topicId, label: $label, targetTopicId: $targetTopicId,
                                documentIds: $documentIds, industryCode: $industryCode, decidedBy: $decidedBy,
                                sequence: sequence, decidedAt: datetime()})
       RETURN d.sequence AS sequence`,
      { ...decision },
    );
    return { ...decision, sequence: row!.sequence };
  }

  /** Every decision, oldest first: the order they are re-applied in. */
  async decisions(): Promise<TopicDecisionRecord[]> {
    return this.graph.read<TopicDecisionRecord>(
      `MATCH (d:TopicDecision)
       RETURN d.id AS id, d.kind AS kind, d.topicId AS topicId, d.label AS label, d.targetTopicId AS targetTopicId,
              coalesce(d.documentIds, []) AS documentIds, d.industryCode AS industryCode, d.decidedBy AS decidedBy, d.sequence AS sequence
       ORDER BY d.sequence`,
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
