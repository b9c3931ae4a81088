import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localNeo4jStatus, stopLocalNeo4j } from '../../graph/local/launcher.js';
import { MIGRATIONS } from '../../graph/migrations/migrations.js';
import { runCli, spawnCli, waitForOutput } from '../support/cli.js';
import { freePort } from '../support/global-setup.js';
import { typed } from '../gql/index.js';
import { graphql } from '../support/http.js';
import { isRunning, waitUntilGone } from '../support/process.js';

/** The operator's view: `hechuang start|migrate|neo4j …` as real processes. */

const INDUSTRIES = typed(`
  query WebCliIndustries {
    industries {
      name
    }
  }
`);

/** Live processes whose command line names this path (a JVM started on a data directory names its home). */
async function processesNaming(needle: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
  const naming = await Promise.all(
    pids.map(async (pid) => ((await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).includes(needle) ? Number(pid) : 0)),
  );
  return naming.filter((pid) => pid !== 0 && isRunning(pid));
}

async function jvmPid(dataDir: string): Promise<number> {
  return (JSON.parse(await readFile(path.join(dataDir, 'neo4j', 'hechuang-neo4j.pid'), 'utf8')) as { pid: number }).pid;
}

// Each test starts a JVM of its own (two for some), on a machine that may be busy.
describe('hechuang CLI', { timeout: 360_000 }, () => {
  // Each test has a data directory and ports of its own.
  let dataDir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-cli-'));
    env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_HEAP: '512m',
      GRAPHQL_ARBITRARY_DOCUMENTS: 'true',
      // The curated sources are loaded on a first start: nothing may crawl the internet from a test.
      CRAWL_SCHEDULER: 'off',
    };
  });
  afterEach(async () => {
    // A failed test may leave the background instance of `neo4j start` running: never outlive the run.
    await stopLocalNeo4j(path.join(dataDir, 'neo4j'));
    await rm(dataDir, { recursive: true, force: true });
  });

  it('rejects bad configuration in one line naming the variable', async () => {
    const { code, output } = await runCli(['start'], { ...env, PORT: 'abc' });
    expect(code).toBe(1);
    expect(output.trim()).toBe('hechuang: Invalid configuration: PORT="abc": expected a TCP port number');
  });

  it('start serves the web app and GraphQL, and SIGTERM stops it with its Neo4j', async () => {
    const service = spawnCli(['start'], env);
    const [, url] = await waitForOutput(service, /Hechuang is serving on (http:\/\/\S+) /);
    const pid = await jvmPid(dataDir);
    expect(isRunning(pid)).toBe(true);

    const page = await fetch(url!);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('禾创');
    const { data } = await graphql(url!, INDUSTRIES);
    expect(data!.industries.length).toBeGreaterThan(20);
    const logLine = service
      .output()
      .split('\n')
      .find((line) => line.includes('"graph ready"'));
    expect(JSON.parse(logLine!)).toMatchObject({ level: 30, migrationsApplied: MIGRATIONS.map((m) => m.version) });
    // A first start: the curated sources are in, and the operator is told to create the first admin.
    expect(service.output()).toMatch(/loaded \d+ curated crawl sources/);
    expect(service.output()).toContain('Next step: create the first admin account: hechuang users add');

    service.kill('SIGTERM');
    const code = await new Promise((resolve) => service.on('close', resolve));
    expect(code).toBe(0);
    expect(service.output()).toContain('"msg":"stopped"');
    expect(await waitUntilGone(pid, 1_000)).toBe(true);
  });

  it('a killed service takes its Neo4j with it, and the next start reuses the data', async () => {
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const service = spawnCli(['start'], env);
    await waitForOutput(service, /Hechuang is serving/);
    const pid = await jvmPid(dataDir);
    expect(service.output()).toMatch(/"migrationsApplied":\[\]/);
    service.kill('SIGKILL');
    expect(await waitUntilGone(pid, 30_000)).toBe(true);
  });

  it('gives up a local Neo4j start after NEO4J_LOCAL_START_TIMEOUT_MS and leaves no JVM behind', async () => {
    const { code, output } = await runCli(['neo4j', 'start'], { ...env, NEO4J_LOCAL_START_TIMEOUT_MS: '1000' });
    expect(code).toBe(1);
    expect(output.trim().split('\n').at(-1)).toMatch(/^hechuang: Neo4j was not ready within 1 s; see \S+launcher\.log$/);
    expect(await localNeo4jStatus(path.join(dataDir, 'neo4j'))).toBeUndefined();
    // The JVM it gave up on was killed.
    expect(await processesNaming(path.join(dataDir, 'neo4j'))).toEqual([]);
  });

  it('neo4j start|status|stop manages a background instance that start and migrate reuse', async () => {
    const started = await runCli(['neo4j', 'start'], env);
    expect(started.code).toBe(0);
    const pid = await jvmPid(dataDir);
    expect((await runCli(['migrate'], env)).code).toBe(0); // the data that the next `migrate` finds migrated
    const status = await runCli(['neo4j', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.output).toMatch(new RegExp(`running: bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}, pid ${pid}, background`));

    const migrated = await runCli(['migrate'], env);
    expect(migrated.code).toBe(0);
    expect(migrated.output).toMatch(
      new RegExp(`migrations applied: none; already applied: ${MIGRATIONS.map((m) => m.version).join(', ')}; industries: \\d+`),
    );
    expect(isRunning(pid)).toBe(true);

    const second = await runCli(['neo4j', 'start'], env);
    expect(second.code).toBe(1);
    expect(second.output.trim()).toMatch(/^hechuang: .* is in use by another local Neo4j \(pid \d+, port \d+\)/);

    const stopped = await runCli(['neo4j', 'stop'], env);
    expect(stopped.output).toContain('local Neo4j stopped');
    expect(isRunning(pid)).toBe(false);
    const after = await runCli(['neo4j', 'status'], env);
    expect(after.code).toBe(3);
    expect(after.output).toMatch(/^stopped/);
  });
});

describe('hechuang CLI in production mode', () => {
  it('reports an unreachable NEO4J_URI in one line and starts nothing local', async () => {
    const port = await freePort();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-cli-remote-'));
    try {
      const { code, output } = await runCli(['migrate'], {
        DATA_DIR: dataDir,
        NEO4J_URI: `bolt://127.0.0.1:${port}`,
        NEO4J_PASSWORD: 'secret',
        NEO4J_CONNECT_TIMEOUT_MS: '1000',
      });
      expect(code).toBe(1);
      expect(output.trim()).toMatch(new RegExp(`^hechuang: cannot use Neo4j at bolt://127.0.0.1:${port} \\(NEO4J_URI\\): .+$`));
      expect(output).not.toMatch(/Starting local Neo4j/);
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
