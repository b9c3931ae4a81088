import type { SourceState } from '../../../domain/source/health.js';
import type { HtmlRules, SourceInput, SourceRecord } from '../../../domain/source/model.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

const FIELDS = `s {
  .id, .name, .kind, .url, .itemType, .regionCode, .level, .industries, .schedule, .rulesJson, .enabled, .covers,
  .verified, .etag, .lastModified, .errorCount, .lastError, .disabledReason,
  lastCheckedAt: toString(s.lastCheckedAt), nextCheckAt: toString(s.nextCheckAt), createdAt: toString(s.createdAt)
}`;

const FILTER = `($enabled IS NULL OR s.enabled = $enabled) AND ($kind IS NULL OR s.kind = $kind)`;

type SourceRow = { source: Omit<SourceRecord, 'rules'> & { rulesJson: string | null } };

export interface SourceFilter {
  enabled?: boolean | null;
  kind?: string | null;
}

function toSource({ source }: SourceRow): SourceRecord {
  const { rulesJson, ...rest } = source;
  return {
    ...rest,
    industries: rest.industries ?? [],
    errorCount: rest.errorCount ?? 0,
    verified: rest.verified ?? false,
    rules: rulesJson ? (JSON.parse(rulesJson) as HtmlRules) : null,
  };
}

const filterParams = (filter: SourceFilter) => ({ enabled: filter.enabled ?? null, kind: filter.kind ?? null });

/**
 * Source nodes: what to crawl, how, and how healthy it has been. Storage only: the health
 * rules are domain/source/health.ts; writes run in the caller's transaction.
 */
