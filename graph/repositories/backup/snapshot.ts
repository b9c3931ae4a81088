import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';
import { bareType, fromJson, toJson, type StoredType } from './typed-values.js';

/**
 * The whole graph as records for a backup, and those records written back into an empty graph.
 * Labels and relationship types cannot be parameters: they are checked to be plain identifiers
 * and quoted; every value is a parameter.
 */

export interface NodeRecord {
  key: number;
  labels: string[];
  props: Record<string, unknown>;
  types: Record<string, StoredType>;
}

export interface RelationshipRecord {
  type: string;
  start: number;
  end: number;
  props: Record<string, unknown>;
  types: Record<string, StoredType>;
}

interface Row {
  key: number;
  props: Record<string, unknown>;
  types: Array<[string, string]>;
}

const PAGE = 5_000;
const RESTORE_LABEL = 'HechuangRestore';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoted(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`refusing the label or type ${JSON.stringify(name)}: not a plain identifier`);
  return `\`${name}\``;
}

const typed = (row: Row) => ({
  props: Object.fromEntries(Object.entries(row.props).map(([key, value]) => [key, toJson(value)])),
  types: Object.fromEntries(row.types.map(([key, type]) => [key, bareType(type)])),
});

export class SnapshotRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Every node, then every relationship, page by page inside one read transaction; `emit` sees
   * them in order. `restart` is called first (and again if the driver retries the transaction).
   */
  read(
    emit: { restart(): void; node(node: NodeRecord): void; relationship(rel: RelationshipRecord): void },
    timeoutMs = 3_600_000,
  ): Promise<void> {
    return this.graph.readTx(
      async (tx) => {
        emit.restart();
        for (let after = -1; ;) {
          const rows = await tx.run<Row & { labels: string[] }>(
            `MATCH (n) WHERE id(n) > $after
           RETURN id(n) AS key, labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types
           ORDER BY key LIMIT $limit`,
            { after: int(after), limit: int(PAGE) },
          );
          for (const row of rows) emit.node({ key: row.key, labels: row.labels, ...typed(row) });
          if (rows.length < PAGE) break;
          after = rows.at(-1)!.key;
        }
        for (let after = -1; ;) {
          const rows = await tx.run<Row & { type: string; start: number; end: number }>(
            `MATCH (a)-[r]->(b) WHERE id(r) > $after
           RETURN id(r) AS key, type(r) AS type, id(a) AS start, id(b) AS end, properties(r) AS props,
                  [k IN keys(r) | [k, valueType(r[k])]] AS types
           ORDER BY key LIMIT $limit`,
            { after: int(after), limit: int(PAGE) },
          );
          for (const row of rows) emit.relationship({ type: row.type, start: row.start, end: row.end, ...typed(row) });
          if (rows.length < PAGE) break;
          after = rows.at(-1)!.key;
        }
      },
      { timeoutMs },
    );
  }

  /** Nodes other than these labels' (a restore needs an empty graph; migrations may be there). */
  async countExcept(labels: string[]): Promise<number> {
    const [row] = await this.graph.read<{ count: number }>(
      'MATCH (n) WHERE none(label IN labels(n) WHERE label IN $labels) RETURN count(n) AS count',
      { labels },
    );
    return row?.count ?? 0;
  }

  async prepareRestore(): Promise<void> {
    await this.graph.write(`CREATE INDEX hechuang_restore_key IF NOT EXISTS FOR (n:${RESTORE_LABEL}) ON (n._restoreKey)`);
    await this.graph.write('CALL db.awaitIndexes(300)');
  }

  /** One batch of nodes of one label set, in the caller's transaction, keyed for the relationships. */
  async createNodes(tx: Tx, labels: string[], nodes: NodeRecord[]): Promise<void> {
    const labelText = [...labels, RESTORE_LABEL].map(quoted).join(':');
    await tx.run(`UNWIND $rows AS row CREATE (n:${labelText}) SET n = row.props, n._restoreKey = row.key`, {
      rows: nodes.map((node) => ({ key: int(node.key), props: driverProps(node) })),
    });
  }

  async createRelationships(tx: Tx, type: string, rels: RelationshipRecord[]): Promise<void> {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${RESTORE_LABEL} {_restoreKey: row.start}), (b:${RESTORE_LABEL} {_restoreKey: row.end})
       CREATE (a)-[r:${quoted(type)}]->(b) SET r = row.props`,
      { rows: rels.map((rel) => ({ start: int(rel.start), end: int(rel.end), props: driverProps(rel) })) },
    );
  }

  /** Takes the restore's keys off again, a batch at a time, then its index. */
  async finishRestore(): Promise<void> {
    for (;;) {
      const [row] = await this.graph.write<{ done: number }>(
        `MATCH (n:${RESTORE_LABEL}) WITH n LIMIT 10000 REMOVE n:${RESTORE_LABEL}, n._restoreKey RETURN count(n) AS done`,
      );
      if (!row || row.done === 0) break;
    }
    await this.graph.write('DROP INDEX hechuang_restore_key IF EXISTS');
  }
}

function driverProps(record: { props: Record<string, unknown>; types: Record<string, StoredType> }): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record.props).map(([key, value]) => [key, fromJson(record.types[key] ?? 'STRING', value)]));
}
