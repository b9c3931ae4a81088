import type { Graph } from '../../driver.js';
import { PART_OF_PATH } from '../within.js';

/** A dated text of a news item or policy, the material of hot-topic detection. */
export interface DatedText {
  kind: 'NewsItem' | 'Policy';
  id: string;
  title: string;
  text: string;
  /** ISO date or date-time. */
  at: string;
}

/** News items and live policies dated since `from` (ISO), of an industry and its sub-industries or all. */
export class TrendMentionRepository {
  constructor(private readonly graph: Graph) {}

  async since(from: string, industryCode: string | null): Promise<DatedText[]> {
    return this.graph.read<DatedText>(
      `CALL () {
         MATCH (n:NewsItem)
         WITH n, coalesce(n.publishedAt, toString(n.firstSeenAt)) AS at
         WHERE at >= $from
           AND ($industryCode IS NULL OR EXISTS { (n)-[:CONCERNS]->(:Industry)${PART_OF_PATH}(:Industry {code: $industryCode}) })
         RETURN 'NewsItem' AS kind, n.id AS id, n.title AS title, coalesce(n.summary, '') AS text, at
         UNION ALL
         MATCH (p:Policy) WHERE NOT coalesce(p.deleted, false)
         WITH p, coalesce(p.publishedDate, left(toString(p.firstSeenAt), 10)) AS at
         WHERE at >= left($from, 10)
           AND ($industryCode IS NULL OR EXISTS {
                 (p)-[r:SUPPORTS]->(:Industry)${PART_OF_PATH}(:Industry {code: $industryCode}) WHERE NOT coalesce(r.deleted, false) })
         RETURN 'Policy' AS kind, p.id AS id, p.title AS title, '' AS text, at
       }
       RETURN kind, id, title, text, at`,
      { from, industryCode },
    );
  }
}
