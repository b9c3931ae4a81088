import type { SourceState } from '../../../domain/source/health.js';
import type { CrawlCounts, CrawlRunRecord } from '../../../domain/source/model.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';
import { healthParams } from './sources.js';

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
/** How a run ended, as its record keeps it. */
export interface RunEnd {
  status: CrawlRunRecord['status'];
  counts: CrawlCounts;
  messages: string[];
  finishedAt: Date;
}

export const runKeys = (run: CrawlRunRecord): [string, string] => [run.startedAt, run.id];

/** CrawlRun nodes: the history of every run of every source. Writes run in the caller's transaction. */
export class CrawlRunRepository {
  constructor(private readonly graph: Graph) {}

  async start(tx: Tx, run: { id: string; sourceId: string; startedAt: Date }): Promise<void> {
    await this.startMany(tx, [run]);
  }

  /** Records runs that went ahead, as running, in one statement. */
  async startMany(tx: Tx, runs: readonly { id: string; sourceId: string; startedAt: Date }[]): Promise<void> {
    if (runs.length === 0) return;
    await tx.run(
      `UNWIND $runs AS run
       MATCH (s:Source {id: run.sourceId})
       CREATE (r:CrawlRun {id: run.id, sourceId: run.sourceId, status: 'running', startedAt: datetime(run.startedAt),
                           fetched: 0, new: 0, updated: 0, unchanged: 0, errors: 0, messages: []})
       CREATE (r)-[:OF_SOURCE]->(s)`,
      { runs: runs.map((run) => ({ id: run.id, sourceId: run.sourceId, startedAt: run.startedAt.toISOString() })) },
    );
  }

  async finish(tx: Tx, id: string, outcome: RunEnd): Promise<void> {
    await this.finishMany(tx, [{ id, ...outcome }]);
  }

  /** Ends runs with their status, counts and messages, in one statement. */
  async finishMany(tx: Tx, runs: readonly (RunEnd & { id: string })[]): Promise<void> {
    if (runs.length === 0) return;
    await tx.run(
      `UNWIND $runs AS run
       MATCH (r:CrawlRun {id: run.id})
       SET r.status = run.status, r.finishedAt = datetime(run.finishedAt), r.fetched = run.fetched, r.new = run.new,
           r.updated = run.updated, r.unchanged = run.unchanged, r.errors = run.errors, r.messages = run.messages`,
      { runs: runs.map(runParams) },
    );
  }

  /**
   * The lease's writes for sources `lockForRuns` found free, in one statement: each source's run
   * lock taken, the runs still marked running on it ended as failed with `abandonedMessage` (the
   * lock was free or lapsed, so their process died), and the new run recorded as running. Returns
   * the abandoned runs' ids. The running runs are found by (sourceId, status), not among the
   * source's whole history.
   */
  async startRuns(
    tx: Tx,
    runs: readonly { id: string; sourceId: string; token: string; startedAt: Date }[],
    abandonedMessage: string,
    now: Date,
  ): Promise<string[]> {
    if (runs.length === 0) return [];
    const rows = await tx.run<{ abandoned: string[] }>(
      `UNWIND $runs AS run
       MATCH (s:Source {id: run.sourceId})
       SET s.runLock = run.token, s.runLockedAt = datetime()
       WITH s, run
       CALL (run) {
         MATCH (old:CrawlRun {sourceId: run.sourceId, status: 'running'})
         SET old.status = 'failed', old.finishedAt = datetime($now), old.errors = old.errors + 1, old.messages = old.messages + [$message]
         RETURN collect(old.id) AS abandoned
       }
       CREATE (r:CrawlRun {id: run.id, sourceId: run.sourceId, status: 'running', startedAt: datetime(run.startedAt),
                           fetched: 0, new: 0, updated: 0, unchanged: 0, errors: 0, messages: []})
       CREATE (r)-[:OF_SOURCE]->(s)
       RETURN abandoned`,
      {
        runs: [...runs]
          .sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0))
          .map((run) => ({ id: run.id, sourceId: run.sourceId, token: run.token, startedAt: run.startedAt.toISOString() })),
        message: abandonedMessage,
        now: now.toISOString(),
      },
    );
    return rows.flatMap((row) => row.abandoned);
  }

  /**
   * The end of runs, in one statement: each run's record, its source's health (when the source is
   * still there) and the release of the source's run lock if the run still holds it.
   */
  async finishRuns(
    tx: Tx,
    runs: readonly (RunEnd & { id: string; sourceId: string; token: string; health: SourceState | null })[],
  ): Promise<void> {
    if (runs.length === 0) return;
    await tx.run(
      `UNWIND $runs AS run
       CALL (run) {
         MATCH (r:CrawlRun {id: run.id})
         SET r.status = run.status, r.finishedAt = datetime(run.finishedAt), r.fetched = run.fetched, r.new = run.new,
             r.updated = run.updated, r.unchanged = run.unchanged, r.errors = run.errors, r.messages = run.messages
       }
       CALL (run) {
         MATCH (s:Source {id: run.sourceId})
         FOREACH (h IN CASE WHEN run.health IS NULL THEN [] ELSE [run.health] END |
           SET s.enabled = h.enabled, s.disabledReason = h.disabledReason, s.etag = h.etag, s.lastModified = h.lastModified,
               s.errorCount = h.errorCount, s.lastError = h.lastError,
               s.lastCheckedAt = datetime(h.lastCheckedAt), s.nextCheckAt = datetime(h.nextCheckAt))
         FOREACH (_ IN CASE WHEN s.runLock = run.token THEN [1] ELSE [] END | REMOVE s.runLock, s.runLockedAt)
       }`,
      {
        runs: [...runs]
          .sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0))
          .map((run) => ({
            ...runParams(run),
            sourceId: run.sourceId,
            token: run.token,
            health: run.health ? healthParams(run.health) : null,
          })),
      },
    );
  }

  /** Ends these runs, if still marked running, as failed with the reason (a shutdown). */
  async interrupt(tx: Tx, ids: readonly string[], message: string, finishedAt: Date): Promise<string[]> {
    const rows = await tx.run<{ id: string }>(
      `UNWIND $ids AS id
       MATCH (r:CrawlRun {id: id}) WHERE r.status = 'running'
       SET r.status = 'failed', r.finishedAt = datetime($finishedAt), r.errors = r.errors + 1, r.messages = r.messages + [$message]
       RETURN r.id AS id`,
      { ids, message, finishedAt: finishedAt.toISOString() },
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

const runParams = ({ id, status, counts, messages, finishedAt }: RunEnd & { id: string }) => ({
  id,
  status,
  finishedAt: finishedAt.toISOString(),
  fetched: int(counts.fetched),
  new: int(counts.new),
  updated: int(counts.updated),
  unchanged: int(counts.unchanged),
  errors: int(counts.errors),
  messages: messages.slice(0, 50).map((m) => m.slice(0, 500)),
});
