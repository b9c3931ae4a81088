import { inject } from 'vitest';
import { Graph } from '../../graph/driver.js';
import type { TestNeo4j } from './global-setup.js';

/**
 * The Neo4j of this file's worker. Workers are numbered 1..maxWorkers and only one file runs in a
 * worker at a time, so files running at once never share a graph.
 */
export function testNeo4j(): TestNeo4j {
  const instances = inject('neo4j');
  const poolId = Number(process.env.VITEST_POOL_ID ?? '1');
  const instance = instances[(poolId - 1) % instances.length];
  if (!instance) throw new Error('no test Neo4j: is tests/support/global-setup.ts the globalSetup of this project?');
  return instance;
}

/** A Graph on this worker's Neo4j (started by global-setup). */
export function testGraph(): Graph {
  const { uri, user, password } = testNeo4j();
  return Graph.connect(uri, user, password, { txTimeoutMs: 30_000 });
}

/** Removes every node except the migration records, so each suite starts from a migrated, empty graph. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
}
