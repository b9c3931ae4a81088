import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Graph } from '../../graph/driver.js';
import { MIGRATIONS } from '../../graph/migrations/migrations.js';
import { migrate } from '../../graph/migrations/runner.js';
import { SnapshotRepository, type NodeRecord, type RelationshipRecord } from '../../graph/repositories/backup/snapshot.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import { AppError, ValidationError } from '../../lib/errors.js';
import { GraphChecksum, isMigration } from './checksum.js';

/**
 * `hechuang backup` / `hechuang restore`: the whole graph in one gzipped JSON-lines file: a header
 * (format, schema version, when), every node and relationship with typed properties, and a
 * trailer with the counts and a content checksum. Restore loads it into an empty graph, at the
 * backup's schema version, then applies the newer migrations; a backup from a newer schema is refused.
 */

export const BACKUP_FORMAT = 'hechuang-backup/1';

export interface BackupSummary {
  file: string;
  schemaVersion: number;
  createdAt: string;
  /** Nodes and relationships of the data (migration records are not counted). */
  nodes: number;
  relationships: number;
  checksum: string;
}

interface Header {
  format: string;
  schemaVersion: number;
  createdAt: string;
}

type Line =
  | { header: Header }
  | { node: NodeRecord }
  | { rel: RelationshipRecord }
  | { end: { nodes: number; relationships: number; checksum: string } };

const latestVersion = () => Math.max(...MIGRATIONS.map((migration) => migration.version));

/** Reads the whole graph (one read transaction) into `file`, written beside it first and renamed when complete. */
export async function writeBackup(graph: Graph, file: string, clock: Clock = systemClock): Promise<BackupSummary> {
  const [recorded] = await graph.read<{ version: number | null }>('MATCH (m:Migration) RETURN max(m.version) AS version');
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial);
  gzip.pipe(out);
  const checksum = new GraphChecksum();
  const write = (line: Line) => gzip.write(`${JSON.stringify(line)}\n`);
  const createdAt = clock().toISOString();
  const schemaVersion = recorded?.version ?? 0;
  let started = false;
  write({ header: { format: BACKUP_FORMAT, schemaVersion, createdAt } });
  try {
    // Streamed to the file as read; the migration records (the schema version) come with the nodes.
    await new SnapshotRepository(graph).read({
      restart: () => {
        if (started) throw new Error('the graph read was retried half-way; run the backup again');
        started = true;
      },
      node: (node) => {
        checksum.addNode(node);
        write({ node });
      },
      relationship: (rel) => {
        checksum.addRelationship(rel);
        write({ rel });
      },
    });
    const summary = { nodes: checksum.nodes, relationships: checksum.relationships, checksum: checksum.digest() };
    write({ end: summary });
    gzip.end();
    await finished(out);
    await rename(partial, file);
    return { file, schemaVersion, createdAt, ...summary };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

async function* lines(file: string): AsyncGenerator<Line> {
  const input = createReadStream(file).pipe(createGunzip());
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) if (text.trim()) yield JSON.parse(text) as Line;
  } catch (error) {
    throw ValidationError(`${file} is not a readable Hechuang backup: ${(error as Error).message}`);
  }
}

/** The checksum and counts of the graph as it is now (what a backup of it would record). */
export async function graphChecksum(graph: Graph): Promise<{ nodes: number; relationships: number; checksum: string }> {
  let checksum = new GraphChecksum();
  await new SnapshotRepository(graph).read({
    restart: () => (checksum = new GraphChecksum()),
    node: (node) => checksum.addNode(node),
    relationship: (rel) => checksum.addRelationship(rel),
  });
  return { nodes: checksum.nodes, relationships: checksum.relationships, checksum: checksum.digest() };
}

const BATCH = 1_000;

/** Loads a backup into an empty graph and checks the result against the backup's own checksum. */
export async function restoreBackup(graph: Graph, file: string): Promise<BackupSummary & { verified: true }> {
  const snapshot = new SnapshotRepository(graph);
  const reader = lines(file);
  const first = (await reader.next()).value as Line | undefined;
  if (!first || !('header' in first) || first.header.format !== BACKUP_FORMAT) {
    throw ValidationError(`${file} is not a Hechuang backup (expected a ${BACKUP_FORMAT} header)`);
  }
  const { schemaVersion, createdAt } = first.header;
  if (schemaVersion > latestVersion()) {
    throw ValidationError(
      `${file} was written by a newer Hechuang (schema version ${schemaVersion}; this one knows up to ${latestVersion()}): restore it with that version or newer`,
    );
  }
  if ((await snapshot.countExcept(['Migration'])) > 0) {
    throw new AppError('CONFLICT', 'restore needs an empty graph: this one holds data (use a new DATA_DIR, or an empty database)');
  }
  const [applied] = await graph.read<{ version: number | null }>('MATCH (m:Migration) RETURN max(m.version) AS version');
  if ((applied?.version ?? 0) > schemaVersion) {
    throw new AppError(
      'CONFLICT',
      `the graph is already at schema version ${applied?.version}, newer than the backup's ${schemaVersion}; restore into an empty database`,
    );
  }
  await migrate(
    graph,
    MIGRATIONS.filter((migration) => migration.version <= schemaVersion),
  );
  await snapshot.prepareRestore();

  const nodeBatches = new Map<string, NodeRecord[]>();
  const relBatches = new Map<string, RelationshipRecord[]>();
  const flushNodes = async (key: string) => {
    const batch = nodeBatches.get(key) ?? [];
    nodeBatches.delete(key);
    if (batch.length) await graph.writeTx((tx) => snapshot.createNodes(tx, batch[0]!.labels, batch), { timeoutMs: 300_000 });
  };
  const flushRels = async (type: string) => {
    const batch = relBatches.get(type) ?? [];
    relBatches.delete(type);
    if (batch.length) await graph.writeTx((tx) => snapshot.createRelationships(tx, type, batch), { timeoutMs: 300_000 });
  };
  let expected: { nodes: number; relationships: number; checksum: string } | null = null;
  for await (const line of reader) {
    if ('node' in line) {
      if (isMigration(line.node)) continue;
      const key = JSON.stringify([...line.node.labels].sort());
      const batch = nodeBatches.get(key) ?? [];
      batch.push({ ...line.node, labels: [...line.node.labels].sort() });
      nodeBatches.set(key, batch);
      if (batch.length >= BATCH) await flushNodes(key);
    } else if ('rel' in line) {
      // Relationships follow every node: the nodes still batched go in first.
      for (const key of [...nodeBatches.keys()]) await flushNodes(key);
      const batch = relBatches.get(line.rel.type) ?? [];
      batch.push(line.rel);
      relBatches.set(line.rel.type, batch);
      if (batch.length >= BATCH) await flushRels(line.rel.type);
    } else if ('end' in line) expected = line.end;
  }
  for (const key of [...nodeBatches.keys()]) await flushNodes(key);
  for (const type of [...relBatches.keys()]) await flushRels(type);
  if (!expected) throw ValidationError(`${file} is cut short (no trailer): the backup did not finish; nothing to trust in it`);
  await snapshot.finishRestore();
  const actual = await graphChecksum(graph);
  if (actual.checksum !== expected.checksum || actual.nodes !== expected.nodes || actual.relationships !== expected.relationships) {
    throw new AppError(
      'CONFLICT',
      `the restored graph does not match the backup (${actual.nodes}/${expected.nodes} nodes, ${actual.relationships}/${expected.relationships} relationships)`,
    );
  }
  // Migrations newer than the backup's schema apply now, to data known to match it.
  await migrate(graph);
  return { file, schemaVersion, createdAt, ...actual, verified: true };
}
