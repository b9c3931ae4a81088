import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';
import { PART_OF_PATH } from '../within.js';

/**
 * News items embedded with the documents' model (`NewsItem.embedding`, `embeddingModel`,
 * `embeddingHash`: the item's `contentHash` when embedded) and assigned to their nearest topic:
 * `(:NewsItem)-[:ABOUT_TOPIC {similarity}]->(:Topic)`, apart from the documents' `IN_TOPIC`.
 */

export interface NewsText {
  id: string;
  title: string;
  summary: string;
}

export interface NewsTopicMention {
  id: string;
  title: string;
  at: string;
  topicId: string;
  label: string;
}

export class NewsTopicRepository {
  constructor(private readonly graph: Graph) {}

  /** News dated since `from` not embedded with `model` (or whose text changed since), newest first, at most `limit`. */
  async pending(model: string, from: string, limit: number): Promise<(NewsText & { hash: string })[]> {
    return this.graph.read<NewsText & { hash: string }>(
      `MATCH (n:NewsItem)
       WITH n, coalesce(n.publishedAt, toString(n.firstSeenAt)) AS at, coalesce(n.contentHash, n.id) AS hash
       WHERE at >= $from AND ( n.embeddingModel IS NULL OR n.embeddingModel <> $model OR n.embeddingHash <> hash)
       RETURN n.id AS id, n.title AS title, coalesce(n.summary, '') AS summary, hash ORDER BY at DESC LIMIT $limit`,
      { model, from, limit: int(limit) },
    );
  }

  async store(tx: Tx, model: string, rows: { id: string; embedding: number[]; hash: string }[]): Promise<void> {
    await tx.run(
      `UNWIND $rows AS row MATCH (n:NewsItem {id: row.id})
       SET n.embedding = row.embedding, n.embeddingModel = $model, n.embeddingHash = row.hash`,
      { rows, model },
    );
  }

  /** Embedded news dated since `from`, one page after `after` (by id), for re-assignment after a rebuild. */
  async embedded(model: string, from: string, after: string, limit: number): Promise<{ id: string; embedding: number[] }[]> {
    return this.graph.read<{ id: string; embedding: number[] }>(
      `MATCH (n:NewsItem) WHERE n.embeddingModel = $model AND n.id > $after AND coalesce(n.publishedAt, toString(n.firstSeenAt)) >= $from
       RETURN n.id AS id, n.embedding AS embedding ORDER BY n.id LIMIT $limit`,
      { model, from, after, limit: int(limit) },
    );
  }

  /** Replaces the topic of each news item (null: none near enough). */
  async assign(tx: Tx, rows: { id: string; topicId: string | null; similarity: number }[]): Promise<void> {
    await tx.run(
      `UNWIND $rows AS row MATCH (n:NewsItem {id: row.id})
       OPTIONAL MATCH (n)-[old:ABOUT_TOPIC]->() DELETE old
       WITH DISTINCT n, row WHERE row.topicId IS NOT NULL
       MATCH (t:Topic {id: row.topicId})
       CREATE (n)-[:ABOUT_TOPIC {similarity: row.similarity}]->(t)`,
      { rows },
    );
  }

  /**
   * Topic assignments of news dated since `from`: overall, or of an industry and its
   * sub-industries (the news concerns it, or its topic is filed under it).
   */
  async since(from: string, industryCode: string | null): Promise<NewsTopicMention[]> {
    return this.graph.read<NewsTopicMention>(
      `MATCH (n:NewsItem)-[:ABOUT_TOPIC]->(t:Topic)
       WHERE NOT coalesce(t.retired, false)
       WITH n, t, coalesce(n.publishedAt, toString(n.firstSeenAt)) AS at
       WHERE at >= $from
         AND ($industryCode IS NULL
              OR EXISTS { (n)-[:CONCERNS]->(:Industry)${PART_OF_PATH}(:Industry {code: $industryCode}) }
              OR EXISTS { MATCH (:Industry {code: t.industryCode})${PART_OF_PATH}(:Industry {code: $industryCode}) })
       RETURN n.id AS id, n.title AS title, at, t.id AS topicId, t.label AS label`,
      { from, industryCode },
    );
  }
}
