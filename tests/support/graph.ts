import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { Graph } from '../../graph/driver.js';
import type { TestNeo4j } from './global-setup.js';
import { isRunning } from './process.js';

let leased: TestNeo4j | undefined;

function leaseFile(instance: TestNeo4j): string {
  return path.join(instance.home, 'test-file.lease');
}

/** Takes the instance if no live process holds it (a worker that ran an earlier file may be this very process). */
function tryLease(instance: TestNeo4j): boolean {
  const file = leaseFile(instance);
  if (createLease(file)) {
    process.once('exit', () => rmSync(file, { force: true }));
    return true;
  }
  const owner = Number(readFileSync(file, 'utf8'));
  if (owner === process.pid) return true;
  if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) return false;
  rmSync(file, { force: true });
  return tryLease(instance);
}

/**
 * Creates the lease file with this process's pid, or says it exists. The pid is written first and
 * linked into place, so another worker never reads the file empty: with `writeFileSync(…, {flag:
 * 'wx'})` it could, take the lease for stale and remove it, and two files started at once shared a graph.
 */
function createLease(file: string): boolean {
  const written = `${file}.${process.pid}.tmp`;
  writeFileSync(written, String(process.pid));
  try {
    linkSync(written, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    rmSync(written, { force: true });
  }
}

/**
 * The Neo4j this test file has to itself: files run in parallel workers, one instance each, and a
 * file leases a free instance (by a file holding its worker's pid) so files running at once never
 * share a graph, whatever numbers the pool gives its workers.
 */
export function testNeo4j(): TestNeo4j {
  if (leased) return leased;
  const instances = inject('neo4j');
  const waitUntil = Date.now() + 120_000;
  while (Date.now() < waitUntil) {
    const free = instances.find(tryLease);
    if (free) return (leased = free);
    // A worker that just finished a file may still be exiting.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  throw new Error(`no free test Neo4j among ${instances.length}: are more workers running than HECHUANG_TEST_WORKERS?`);
}

/** A Graph on this file's Neo4j (started by global-setup). */
export function testGraph(): Graph {
  const { uri, user, password } = testNeo4j();
  return Graph.connect(uri, user, password, { txTimeoutMs: 30_000 });
}

/** Removes every node except the migration records, so each suite starts from a migrated, empty graph. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
}
