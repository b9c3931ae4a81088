import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jInfo } from '../../graph/local/launcher.js';
import { freePort } from '../lib/ports.js';
import type { TargetName } from './operations.js';

/** The three servers under test, each in its own process on loopback, all on the same Neo4j. */

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RunningTarget {
  name: TargetName;
  url: string;
  process: ChildProcess;
}

function neo4jEnv(neo4j: LocalNeo4jInfo) {
  return { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
}

async function waitFor(child: ChildProcess, ready: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    if (await ready().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${what} was not ready within 120 s`);
}

/**
 * Hechuang as `hechuang start` runs it (the built CLI), pointed at the benchmark's Neo4j with
 * NEO4J_URI, production defaults (request logs at info, to `logFile`), arbitrary documents on
 * (the benchmark's queries are not the web client's persisted ones), scheduled crawls off.
 */
export async function startHechuang(
  neo4j: LocalNeo4jInfo,
  dataDir: string,
  logFile: string,
  options: { cpuProfileDir?: string | undefined; responseCache: boolean },
): Promise<RunningTarget> {
  const { cpuProfileDir } = options;
  const port = await freePort();
  const log = openSync(logFile, 'w');
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(ROOT, 'bin', 'hechuang.js'), 'start'], {
    env: {
      ...process.env,
      ...neo4jEnv(neo4j),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      GRAPHQL_ARBITRARY_DOCUMENTS: 'true',
      CRAWL_SCHEDULER: 'off',
      RESPONSE_CACHE: options.responseCache ? 'on' : 'off',
    },
    stdio: ['ignore', log, 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(child, async () => (await fetch(`${url}/readyz`)).status === 200, 'hechuang start');
  return { name: options.responseCache ? 'hechuang' : 'hechuang-nocache', url, process: child };
}

/** A peer server (bench/api/targets/*.ts) that prints READY once listening. */
export async function startPeer(name: TargetName, file: string, neo4j: LocalNeo4jInfo): Promise<RunningTarget> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'targets', file)], {
    env: { ...process.env, ...neo4jEnv(neo4j), PORT: String(port) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let ready = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('READY')) ready = true;
  });
  await waitFor(child, () => Promise.resolve(ready), name);
  return { name, url: `http://127.0.0.1:${port}`, process: child };
}

/** Last resort when the runner exits abruptly: no server outlives it. */
export function killOnExit(targets: RunningTarget[]): void {
  process.once('exit', () => {
    for (const target of targets) if (target.process.exitCode === null) target.process.kill('SIGKILL');
  });
}

export async function stopTarget(target: RunningTarget): Promise<void> {
  if (target.process.exitCode !== null) return;
  const exited = new Promise((resolve) => target.process.once('exit', resolve));
  target.process.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (target.process.exitCode === null) target.process.kill('SIGKILL');
}
