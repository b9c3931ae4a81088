import type { IndustryCandidateRecord, MappingStatus, TopicDocument, TopicOrder, TopicRecord } from '../../../domain/topic/types.js';
import type { Graph, Tx } from '../../driver.js';
import { alignByKey, int } from '../../values.js';
import { readIn, TOPIC_FIELDS, topicOrderBy, toTopic, type TopicRow } from './fields.js';

export interface TopicListFilter {
  industryCode?: string | null;
  status?: MappingStatus | null;
  includeOutliers?: boolean;
  /** SIZE unless given (the review queue, the rebuild); the GraphQL list passes its `orderBy`. */
  order?: TopicOrder;
}

const LIST_WHERE = `NOT coalesce(t.retired, false)
  AND ($includeOutliers OR NOT coalesce(t.outlier, false))
  AND ($industryCode IS NULL OR t.industryCode = $industryCode)
  AND ($status IS NULL OR t.mappingStatus = $status)`;

const listParams = (filter: TopicListFilter) => ({
  industryCode: filter.industryCode ?? null,
  status: filter.status ?? null,
  includeOutliers: filter.includeOutliers ?? true,
});

/** Topics as readers see them: lists, pages of their documents, industry candidates. */
export class TopicRepository {
  constructor(private readonly graph: Graph) {}

  /** The active topics in `filter.order` (SIZE: largest first, 未归类 last). */
  async list(filter: TopicListFilter = {}, tx?: Tx): Promise<TopicRecord[]> {
    const rows = await readIn<TopicRow>(
      this.graph,
      tx,
      `MATCH (t:Topic) WHERE ${LIST_WHERE}
       RETURN t ${TOPIC_FIELDS} AS topic
       ORDER BY ${topicOrderBy(filter.order ?? 'SIZE')}`,
      listParams(filter),
    );
    return rows.map(toTopic);
  }

  /** One page of `list`: `first` topics from `offset`, whether more follow, and how many there are. */
  async page(
    filter: TopicListFilter,
    page: { offset: number; first: number },
  ): Promise<{ items: TopicRecord[]; hasMore: boolean; total: number }> {
    const params = { ...listParams(filter), offset: int(page.offset), limit: int(page.first + 1) };
    const [rows, [counted]] = await Promise.all([
      this.graph.read<TopicRow>(
        `MATCH (t:Topic) WHERE ${LIST_WHERE}
         RETURN t ${TOPIC_FIELDS} AS topic
         ORDER BY ${topicOrderBy(filter.order ?? 'SIZE')} SKIP $offset LIMIT $limit`,
        params,
      ),
      this.graph.read<{ total: number }>(`MATCH (t:Topic) WHERE ${LIST_WHERE} RETURN count(t) AS total`, params),
    ]);
    return { items: rows.slice(0, page.first).map(toTopic), hasMore: rows.length > page.first, total: counted?.total ?? 0 };
  }

  /** Topics by id, in the order asked, null where unknown (a DataLoader batch). */
  async byIds(ids: readonly string[], tx?: Tx): Promise<(TopicRecord | null)[]> {
    const rows = await readIn<TopicRow>(this.graph, tx, `MATCH (t:Topic) WHERE t.id IN $ids RETURN t ${TOPIC_FIELDS} AS topic`, { ids });
    return alignByKey(
      ids,
      rows.map((row) => [row.topic.id, toTopic(row)] as const),
    );
  }

  /** A page of a topic's documents, nearest to its centroid first, and how many it has. */
  async documents(topicId: string, page: { offset: number; first: number }): Promise<{ total: number; items: TopicDocument[] }> {
    const [row] = await this.graph.read<{ total: number; items: TopicDocument[] }>(
      `MATCH (d:Document)-[r:IN_TOPIC]->(:Topic {id: $topicId})
       WITH d, r ORDER BY r.similarity DESC, d.id
       WITH collect({id: d.id, title: coalesce(d.title, ''), year: d.year, similarity: r.similarity}) AS members
       RETURN size(members) AS total, members[$offset..($offset + $limit)] AS items`,
      { topicId, offset: int(page.offset), limit: int(page.first) },
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
}
