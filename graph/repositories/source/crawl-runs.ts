import type { CrawlCounts, CrawlRunRecord } from '../../../domain/source/model.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

const FIELDS = `r {
  .id, .sourceId, .status, .fetched, .new, .updated, .unchanged, .errors, .messages,
  startedAt: toString(r.startedAt), finishedAt: toString(r.finishedAt)
}`;

/** Where a page of runs starts: after the run with these sort keys (latest first). */
export interface RunPosition {
  startedAt: string;
  id: string;
}

/** The sort keys of a run in every list of runs: latest first, the id breaking ties. */
export const runKeys = (run: CrawlRunRecord): [string, string] => [run.startedAt, run.id];

/** CrawlRun nodes: the history of every run of every source. Writes run in the caller's transaction. */
export class CrawlRunRepository {
  constructor(private readonly graph: Graph) {}

  async start(tx: Tx, run: { id: string; sourceId: string; startedAt: Date }): Promise<void> {
    await tx.run(
      `MATCH (s:Source {id: $sourceId})
       CREATE (r:CrawlRun {id: $id, sourceId: $sourceId, status: 'running', startedAt: datetime($startedAt),
                           fetched: 0, new: 0, updated: 0, unchanged: 0, errors: 0, messages: []})
       CREATE (r)-[:OF_SOURCE]->(s)`,
      { id: run.id, sourceId: run.sourceId, startedAt: run.startedAt.toISOString() },
    );
  }

  async finish(
    tx: Tx,
    id: string,
    outcome: { status: CrawlRunRecord['status']; counts: CrawlCounts; messages: string[]; finishedAt: Date },
  ): Promise<void> {
    const { counts } = outcome;
    await tx.run(
      `MATCH (r:CrawlRun {id: $id})
       SET r.status = $status, r.finishedAt = datetime($finishedAt), r.fetched = $fetched, r.new = $new, r.updated = $updated,
           r.unchanged = $unchanged, r.errors = $errors, r.messages = $messages`,
      {
        id,
        status: outcome.status,
        finishedAt: outcome.finishedAt.toISOString(),
        fetched: int(counts.fetched),
        new: int(counts.new),
        updated: int(counts.updated),
        unchanged: int(counts.unchanged),
        errors: int(counts.errors),
        messages: outcome.messages.slice(0, 50).map((m) => m.slice(0, 500)),
      },
    );
  }

  /**
   * Ends runs still marked running as failed, with the reason: the given ones (a shutdown), or
   * every running run of a source but `exceptId` (its lock was taken over from a dead owner).
   */
  async interrupt(
    tx: Tx,
    which: { ids: string[] } | { sourceId: string; exceptId: string },
    message: string,
    finishedAt: Date,
  ): Promise<string[]> {
    const rows = await tx.run<{ id: string }>(
      `MATCH (r:CrawlRun {status: 'running'})
       WHERE ($ids IS NOT NULL AND r.id IN $ids) OR ($sourceId IS NOT NULL AND r.sourceId = $sourceId AND r.id <> $exceptId)
       SET r.status = 'failed', r.finishedAt = datetime($finishedAt), r.errors = r.errors + 1, r.messages = r.messages + [$message]
       RETURN r.id AS id`,
      {
        ids: 'ids' in which ? which.ids : null,
        sourceId: 'sourceId' in which ? which.sourceId : null,
        exceptId: 'exceptId' in which ? which.exceptId : null,
        message,
        finishedAt: finishedAt.toISOString(),
      },
    );
    return rows.map((row) => row.id);
  }

  async get(id: string): Promise<CrawlRunRecord | null> {
    const [row] = await this.graph.read<{ run: CrawlRunRecord }>(`MATCH (r:CrawlRun {id: $id}) RETURN ${FIELDS} AS run`, { id });
    return row?.run ?? null;
  }

  /** Latest runs first, of one source or of all: up to `first` after `after`, and whether more follow. */
  async page(
    filter: { sourceId?: string | null },
    first: number,
    after: RunPosition | null = null,
  ): Promise<{ items: CrawlRunRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<{ run: CrawlRunRecord }>(
      `MATCH (r:CrawlRun) WHERE ($sourceId IS NULL OR r.sourceId = $sourceId)
         AND ($afterAt IS NULL OR r.startedAt < datetime($afterAt) OR (r.startedAt = datetime($afterAt) AND r.id < $afterId))
       RETURN ${FIELDS} AS run ORDER BY r.startedAt DESC, r.id DESC LIMIT $limit`,
      { sourceId: filter.sourceId ?? null, afterAt: after?.startedAt ?? null, afterId: after?.id ?? null, limit: int(first + 1) },
    );
    return { items: rows.slice(0, first).map((row) => row.run), hasNextPage: rows.length > first };
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
