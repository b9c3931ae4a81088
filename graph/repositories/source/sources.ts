import type { HtmlRules, SourceInput, SourceRecord } from '../../../domain/source/model.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

const FIELDS = `s {
  .id, .name, .kind, .url, .itemType, .regionCode, .level, .industries, .schedule, .rulesJson, .enabled, .covers,
  .verified, .etag, .lastModified, .errorCount, .lastError, .disabledReason,
  lastCheckedAt: toString(s.lastCheckedAt), nextCheckAt: toString(s.nextCheckAt), createdAt: toString(s.createdAt)
}`;

type SourceRow = { source: Omit<SourceRecord, 'rules'> & { rulesJson: string | null } };

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

/** Source nodes: what to crawl, how, and how healthy it has been. */
export class SourceRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Creates or redefines sources; their health (ETag, errors, next check) is kept. With `keepEnabled` (re-loading a curated file) an existing
   * source keeps its enabled state, so a source a librarian or the crawler disabled stays off.
   * Returns the ids that were new.
   */
  async upsert(sources: SourceInput[], options: { keepEnabled?: boolean } = {}): Promise<string[]> {
    const rows = sources.map(({ rules, ...source }) => ({ ...source, rulesJson: rules ? JSON.stringify(rules) : null }));
    const created = await this.graph.write<{ id: string }>(
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

  async get(id: string): Promise<SourceRecord | null> {
    const [row] = await this.graph.read<SourceRow>(`MATCH (s:Source {id: $id}) RETURN ${FIELDS} AS source`, { id });
    return row ? toSource(row) : null;
  }

  async byIds(ids: readonly string[]): Promise<(SourceRecord | null)[]> {
    const rows = await this.graph.read<SourceRow>(`MATCH (s:Source) WHERE s.id IN $ids RETURN ${FIELDS} AS source`, { ids });
    return alignByKey(
      ids,
      rows.map((row) => [row.source.id, toSource(row)] as const),
    );
  }

  async list(filter: { enabled?: boolean | null; kind?: string | null } = {}): Promise<SourceRecord[]> {
    const rows = await this.graph.read<SourceRow>(
      `MATCH (s:Source)
       WHERE ($enabled IS NULL OR s.enabled = $enabled) AND ($kind IS NULL OR s.kind = $kind)
       RETURN ${FIELDS} AS source ORDER BY s.id`,
      { enabled: filter.enabled ?? null, kind: filter.kind ?? null },
    );
    return rows.map(toSource);
  }

  /** Enables (clearing the reason and the error count) or disables with a reason. */
  async setEnabled(id: string, enabled: boolean, reason: string | null): Promise<SourceRecord | null> {
    const [row] = await this.graph.write<SourceRow>(
      `MATCH (s:Source {id: $id})
       SET s.enabled = $enabled,
           s.disabledReason = CASE WHEN $enabled THEN null ELSE $reason END,
           s.errorCount = CASE WHEN $enabled THEN 0 ELSE s.errorCount END,
           s.nextCheckAt = CASE WHEN $enabled THEN null ELSE s.nextCheckAt END
       RETURN ${FIELDS} AS source`,
      { id, enabled, reason },
    );
    return row ? toSource(row) : null;
  }

  /** Health, lock and run methods take an optional transaction, so a run starts and ends in one each. */
  private writer(tx: Tx | undefined): Tx {
    return tx ?? { run: (cypher, params) => this.graph.write(cypher, params) };
  }

  async recordSuccess(id: string, health: { etag: string | null; lastModified: string | null }, tx?: Tx): Promise<void> {
    await this.writer(tx).run(
      `MATCH (s:Source {id: $id})
       SET s.etag = $etag, s.lastModified = $lastModified, s.errorCount = 0, s.lastError = null,
           s.lastCheckedAt = datetime(), s.nextCheckAt = null`,
      { id, ...health },
    );
  }

  /**
   * Counts a failure and sets the next check; the source is disabled, with the reason,
   * once `disableAfter` failures follow one another.
   */
  async recordFailure(
    id: string,
    failure: { error: string; nextCheckAt: Date; disableAfter: number },
    tx?: Tx,
  ): Promise<SourceRecord | null> {
    const [row] = await this.writer(tx).run<SourceRow>(
      `MATCH (s:Source {id: $id})
       SET s.errorCount = coalesce(s.errorCount, 0) + 1, s.lastError = $error,
           s.lastCheckedAt = datetime(), s.nextCheckAt = datetime($nextCheckAt)
       WITH s
       FOREACH (_ IN CASE WHEN s.errorCount >= $disableAfter THEN [1] ELSE [] END |
         SET s.enabled = false,
             s.disabledReason = 'disabled after ' + toString(s.errorCount) + ' consecutive failures; last: ' + $error)
       RETURN ${FIELDS} AS source`,
      { id, error: failure.error.slice(0, 1000), nextCheckAt: failure.nextCheckAt.toISOString(), disableAfter: int(failure.disableAfter) },
    );
    return row ? toSource(row) : null;
  }

  /**
   * Takes the run lock of a source, so no two runs of it overlap, across processes too.
   * A lock older than `staleMs` (a crashed run) is taken over. Returns the lock token or null.
   */
  async tryLock(id: string, token: string, staleMs: number, tx?: Tx): Promise<boolean> {
    const rows = await this.writer(tx).run<{ token: string }>(
      // Writing first takes the node's write lock, so a concurrent attempt reads the winner's token
      // instead of both seeing no lock (Neo4j's documented lost-update idiom).
      `MATCH (s:Source {id: $id})
       SET s._LOCK_ = true
       WITH s
       CALL (s) {
         WITH s WHERE s.runLock IS NULL OR s.runLockedAt < datetime() - duration({milliseconds: $staleMs})
         SET s.runLock = $token, s.runLockedAt = datetime()
       }
       REMOVE s._LOCK_
       RETURN s.runLock AS token`,
      { id, token, staleMs: int(staleMs) },
    );
    return rows[0]?.token === token;
  }

  async unlock(id: string, token: string, tx?: Tx): Promise<void> {
    await this.writer(tx).run(`MATCH (s:Source {id: $id}) WHERE s.runLock = $token REMOVE s.runLock, s.runLockedAt`, { id, token });
  }
}
