import type { TopicDecisionRecord, TopicTermRecord } from '../../../domain/topic/types.js';
import type { Graph, Tx } from '../../driver.js';
import { readIn } from './fields.js';

/**
 * The librarians' topic decisions (`TopicDecision`, re-applied in order after every rebuild),
 * the writes that carry one out, and its audit entry. Every write takes the caller's transaction.
 */
export class TopicDecisionRepository {
  constructor(private readonly graph: Graph) {}

  async add(tx: Tx, decision: Omit<TopicDecisionRecord, 'sequence'>): Promise<TopicDecisionRecord> {
    const [row] = await tx.run<{ sequence: number }>(
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
  async list(tx?: Tx): Promise<TopicDecisionRecord[]> {
    return readIn<TopicDecisionRecord>(
      this.graph,
      tx,
      `MATCH (d:TopicDecision)
       RETURN d.id AS id, d.kind AS kind, d.topicId AS topicId, d.label AS label, d.targetTopicId AS targetTopicId,
              coalesce(d.documentIds, []) AS documentIds, d.industryCode AS industryCode, d.decidedBy AS decidedBy, d.sequence AS sequence
       ORDER BY d.sequence`,
    );
  }

  /** A librarian's label; false when the topic is not one a librarian can rename. */
  async rename(tx: Tx, id: string, label: string): Promise<boolean> {
    const rows = await tx.run(
      `MATCH (t:Topic {id: $id}) WHERE NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false)
       SET t.label = $label, t.labelSource = 'LIBRARIAN' RETURN t.id AS id`,
      { id, label },
    );
    return rows.length > 0;
  }

  /** A librarian's industry for a topic (null: none); false when the topic is unknown. */
  async setMapping(tx: Tx, topicId: string, industryCode: string | null): Promise<boolean> {
    const rows = await tx.run(
      `MATCH (t:Topic {id: $topicId})
       SET t.industryCode = $industryCode, t.mappingStatus = 'LIBRARIAN', t.mappingScore = null
       RETURN t.id AS id`,
      { topicId, industryCode },
    );
    return rows.length > 0;
  }

  /** A topic a librarian creates by splitting: written if absent, with the label they gave. */
  async upsertSplitTopic(
    tx: Tx,
    topic: { id: string; label: string; keywords: TopicTermRecord[]; centroid: number[]; threshold: number },
  ): Promise<void> {
    await tx.run(
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

  /** Retires a topic absorbed by a merge. */
  async retire(tx: Tx, id: string, mergedInto: string | null): Promise<void> {
    await tx.run(`MATCH (t:Topic {id: $id}) SET t.retired = true, t.mergedInto = $mergedInto, t.size = 0`, { id, mergedInto });
  }
}