export class SourceRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Creates or redefines sources; their health (ETag, errors, next check) is kept. With `keepEnabled` (re-loading a curated file) an existing
   * source keeps its enabled state, so a source a librarian or the crawler disabled stays off.
   * Returns the ids that were new.
   */
  async upsert(tx: Tx, sources: SourceInput[], options: { keepEnabled?: boolean } = {}): Promise<string[]> {
    const rows = sources.map(({ rules, ...source }) => ({ ...source, rulesJson: rules ? JSON.stringify(rules) : null }));
    const created = await tx.run<{ id: string }>(
      `UNWIND $rows AS row
       OPTIONAL MATCH (existing:Source {id: row.id})
       WITH row, existing IS NULL AS isNew
       MERGE (s:Source {id: row.id})
       ON CREATE SET s.createdAt = datetime(), s.errorCount = 0
       SET s += row {.name, .kind, .url, .itemType, .regionCode, .level, .industries, .schedule, .rulesJson, .covers, .verified}
       WITH s, row, isNew
       CALL (s, row, isNew) {
         WITH s, row, isNew WHERE isNew OR NOT $keepEnabled
         SET s.enabled = row.enabled, s.disabledReason = CASE WHEN row.enabled THEN null ELSE s.disabledReason END
       }
       WITH s, row, isNew
       OPTIONAL MATCH (s)-[old:COVERS_REGION]->(:Region)
       DELETE old
       WITH DISTINCT s, row, isNew
       OPTIONAL MATCH (r:Region {code: row.regionCode})
       FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (s)-[:COVERS_REGION]->(r))
       WITH s, isNew WHERE isNew
       RETURN s.id AS id`,
      { rows, keepEnabled: options.keepEnabled ?? false },
    );
    return created.map((row) => row.id);
  }

  /** Removes a source and its run history; what it crawled stays. True when there was one. */
  async remove(tx: Tx, id: string): Promise<boolean> {
    const rows = await tx.run<{ id: string }>(
      `MATCH (s:Source {id: $id})
       OPTIONAL MATCH (run:CrawlRun)-[:OF_SOURCE]->(s)
       WITH s, s.id AS id, collect(run) AS runs
       FOREACH (run IN runs | DETACH DELETE run)
       DETACH DELETE s
       RETURN id`,
      { id },
    );
    return rows.length > 0;
  }

  /** Ids of the curated sources ever offered to this graph: each is loaded once, so a removed one stays removed. */
  async curatedOffered(): Promise<string[]> {
    const [row] = await this.graph.read<{ ids: string[] }>("MATCH (s:SeedState {name: 'curated-sources'}) RETURN s.ids AS ids");
    return row?.ids ?? [];
  }

  /** A removed source counts as offered: a start does not load it (again). */
  async rememberRemoved(tx: Tx, id: string): Promise<void> {
    await tx.run(
      `MERGE (s:SeedState {name: 'curated-sources'})
       SET s.ids = CASE WHEN $id IN coalesce(s.ids, []) THEN s.ids ELSE coalesce(s.ids, []) + $id END, s.updatedAt = datetime()`,
      { id },
    );
  }

  async rememberCuratedOffered(tx: Tx, ids: string[]): Promise<void> {
    await tx.run("MERGE (s:SeedState {name: 'curated-sources'}) SET s.ids = $ids, s.updatedAt = datetime()", { ids });
  }

  async get(id: string): Promise<SourceRecord | null> {
    const [row] = await this.graph.read<SourceRow>(`MATCH (s:Source {id: $id}) RETURN ${FIELDS} AS source`, { id });
    return row ? toSource(row) : null;
  }

  /**
   * Reads a source inside a write transaction and takes its write lock first, so a health
   * computed from what it returns is not lost to a concurrent write (Neo4j's lost-update idiom).
   */
  async getForUpdate(tx: Tx, id: string): Promise<SourceRecord | null> {
    const [row] = await tx.run<SourceRow>(`MATCH (s:Source {id: $id}) SET s._LOCK_ = true REMOVE s._LOCK_ RETURN ${FIELDS} AS source`, {
      id,
    });
    return row ? toSource(row) : null;
  }

  async byIds(ids: readonly string[]): Promise<(SourceRecord | null)[]> {
    const rows = await this.graph.read<SourceRow>(`MATCH (s:Source) WHERE s.id IN $ids RETURN ${FIELDS} AS source`, { ids });
    return alignByKey(
      ids,
      rows.map((row) => [row.source.id, toSource(row)] as const),
    );
  }

  /** Every source matching the filter, by id (the crawler, the scheduler, the CLI, OPML). */
  async list(filter: SourceFilter = {}): Promise<SourceRecord[]> {
    const rows = await this.graph.read<SourceRow>(
      `MATCH (s:Source) WHERE ${FILTER} RETURN ${FIELDS} AS source ORDER BY s.id`,
      filterParams(filter),
    );
    return rows.map(toSource);
  }

  /** One page by id: up to `first` sources after the id `afterId`, and whether more follow. */
  async page(filter: SourceFilter, first: number, afterId: string | null): Promise<{ items: SourceRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<SourceRow>(
      `MATCH (s:Source) WHERE ${FILTER} AND ($afterId IS NULL OR s.id > $afterId)
       RETURN ${FIELDS} AS source ORDER BY s.id LIMIT $limit`,
      { ...filterParams(filter), afterId, limit: int(first + 1) },
    );
    return { items: rows.slice(0, first).map(toSource), hasNextPage: rows.length > first };
  }

  async count(filter: SourceFilter = {}): Promise<number> {
    const [row] = await this.graph.read<{ n: number }>(`MATCH (s:Source) WHERE ${FILTER} RETURN count(s) AS n`, filterParams(filter));
    return row?.n ?? 0;
  }

  /** Stores a health computed by domain/source/health.ts (enabled state and reason included). */
  async saveHealth(tx: Tx, id: string, state: SourceState): Promise<void> {
    await tx.run(
      `MATCH (s:Source {id: $id})
       SET s.enabled = $enabled, s.disabledReason = $disabledReason, s.etag = $etag, s.lastModified = $lastModified,
           s.errorCount = $errorCount, s.lastError = $lastError,
           s.lastCheckedAt = datetime($lastCheckedAt), s.nextCheckAt = datetime($nextCheckAt)`,
      { id, ...healthParams(state) },
    );
  }

  /**
   * The sources about to run, each write-locked for the rest of the transaction (Neo4j's
   * lost-update idiom), with whether its run lock is free: never taken, or older than `staleMs`
   * (a crashed run's). The lock's age is the database's clock, the one every process agrees on.
   * Ids are locked in sorted order, so two batches never wait on each other in a cycle.
   */
  async lockForRuns(tx: Tx, ids: readonly string[], staleMs: number): Promise<{ source: SourceRecord; lockFree: boolean }[]> {
    const rows = await tx.run<SourceRow & { lockFree: boolean }>(
      `UNWIND $ids AS id
       MATCH (s:Source {id: id})
       SET s._LOCK_ = true
       REMOVE s._LOCK_
       RETURN ${FIELDS} AS source, (s.runLock IS NULL OR s.runLockedAt < datetime() - duration({milliseconds: $staleMs})) AS lockFree`,
      { ids: [...new Set(ids)].sort(), staleMs: int(staleMs) },
    );
    return rows.map((row) => ({ source: toSource(row), lockFree: row.lockFree }));
  }

  /** The heartbeat of runs' leases, in one statement: the ids whose lock is still the run's. */
  async renewRunLocks(tx: Tx, leases: readonly { id: string; token: string }[]): Promise<string[]> {
    if (leases.length === 0) return [];
    const rows = await tx.run<{ id: string }>(
      `UNWIND $leases AS lease
       MATCH (s:Source {id: lease.id}) WHERE s.runLock = lease.token
       SET s.runLockedAt = datetime()
       RETURN s.id AS id`,
      { leases: sortById(leases) },
    );
    return rows.map((row) => row.id);
  }

  /** Frees the run locks still held by these runs (a lock another run took over stays). */
  async releaseRunLocks(tx: Tx, leases: readonly { id: string; token: string }[]): Promise<void> {
    if (leases.length === 0) return;
    await tx.run(`UNWIND $leases AS lease MATCH (s:Source {id: lease.id}) WHERE s.runLock = lease.token REMOVE s.runLock, s.runLockedAt`, {
      leases: sortById(leases),
    });
  }

  /** `getForUpdate` for many sources in one statement, in sorted order; missing ones are left out. */
  async manyForUpdate(tx: Tx, ids: readonly string[]): Promise<SourceRecord[]> {
    const rows = await tx.run<SourceRow>(
      `UNWIND $ids AS id MATCH (s:Source {id: id}) SET s._LOCK_ = true REMOVE s._LOCK_ RETURN ${FIELDS} AS source`,
      { ids: [...new Set(ids)].sort() },
    );
    return rows.map(toSource);
  }
}

const sortById = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A health as statement parameters (the crawl runs' end writes it too). */
export const healthParams = (state: SourceState) => ({
  enabled: state.enabled,
  disabledReason: state.disabledReason,
  etag: state.etag,
  lastModified: state.lastModified,
  errorCount: int(state.errorCount),
  lastError: state.lastError,
  lastCheckedAt: state.lastCheckedAt,
  nextCheckAt: state.nextCheckAt,
});
