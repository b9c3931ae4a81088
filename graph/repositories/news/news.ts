import { PART_OF_PATH } from '../within.js';
import { type NewsSaveInput, type NewsRecord, type NewsFilter, type MentionRecord } from '../../../domain/news/types.js';
import type { NewsDraft } from '../../../domain/source/model.js';
import type { Graph } from '../../driver.js';
import { int, alignByKey } from '../../values.js';
import type { SaveOutcome } from '../../../domain/policy/types.js';

const FIELDS = `n {
  .id, .guid, .url, .title, .summary, .text, .html, .publishedAt, .author, .contentHash, .revision, .level, .regionCode, .sourceId,
  firstSeenAt: toString(n.firstSeenAt)
}`;

/** NewsItem nodes, one per canonical URL; a changed item keeps its previous text as a revision. */
export class NewsRepository {
  constructor(private readonly graph: Graph) {}

  /** Saves a batch in one transaction; returns the outcome of each item, in order. */
  async saveMany(inputs: NewsSaveInput[]): Promise<SaveOutcome[]> {
    if (inputs.length === 0) return [];
    const rows = inputs.map((input) => ({
      id: input.id,
      hash: input.contentHash,
      fields: {
        guid: input.draft.guid,
        url: input.draft.url,
        title: input.draft.title,
        summary: input.draft.summary,
        text: input.draft.text,
        html: input.draft.html,
        publishedAt: input.draft.publishedAt,
        author: input.draft.author,
        contentHash: input.contentHash,
        level: input.level,
        regionCode: input.regionCode,
        sourceId: input.sourceId,
      },
      industryCodes: input.industryCodes,
      mentionIds: input.mentionIds,
    }));
    return this.graph.writeTx(async (tx) => {
      const outcomes = await tx.run<{ id: string; outcome: SaveOutcome }>(
        // MERGE first: it locks the item, so two sources saving the same story at once are
        // serialised and the second sees the first's content. The source that found an item
        // first owns it; a syndicated copy elsewhere changes nothing.
        `UNWIND $rows AS row
         MERGE (n:NewsItem {id: row.id})
         ON CREATE SET n.firstSeenAt = datetime(), n.revision = 0, n.sourceId = row.fields.sourceId
         WITH row, n, CASE
           WHEN n.contentHash IS NULL THEN 'new'
           WHEN n.sourceId <> row.fields.sourceId OR n.contentHash = row.hash THEN 'unchanged'
           ELSE 'updated' END AS outcome
         CALL (row, n, outcome) {
           WITH row, n, outcome WHERE outcome = 'updated'
           CREATE (rev:NewsRevision {newsId: row.id, number: n.revision, title: n.title, text: n.text, html: n.html,
                                     contentHash: n.contentHash, replacedAt: datetime()})
           CREATE (n)-[:HAS_REVISION]->(rev)
         }
         SET n.lastSeenAt = datetime()
         FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END |
           SET n += row.fields, n.revision = n.revision + 1, n.updatedAt = datetime())
         RETURN row.id AS id, outcome`,
        { rows },
      );
      const changed = rows.filter((_, index) => outcomes[index]?.outcome !== 'unchanged');
      if (changed.length > 0) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (n:NewsItem {id: row.id})
           // A librarian's mention stays, and one a librarian removed (soft-deleted) is not found again.
           OPTIONAL MATCH (n)-[old:CONCERNS|MENTIONS|FROM_SOURCE|IN_REGION]->()
           WHERE NOT (type(old) = 'MENTIONS' AND (coalesce(old.origin, 'crawler') <> 'crawler' OR coalesce(old.deleted, false)))
           DELETE old
           WITH DISTINCT n, row
           OPTIONAL MATCH (s:Source {id: row.fields.sourceId})
           FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (n)-[:FROM_SOURCE]->(s))
           WITH n, row
           OPTIONAL MATCH (r:Region {code: row.fields.regionCode})
           FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (n)-[:IN_REGION]->(r))
           WITH n, row
           CALL (n, row) {
             UNWIND row.industryCodes AS code
             MATCH (i:Industry {code: code})
             MERGE (n)-[:CONCERNS]->(i)
           }
           CALL (n, row) {
             UNWIND row.mentionIds AS mentionId
             // One lookup per label so each uses its id constraint (a label disjunction scans).
             CALL (mentionId) {
               MATCH (m:Organization {id: mentionId}) RETURN m
               UNION MATCH (m:Person {id: mentionId}) RETURN m
               UNION MATCH (m:Project {id: mentionId}) RETURN m
             }
             WITH n, m WHERE NOT EXISTS { (n)-[:MENTIONS]->(m) }
             CREATE (n)-[:MENTIONS {origin: 'crawler', deleted: false, provActor: 'crawler', provAt: datetime()}]->(m)
           }`,
          { rows: changed },
        );
      }
      return outcomes.map((o) => o.outcome);
    });
  }

  async byIds(ids: readonly string[]): Promise<(NewsRecord | null)[]> {
    const rows = await this.graph.read<{ news: NewsRecord }>(`MATCH (n:NewsItem) WHERE n.id IN $ids RETURN ${FIELDS} AS news`, { ids });
    return alignByKey(
      ids,
      rows.map((row) => [row.news.id, row.news] as const),
    );
  }

  async list(filter: NewsFilter, page: { first: number; after: string | null }): Promise<{ items: NewsRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ news: NewsRecord }>(
      `MATCH (n:NewsItem)
       WHERE ($level IS NULL OR n.level = $level)
         AND ($sourceId IS NULL OR n.sourceId = $sourceId)
         AND ($from IS NULL OR n.publishedAt >= $from)
         AND ($to IS NULL OR n.publishedAt <= $to)
         AND ($regionCode IS NULL OR EXISTS { (n)-[:IN_REGION]->(:Region)${PART_OF_PATH}(:Region {code: $regionCode}) })
         AND ($industryCode IS NULL OR EXISTS { (n)-[:CONCERNS]->(:Industry)${PART_OF_PATH}(:Industry {code: $industryCode}) })
       WITH n, coalesce(n.publishedAt, '0000') + '|' + n.id AS key
       WHERE $after IS NULL OR key < $after
       RETURN ${FIELDS} AS news ORDER BY key DESC LIMIT $limit`,
      {
        level: filter.level ?? null,
        sourceId: filter.sourceId ?? null,
        from: filter.from ?? null,
        to: filter.to ? `${filter.to}\uffff` : null,
        regionCode: filter.regionCode ?? null,
        industryCode: filter.industryCode ?? null,
        after: page.after,
        limit: int(page.first + 1),
      },
    );
    return { items: rows.slice(0, page.first).map((r) => r.news), hasMore: rows.length > page.first };
  }

  async industriesOf(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.graph.read<{ id: string; code: string }>(
      `UNWIND $ids AS id MATCH (:NewsItem {id: id})-[:CONCERNS]->(i:Industry) RETURN id, i.code AS code ORDER BY i.code`,
      { ids },
    );
    const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row.id)?.push(row.code);
    return ids.map((id) => groups.get(id) ?? []);
  }

  async mentionsOf(ids: readonly string[]): Promise<MentionRecord[][]> {
    const rows = await this.graph.read<{ id: string; mention: MentionRecord }>(
      `UNWIND $ids AS id
       MATCH (:NewsItem {id: id})-[r:MENTIONS]->(m)
       WHERE NOT coalesce(r.deleted, false) AND NOT coalesce(m.deleted, false)
       RETURN id, {id: m.id, label: head([l IN labels(m) WHERE l IN ['Organization', 'Person', 'Project', 'Policy']]), name: coalesce(m.name, m.title)} AS mention
       ORDER BY mention.name`,
      { ids },
    );
    const groups = new Map<string, MentionRecord[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row.id)?.push(row.mention);
    return ids.map((id) => groups.get(id) ?? []);
  }

  /** Names of organisations, people and projects already in the graph, for mention matching. */
  async mentionableNames(): Promise<MentionRecord[]> {
    return this.graph.read<MentionRecord>(
      `MATCH (m) WHERE (m:Organization OR m:Person OR m:Project) AND m.name IS NOT NULL AND size(m.name) >= 2
       RETURN m.id AS id, head([l IN labels(m) WHERE l IN ['Organization', 'Person', 'Project']]) AS label, m.name AS name`,
    );
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read<{ n: number }>('MATCH (n:NewsItem) RETURN count(n) AS n');
    return row?.n ?? 0;
  }
}
