import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Graph } from '../../graph/driver.js';
import { LocalNeo4j, type LocalNeo4jInfo } from '../../graph/local/launcher.js';
import { javaTools } from '../../graph/local/runtime.js';
import { loadConfig } from '../../lib/config.js';
import { prepareGraph } from '../../server/runtime.js';
import { freePort } from '../lib/ports.js';
import { GENERATOR_VERSION, generateGraph, type GeneratedSummary } from './generate.js';

/** Generated databases, one per generator version, seed and scale (git-ignored). */
const DATA_ROOT = path.resolve(import.meta.dirname, '..', '.data');

export interface BenchDatabase {
  info: LocalNeo4jInfo;
  graph: Graph;
  summary: GeneratedSummary;
  /** True when this run generated the data; false when a cached database was reused. */
  generated: boolean;
  stop(): Promise<void>;
}

export interface BenchDatabaseOptions {
  seed: number;
  scale: number;
  heap: string;
  pageCache: string;
  fresh: boolean;
  onProgress: (line: string) => void;
}

/**
 * Starts the project's own local Neo4j on the benchmark's data directory, applies the
 * migrations and reference data (prepareGraph, as `hechuang start` does), and generates the
 * graph unless a finished database of the same generator version, seed and scale exists.
 */
export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const config = loadConfig({});
  const home = path.join(DATA_ROOT, `api-v${GENERATOR_VERSION}-seed${options.seed}-scale${options.scale}`);
  const marker = path.join(home, 'bench-generated.json');
  const cached = !options.fresh && existsSync(marker);
  // A directory without the marker is a generation that did not finish: start again.
  if (!cached) await rm(home, { recursive: true, force: true });
  const neo4j = await LocalNeo4j.start({
    home,
    port: await freePort(),
    heap: options.heap,
    pageCache: options.pageCache,
    cacheDir: config.cacheDir,
    launcherDir: path.join(config.projectRoot, 'graph', 'local'),
    tools: javaTools(config.javaHome),
    onProgress: options.onProgress,
    // A machine shared with other work can take minutes to start a JVM.
    startupTimeoutMs: 600_000,
  });
  const graph = Graph.connect(neo4j.info.uri, neo4j.info.user, neo4j.info.password, { txTimeoutMs: 600_000 });
  const stop = async () => {
    await graph.close();
    await neo4j.stop();
  };
  try {
    await prepareGraph(graph, config);
    let summary: GeneratedSummary;
    if (cached) {
      summary = JSON.parse(await readFile(marker, 'utf8')) as GeneratedSummary;
      options.onProgress(`reusing the generated database in ${path.relative(process.cwd(), home)}`);
    } else {
      options.onProgress(`generating the graph (seed ${options.seed}, scale ${options.scale}) in ${path.relative(process.cwd(), home)}`);
      summary = await generateGraph(graph, { seed: options.seed, scale: options.scale, onProgress: options.onProgress });
      await graph.write('CALL db.awaitIndexes(600)');
      await writeFile(marker, `${JSON.stringify(summary, null, 2)}\n`);
    }
    return { info: neo4j.info, graph, summary, generated: !cached, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
