import { createHash } from 'node:crypto';
import type { Graph } from '../driver.js';
import { int } from '../values.js';
import { MIGRATIONS, type Migration } from './migrations.js';

export interface MigrationReport {
  applied: number[];
  alreadyApplied: number[];
}

const checksum = (migration: Migration) => createHash('sha256').update(migration.statements.join('\n')).digest('hex').slice(0, 16);

/**
 * Applies pending migrations in version order. Each schema statement runs in its own
 * transaction (Neo4j does not mix schema and data writes), then the version is recorded.
 * A recorded migration whose statements changed is refused: migrations are append-only.
 */
export async function migrate(graph: Graph, migrations: Migration[] = MIGRATIONS): Promise<MigrationReport> {
  await graph.write('CREATE CONSTRAINT migration_version_unique IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE');
  const recorded = await graph.read<{ version: number; checksum: string }>(
    'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum',
  );
  const byVersion = new Map(recorded.map((row) => [row.version, row.checksum]));
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const existing = byVersion.get(migration.version);
    if (existing !== undefined) {
      if (existing !== checksum(migration)) {
        throw new Error(`migration ${migration.version} (${migration.name}) was changed after it was applied; add a new migration instead`);
      }
      report.alreadyApplied.push(migration.version);
      continue;
    }
    for (const statement of migration.statements) await graph.write(statement);
    await migration.backfill?.(graph);
    await graph.write(
      `MERGE (m:Migration {version: $version})
       ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
      { version: int(migration.version), name: migration.name, checksum: checksum(migration) },
    );
    report.applied.push(migration.version);
  }
  await graph.write('CALL db.awaitIndexes(300)');
  return report;
}

/** True when every known migration is recorded in the graph (used by /readyz). */
export async function migrationsApplied(graph: Graph, migrations: Migration[] = MIGRATIONS): Promise<boolean> {
  const [row] = await graph.read<{ versions: number[] }>('MATCH (m:Migration) RETURN collect(m.version) AS versions');
  const versions = new Set(row?.versions ?? []);
  return migrations.every((migration) => versions.has(migration.version));
}
