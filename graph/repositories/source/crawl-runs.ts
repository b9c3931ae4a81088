import type { CrawlCounts, CrawlRunRecord } from '../../../domain/source/model.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

const FIELDS = `r {
  .id, .sourceId, .status, .fetched, .new, .updated, .unchanged, .errors, .messages,
  startedAt: toString(r.startedAt), finishedAt: toString(r.finishedAt)
}`;

/** CrawlRun nodes: the history of every run of every source. */
export class CrawlRunRepository {
  constructor(private readonly graph: Graph) {}

  private writer(tx: Tx | undefined): Tx {
    return tx ?? { run: (cypher, params) => this.graph.write(cypher, params) };
  }

  async start(id: string, sourceId: string, tx?: Tx): Promise<void> {
    await this.writer(tx).run(
      `MATCH (s:Source {id: $sourceId})
       CREATE (r:CrawlRun {id: $id, sourceId: $sourceId, status: 'running', startedAt: datetime(),
                           fetched: 0, new: 0, updated: 0, unchanged: 0, errors: 0, messages: []})
       CREATE (r)-[:OF_SOURCE]->(s)`,
      { id, sourceId },
    );
  }

  async finish(id: string, status: CrawlRunRecord['status'], counts: CrawlCounts, messages: string[], tx?: Tx): Promise<void> {
    await this.writer(tx).run(
      `MATCH (r:CrawlRun {id: $id})
       SET r.status = $status, r.finishedAt = datetime(), r.fetched = $fetched, r.new = $new, r.updated = $updated,
           r.unchanged = $unchanged, r.errors = $errors, r.messages = $messages`,
      {
        id,
        status,
        fetched: int(counts.fetched),
        new: int(counts.new),
        updated: int(counts.updated),
        unchanged: int(counts.unchanged),
        errors: int(counts.errors),
        messages: messages.slice(0, 50).map((m) => m.slice(0, 500)),
      },
    );
  }

  /** Latest runs first, of one source or of all. */
  async list(filter: { sourceId?: string | null; limit: number }): Promise<CrawlRunRecord[]> {
    const rows = await this.graph.read<{ run: CrawlRunRecord }>(
      `MATCH (r:CrawlRun) WHERE $sourceId IS NULL OR r.sourceId = $sourceId
       RETURN ${FIELDS} AS run ORDER BY r.startedAt DESC, r.id DESC LIMIT $limit`,
      { sourceId: filter.sourceId ?? null, limit: int(filter.limit) },
    );
    return rows.map((row) => row.run);
  }

  /** The latest `limit` runs of each source, in one query (for lists of sources). */
  async recentOf(sourceIds: readonly string[], limit: number): Promise<CrawlRunRecord[][]> {
    const rows = await this.graph.read<{ sourceId: string; runs: CrawlRunRecord[] }>(
      `UNWIND $sourceIds AS sourceId
       CALL (sourceId) {
         MATCH (r:CrawlRun {sourceId: sourceId})
         WITH r ORDER BY r.startedAt DESC, r.id DESC LIMIT $limit
         RETURN collect(${FIELDS}) AS runs
       }
       RETURN sourceId, runs`,
      { sourceIds, limit: int(limit) },
    );
    const bySource = new Map(rows.map((row) => [row.sourceId, row.runs]));
    return sourceIds.map((id) => bySource.get(id) ?? []);
  }
}
