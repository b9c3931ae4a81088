import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Graph } from '../../graph/driver.js';
import { LocalNeo4j } from '../../graph/local/launcher.js';
import { javaTools } from '../../graph/local/runtime.js';
import { loadConfig } from '../../lib/config.js';
import { freePort } from './ports.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A throwaway local Neo4j in a temporary home, for one benchmark run; `close` removes it all. */
export async function startScratchGraph(
  name: string,
  txTimeoutMs: number,
): Promise<{ graph: Graph; close: () => Promise<void>; info: { uri: string; user: string; password: string; pid: number } }> {
  const config = loadConfig({});
  const home = await mkdtemp(path.join(os.tmpdir(), `hechuang-bench-${name}-`));
  const neo4j = await LocalNeo4j.start({
    home,
    port: await freePort(),
    heap: '1g',
    pageCache: '256m',
    // A shared, loaded machine can take minutes to start a JVM.
    startupTimeoutMs: 600_000,
    cacheDir: config.cacheDir,
    launcherDir: path.join(ROOT, 'graph', 'local'),
    tools: javaTools(config.javaHome),
    onProgress: (line) => console.error(line),
  });
  const graph = Graph.connect(neo4j.info.uri, neo4j.info.user, neo4j.info.password, { txTimeoutMs });
  return {
    graph,
    info: neo4j.info,
    close: async () => {
      await graph.close();
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
