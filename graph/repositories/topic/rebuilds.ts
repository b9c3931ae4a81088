import type { Membership } from '../../../domain/topic/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

/**
 * A topic rebuild in progress (`(:TopicRebuild {id, status})`) and its staged memberships:
 * each document's new topic is written beside its current one (`d.stagedRebuildId`,
 * `d.stagedTopicId`, `d.stagedSimilarity`, properties no reader reads) in batched
 * transactions, then made current in the rebuild's one switching transaction. A rebuild that
 * dies before the switch leaves readers on the previous topics; its staged properties are
 * cleared by the next rebuild.
 */
export class TopicRebuildRepository {
  constructor(private readonly graph: Graph) {}

  async begin(tx: Tx, id: string): Promise<void> {
    await tx.run(`CREATE (:TopicRebuild {id: $id, status: 'BUILDING', startedAt: datetime()})`, { id });
  }

  /** Rebuilds that never switched over (a crash, a kill, a failed write). */
  async abandoned(): Promise<string[]> {
    const rows = await this.graph.read<{ id: string }>(`MATCH (r:TopicRebuild {status: 'BUILDING'}) RETURN r.id AS id ORDER BY r.id`);
    return rows.map((row) => row.id);
  }

  /** Clears up to `limit` documents' staged memberships of the given rebuilds; returns how many it cleared. */
  async clearStaged(tx: Tx, rebuildIds: readonly string[], limit: number): Promise<number> {
    const [row] = await tx.run<{ cleared: number }>(
      `MATCH (d:Document) WHERE d.stagedRebuildId IN $rebuildIds
       WITH d LIMIT $limit
       REMOVE d.stagedRebuildId, d.stagedTopicId, d.stagedSimilarity
       RETURN count(d) AS cleared`,
      { limit: int(limit), rebuildIds },
    );
    return row?.cleared ?? 0;
  }

  async forget(tx: Tx, ids: readonly string[]): Promise<void> {
    await tx.run(`MATCH (r:TopicRebuild) WHERE r.id IN $ids DELETE r`, { ids });
  }

  /**
   * Writes one batch of the rebuild's memberships beside the current ones. The rows go as three
   * parallel lists: the driver checks every map it sends for a temporal or spatial type, not a list of strings.
   */
  async stage(tx: Tx, rebuildId: string, memberships: readonly Membership[]): Promise<void> {
    await tx.run(
      `UNWIND range(0, size($ids) - 1) AS i
       MATCH (d:Document {id: $ids[i]})
       SET d.stagedRebuildId = $rebuildId, d.stagedTopicId = $topicIds[i], d.stagedSimilarity = $similarities[i]`,
      {
        rebuildId,
        ids: memberships.map((m) => m.documentId),
        topicIds: memberships.map((m) => m.topicId),
        similarities: memberships.map((m) => m.similarity),
      },
    );
  }

  /** Whether the rebuild is still the one building (a later rebuild clears an earlier one away). */
  async building(tx: Tx, id: string): Promise<boolean> {
    const rows = await tx.run(`MATCH (r:TopicRebuild {id: $id, status: 'BUILDING'}) RETURN r.id AS id`, { id });
    return rows.length > 0;
  }

  /**
   * Makes the staged memberships current, in the switching transaction (the topics exist by
   * then): a document staged in the topic it is already in keeps its relationship with the new
   * similarity, one staged elsewhere moves, one not staged (no vector at the rebuild's start) leaves its topic.
   */
  async switchMemberships(tx: Tx, rebuildId: string): Promise<void> {
    await tx.run(
      `MATCH (d:Document)-[r:IN_TOPIC]->(t:Topic)
       WHERE d.stagedRebuildId IS NULL OR d.stagedRebuildId <> $rebuildId OR d.stagedTopicId <> t.id
       DELETE r`,
      { rebuildId },
    );
    await tx.run(
      `MATCH (d:Document {stagedRebuildId: $rebuildId})
       MATCH (t:Topic {id: d.stagedTopicId})
       OPTIONAL MATCH (d)-[kept:IN_TOPIC]->(t)
       SET kept.similarity = d.stagedSimilarity
       WITH d, t, kept WHERE kept IS NULL
       CREATE (d)-[:IN_TOPIC {similarity: d.stagedSimilarity}]->(t)`,
      { rebuildId },
    );
  }

  /** The rebuild is current: earlier records go. */
  async finish(tx: Tx, id: string, summary: { documents: number; topics: number }): Promise<void> {
    await tx.run(
      `MATCH (r:TopicRebuild {id: $id})
       SET r.status = 'CURRENT', r.finishedAt = datetime(), r.documents = $documents, r.topics = $topics
       WITH r MATCH (old:TopicRebuild) WHERE old.id <> $id AND old.status = 'CURRENT' DELETE old`,
      { id, documents: int(summary.documents), topics: int(summary.topics) },
    );
  }
}
