import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Graph } from '../../graph/driver.js';
import { LocalNeo4j } from '../../graph/local/launcher.js';
import { javaTools } from '../../graph/local/runtime.js';
import { migrate } from '../../graph/migrations/runner.js';
import { loadConfig } from '../../lib/config.js';
import { buildTestCli } from './cli-build.js';
import { integrationWorkers } from './workers.js';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  pid: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** One instance per integration worker; a file uses the one of its worker (`testNeo4j()`). */
    neo4j: TestNeo4j[];
    /** The CLI compiled to JavaScript for this run (`spawnCli`). */
    cliEntry: string;
  }
}

function startTimeoutMs(): number {
  const { neo4j } = loadConfig({ NEO4J_LOCAL_START_TIMEOUT_MS: process.env.NEO4J_LOCAL_START_TIMEOUT_MS ?? '300000' });
  return neo4j.mode === 'local' ? neo4j.startTimeoutMs : 300_000;
}

async function startInstance(
  config: ReturnType<typeof loadConfig>,
  index: number,
): Promise<{ info: TestNeo4j; stop: () => Promise<void> }> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'hechuang-test-neo4j-'));
  const started = Date.now();
  const neo4j = await LocalNeo4j.start({
    home,
    port: await freePort(),
    heap: '1g',
    pageCache: '128m',
    cacheDir: config.cacheDir,
    launcherDir: path.join(config.projectRoot, 'graph', 'local'),
    tools: javaTools(config.javaHome),
    onProgress: (line) => process.stderr.write(`[neo4j ${index + 1}] ${line}\n`),
    // Several JVMs start at once on a shared machine: NEO4J_LOCAL_START_TIMEOUT_MS (validated as the service's), 5 min by default.
    startupTimeoutMs: startTimeoutMs(),
  });
  process.stderr.write(`[neo4j ${index + 1}] test instance ready on ${neo4j.info.uri} in ${Date.now() - started} ms\n`);
  const graph = Graph.connect(neo4j.info.uri, neo4j.info.user, neo4j.info.password, { txTimeoutMs: 30_000 });
  await migrate(graph);
  await graph.close();
  return {
    info: { ...neo4j.info, home },
    async stop() {
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** One real local Neo4j per integration worker, each on a free port and a temporary home. */
export default async function setup(project: TestProject) {
  const config = loadConfig({});
  const cli = buildTestCli();
  const settled = await Promise.allSettled(Array.from({ length: integrationWorkers() }, (_, i) => startInstance(config, i)));
  const built = await Promise.allSettled([cli]);
  const instances = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stopAll = async () => {
    await Promise.all([
      ...instances.map((instance) => instance.stop()),
      ...(built[0].status === 'fulfilled' ? [built[0].value.remove()] : []),
    ]);
  };
  const failure = [...settled, ...built].find((result) => result.status === 'rejected');
  if (failure) {
    await stopAll();
    throw failure.reason;
  }
  project.provide(
    'neo4j',
    instances.map((instance) => instance.info),
  );
  project.provide('cliEntry', (await cli).entry);
  return stopAll;
}
