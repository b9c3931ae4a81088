import { PART_OF_PATH } from '../within.js';
import { decidedByOrigin, MENTION_RULES, planMachineLinks, type StoredLink } from '../../../domain/curation/precedence.js';
import type { NewsSaveInput, NewsRecord, NewsFilter, MentionRecord } from '../../../domain/news/types.js';
import type { SaveOutcome } from '../../../domain/policy/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

const FIELDS = `n {
  .id, .guid, .url, .title, .summary, .text, .html, .publishedAt, .author, .contentHash, .revision, .level, .regionCode, .sourceId,
  firstSeenAt: toString(n.firstSeenAt)
}`;

/** Where an item stands in the list (newest first): its publication time (0000 when unknown), then its id. */
export type NewsKeys = readonly [publishedAt: string, id: string];

export const newsKeys = (n: { publishedAt: string | null; id: string }): NewsKeys => [n.publishedAt ?? '0000', n.id];

/** NewsItem nodes, one per canonical URL; a changed item keeps its previous text as a revision. */
export class NewsRepository {
  constructor(private readonly graph: Graph) {}

  /** Saves a batch in the caller's transaction; returns the outcome of each item, in order. */
  async saveMany(tx: Tx, inputs: readonly NewsSaveInput[]): Promise<SaveOutcome[]> {
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
    }));
    // Each source, region and industry is looked up once per batch, its position passed per row.
    const positions = (keys: Iterable<string>) => new Map([...new Set(keys)].map((key, index) => [key, index]));
    const sources = positions(rows.map((row) => row.fields.sourceId));
    const regions = positions(rows.map((row) => row.fields.regionCode));
    const industries = positions(rows.flatMap((row) => row.industryCodes));
    const outcomes = await tx.run<{ id: string; outcome: SaveOutcome }>(
      // MERGE first: it locks the item, so two sources saving the same story at once are
      // serialised and the second sees the first's content. The source that found an item
      // first owns it; a syndicated copy elsewhere changes nothing. A new item has no
      // relationships yet: its source, region and industries are created here, not merged
      // (bench/crawl/profile.ts: per-row seeks and MERGE's Expand(Into) were a third of the
      // JVM's time on new items; a second statement for them sought every item again).
      `CALL () { UNWIND $sources AS id OPTIONAL MATCH (s:Source {id: id}) RETURN collect([s]) AS sources }
       CALL () { UNWIND $regions AS code OPTIONAL MATCH (r:Region {code: code}) RETURN collect([r]) AS regions }
       CALL () { UNWIND $industries AS code OPTIONAL MATCH (i:Industry {code: code}) RETURN collect([i]) AS industries }
       UNWIND $rows AS row
       MERGE (n:NewsItem {id: row.id})
       ON CREATE SET n.firstSeenAt = datetime(), n.revision = 0, n.sourceId = row.fields.sourceId
       WITH sources, regions, industries, row, n, CASE
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
       WITH sources, regions, industries, row, n, outcome, outcome = 'new' AS created
       FOREACH (s IN [x IN [sources[row.source][0]] WHERE created AND x IS NOT NULL] | CREATE (n)-[:FROM_SOURCE]->(s))
       FOREACH (r IN [x IN [regions[row.region][0]] WHERE created AND x IS NOT NULL] | CREATE (n)-[:IN_REGION]->(r))
       FOREACH (i IN [k IN row.industries WHERE created AND industries[k][0] IS NOT NULL | industries[k][0]] | CREATE (n)-[:CONCERNS]->(i))
       RETURN row.id AS id, outcome`,
      {
        sources: [...sources.keys()],
        regions: [...regions.keys()],
        industries: [...industries.keys()],
        rows: rows.map((row) => ({
          id: row.id,
          hash: row.hash,
          fields: row.fields,
          source: int(sources.get(row.fields.sourceId)!),
          region: int(regions.get(row.fields.regionCode)!),
          industries: [...new Set(row.industryCodes)].map((code) => int(industries.get(code)!)),
        })),
      },
    );
    const outcomeOf = (index: number) => outcomes[index]?.outcome;
    const updated = rows.filter((_, index) => outcomeOf(index) === 'updated');
    if (updated.length > 0) {
      await tx.run(
        // Source, region and industries are the feed's alone: replaced with every change.
        `UNWIND $rows AS row
         MATCH (n:NewsItem {id: row.id})
         OPTIONAL MATCH (n)-[old:CONCERNS|FROM_SOURCE|IN_REGION]->()
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
         }`,
        { rows: updated },
      );
    }
    const changed = inputs.filter((_, index) => outcomeOf(index) !== 'unchanged');
    if (changed.length > 0) await this.rewriteMentions(tx, changed, new Set(updated.map((row) => row.id)));
    return outcomes.map((o) => o.outcome);
  }

  /** The crawler's mentions of changed items, as the precedence rule plans them. */
  private async rewriteMentions(tx: Tx, changed: readonly NewsSaveInput[], updatedIds: ReadonlySet<string>): Promise<void> {
    // An item created in this transaction has no stored mentions to read.
    const ids = changed.filter((input) => updatedIds.has(input.id)).map((input) => input.id);
    const stored =
      ids.length === 0
        ? []
        : await tx.run<{ from: string; to: string; origin: string | null; deleted: boolean }>(
            `UNWIND $ids AS id
             MATCH (n:NewsItem {id: id})-[r:MENTIONS]->(m)
             RETURN id AS from, m.id AS to, r.origin AS origin, coalesce(r.deleted, false) AS deleted`,
            { ids },
          );
    const plan = planMachineLinks(
      stored.map(({ origin, ...link }): StoredLink => ({ ...link, type: 'MENTIONS', decidedBy: decidedByOrigin(origin) })),
      changed.flatMap((input) => input.mentionIds.map((to) => ({ type: 'MENTIONS', from: input.id, to }))),
      MENTION_RULES,
    );
    if (plan.remove.length > 0) {
      await tx.run(
        `UNWIND $links AS l
         MATCH (:NewsItem {id: l.from})-[r:MENTIONS]->(m) WHERE m.id = l.to
         DELETE r`,
        { links: plan.remove },
      );
    }
    if (plan.add.length > 0) {
      await tx.run(
        `UNWIND $links AS l
         MATCH (n:NewsItem {id: l.from})
         // One lookup per label so each uses its id constraint (a label disjunction scans).
         CALL (l) {
           MATCH (m:Organization {id: l.to}) RETURN m
           UNION MATCH (m:Person {id: l.to}) RETURN m
           UNION MATCH (m:Project {id: l.to}) RETURN m
         }
         CREATE (n)-[:MENTIONS {origin: 'crawler', deleted: false, provActor: 'crawler', provAt: datetime()}]->(m)`,
        { links: plan.add },
      );
    }
  }

  async byIds(ids: readonly string[]): Promise<(NewsRecord | null)[]> {
    const rows = await this.graph.read<{ news: NewsRecord }>(`MATCH (n:NewsItem) WHERE n.id IN $ids RETURN ${FIELDS} AS news`, { ids });
    return alignByKey(
      ids,
      rows.map((row) => [row.news.id, row.news] as const),
    );
  }

  async list(filter: NewsFilter, page: { first: number; after: NewsKeys | null }): Promise<{ items: NewsRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ news: NewsRecord }>(
      `MATCH (n:NewsItem)
       WHERE ($level IS NULL OR n.level = $level)
         AND ($sourceId IS NULL OR n.sourceId = $sourceId)
         AND ($from IS NULL OR n.publishedAt >= $from)
         AND ($to IS NULL OR n.publishedAt <= $to)
         AND ($regionCode IS NULL OR EXISTS { (n)-[:IN_REGION]->(:Region)${PART_OF_PATH}(:Region {code: $regionCode}) })
         AND ($industryCode IS NULL OR EXISTS { (n)-[:CONCERNS]->(:Industry)${PART_OF_PATH}(:Industry {code: $industryCode}) })
       WITH n, coalesce(n.publishedAt, '0000') AS at
       WHERE $after IS NULL OR at < $after[0] OR (at = $after[0] AND n.id < $after[1])
       RETURN ${FIELDS} AS news ORDER BY at DESC, n.id DESC LIMIT $limit`,
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
