import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Graph } from '../../graph/driver.js';
import { javaTools } from '../../graph/local/runtime.js';
import { SupervisedNeo4j } from '../../graph/local/supervisor.js';
import { migrate } from '../../graph/migrations/runner.js';
import { loadConfig } from '../../lib/config.js';
import { freePort } from './global-setup.js';

/**
 * A Neo4j of a test file's own (supervised: restarted when killed), for tests that kill it or need
 * an empty graph. The run's shared instance is never touched by them.
 */
export async function startPrivateNeo4j(options: { migrateAll?: boolean } = {}) {
  const config = loadConfig({});
  const home = await mkdtemp(path.join(os.tmpdir(), 'hechuang-private-neo4j-'));
  const events: string[] = [];
  const neo4j = await SupervisedNeo4j.start(
    {
      home,
      port: await freePort(),
      heap: '512m',
      pageCache: '64m',
      cacheDir: config.cacheDir,
      launcherDir: path.join(config.projectRoot, 'graph', 'local'),
      tools: javaTools(config.javaHome),
      // A second JVM beside the run's, on a shared machine: give it time.
      startupTimeoutMs: 300_000,
    },
    { baseMs: 100, maxMs: 2_000, onEvent: (event) => events.push(`${event.kind}: ${event.detail}`) },
  );
  const { uri, user, password } = neo4j.info;
  const graph = Graph.connect(uri, user, password, { txTimeoutMs: 30_000, probeMs: 200 });
  neo4j.guard(graph);
  if (options.migrateAll !== false) await migrate(graph);
  return {
    neo4j,
    graph,
    events,
    async stop() {
      await graph.close();
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
