import { inject } from 'vitest';
import { Graph } from '../../graph/driver.js';

/** A Graph on the run's Neo4j (started by global-setup). */
export function testGraph(): Graph {
  const { uri, user, password } = inject('neo4j');
  return Graph.connect(uri, user, password, { txTimeoutMs: 30_000 });
}

/** Removes every node except the migration records, so each suite starts from a migrated, empty graph. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
}
