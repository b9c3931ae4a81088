import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../graph/local/launcher.js';
import { javaTools, resolveRuntime } from '../../graph/local/runtime.js';
import { loadConfig } from '../../lib/config.js';
import { median, writeResults } from '../lib/report.js';

/**
 * Start-up of `hechuang start` (built CLI) to a 200 from /readyz:
 *  - cold: jars cached, empty data directory (first start of a new install);
 *  - warm: second start on the same data;
 * with the peak RSS of the node process and of the JVM. The peer is the bare launcher
 * (LocalNeo4j alone, no service) on the same machine in the same run: the ratio shows
 * what the service adds over Neo4j's own start-up.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ROUNDS = Number(process.argv[2] ?? 3);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hechuang start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function startService(dataDir: string) {
  const port = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NEO4J_LOCAL_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/hechuang.js'), 'start'], { env, stdio: 'ignore' });
  await waitReady(`http://127.0.0.1:${port}`, child);
  const readyMs = performance.now() - t0;
  const pidFile = path.join(dataDir, 'neo4j', 'hechuang-neo4j.pid');
  const jvm = (JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number }).pid;
  // One real query so that the figures include a served request.
  await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ industries { code children { code } regions { name } } }' }),
  });
  const rss = { nodeMiB: peakRssMiB(child.pid!), jvmMiB: peakRssMiB(jvm) };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const s0 = performance.now();
  child.kill('SIGTERM');
  await exited;
  return { readyMs, shutdownMs: performance.now() - s0, ...rss };
}

async function bareLauncher(home: string) {
  const config = loadConfig({});
  const t0 = performance.now();
  const neo4j = await LocalNeo4j.start({
    home,
    port: await freePort(),
    heap: config.neo4j.mode === 'local' ? config.neo4j.heap : '1g',
    pageCache: '256m',
    cacheDir: config.cacheDir,
    launcherDir: path.join(ROOT, 'graph', 'local'),
    tools: javaTools(config.javaHome),
  });
  const readyMs = performance.now() - t0;
  await neo4j.stop();
  return readyMs;
}

const config = loadConfig({});
await resolveRuntime({
  launcherDir: path.join(ROOT, 'graph', 'local'),
  cacheDir: config.cacheDir,
  tools: javaTools(config.javaHome),
  onProgress: (line) => console.error(line),
});

const runs: {
  cold: Awaited<ReturnType<typeof startService>>;
  warm: Awaited<ReturnType<typeof startService>>;
  bareCold: number;
  bareWarm: number;
}[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const serviceDir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-bench-startup-'));
  const bareDir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-bench-bare-'));
  try {
    const cold = await startService(serviceDir);
    const warm = await startService(serviceDir);
    const bareCold = await bareLauncher(bareDir);
    const bareWarm = await bareLauncher(bareDir);
    runs.push({ cold, warm, bareCold, bareWarm });
    console.error(`round ${round}/${ROUNDS}: cold ${Math.round(cold.readyMs)} ms, warm ${Math.round(warm.readyMs)} ms`);
  } finally {
    await rm(serviceDir, { recursive: true, force: true });
    await rm(bareDir, { recursive: true, force: true });
  }
}

const m = (pick: (run: (typeof runs)[number]) => number) => Math.round(median(runs.map(pick)));
const figures = {
  rounds: ROUNDS,
  coldReadyMs: m((r) => r.cold.readyMs),
  warmReadyMs: m((r) => r.warm.readyMs),
  bareNeo4jColdMs: m((r) => r.bareCold),
  bareNeo4jWarmMs: m((r) => r.bareWarm),
  shutdownMs: m((r) => r.warm.shutdownMs),
  peakRssNodeMiB: Math.max(...runs.flatMap((r) => [r.cold.nodeMiB, r.warm.nodeMiB])),
  peakRssJvmMiB: Math.max(...runs.flatMap((r) => [r.cold.jvmMiB, r.warm.jvmMiB])),
  goalWarmReadyMs: 20_000,
};
writeResults('startup', { figures, runs }, [
  {
    measure: 'cold start to ready (jars cached, empty data)',
    ms: figures.coldReadyMs,
    'bare Neo4j ms': figures.bareNeo4jColdMs,
    ratio: +(figures.coldReadyMs / figures.bareNeo4jColdMs).toFixed(2),
  },
  {
    measure: 'warm start to ready',
    ms: figures.warmReadyMs,
    'bare Neo4j ms': figures.bareNeo4jWarmMs,
    ratio: +(figures.warmReadyMs / figures.bareNeo4jWarmMs).toFixed(2),
  },
  { measure: 'graceful shutdown (SIGTERM to exit)', ms: figures.shutdownMs, 'bare Neo4j ms': '', ratio: '' },
  { measure: 'peak RSS node (MiB)', ms: figures.peakRssNodeMiB, 'bare Neo4j ms': '', ratio: '' },
  { measure: 'peak RSS JVM (MiB)', ms: figures.peakRssJvmMiB, 'bare Neo4j ms': '', ratio: '' },
]);
