import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { freePort } from '../../tests/support/global-setup.js';
import { testNeo4j } from '../../tests/support/graph.js';
import { isRunning } from '../../tests/support/process.js';
import { Graph } from '../driver.js';
import { LocalNeo4j, localNeo4jStatus, type LocalNeo4jOptions } from './launcher.js';
import { javaTools } from './runtime.js';

const config = loadConfig({});

async function options(home: string, overrides: Partial<LocalNeo4jOptions> = {}): Promise<LocalNeo4jOptions> {
  return {
    home,
    port: await freePort(),
    heap: '512m',
    pageCache: '64m',
    cacheDir: config.cacheDir,
    launcherDir: path.join(config.projectRoot, 'graph', 'local'),
    tools: javaTools(undefined),
    ...overrides,
  };
}

describe('local Neo4j launcher', () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'hechuang-launcher-'));
  });
  afterAll(() => rm(home, { recursive: true, force: true }));

  it('keeps data across restarts and leaves no JVM behind after stop', async () => {
    const first = await LocalNeo4j.start(await options(home));
    const pid = first.info.pid;
    expect(isRunning(pid)).toBe(true);
    expect((await localNeo4jStatus(home))?.pid).toBe(pid);
    let graph = Graph.connect(first.info.uri, first.info.user, first.info.password, { txTimeoutMs: 10_000 });
    await graph.write("CREATE (:Probe {name: '秀洲'})");
    await graph.close();
    await first.stop();
    expect(isRunning(pid)).toBe(false);
    expect(await localNeo4jStatus(home)).toBeUndefined();

    const second = await LocalNeo4j.start(await options(home));
    graph = Graph.connect(second.info.uri, second.info.user, second.info.password, { txTimeoutMs: 10_000 });
    expect(second.info.password).toBe(first.info.password);
    expect(await graph.read('MATCH (p:Probe) RETURN p.name AS name')).toEqual([{ name: '秀洲' }]);
    await graph.close();
    await second.stop();
    expect(isRunning(second.info.pid)).toBe(false);
    // Two JVM starts: on a loaded 2-core machine each can take most of a minute.
  }, 240_000);

  it('refuses a wrong password: auth is on', async () => {
    const neo4j = testNeo4j();
    const graph = Graph.connect(neo4j.uri, 'neo4j', 'not-the-password', { txTimeoutMs: 10_000 });
    await expect(graph.verifyConnectivity()).rejects.toThrow(/unauthorized|authentication/i);
    await graph.close();
  });

  it('fails with one clear line when the port is taken, and touches no data', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const before = await readdir(home);
    try {
      await expect(LocalNeo4j.start(await options(home, { port }))).rejects.toMatchObject({
        reason: 'port_in_use',
        message: `port ${port} on 127.0.0.1 is already in use; set NEO4J_LOCAL_PORT to a free port`,
      });
    } finally {
      blocker.close();
    }
    expect(await readdir(home)).toEqual(before);
  });

  it('fails with one clear line when another instance holds the data directory', async () => {
    const running = testNeo4j();
    const error = await LocalNeo4j.start(await options(running.home)).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'data_dir_locked' });
    expect((error as Error).message).toContain(running.home);
    expect((error as Error).message).not.toContain('\n');
    // The running instance is unharmed.
    const graph = Graph.connect(running.uri, running.user, running.password, { txTimeoutMs: 10_000 });
    await graph.verifyConnectivity();
    await graph.close();
  });

  it('fails with one clear line when the store is locked by a process it does not know', async () => {
    // A pid file removed by hand: Neo4j's own store lock still protects the data.
    const running = testNeo4j();
    const pidFile = path.join(running.home, 'hechuang-neo4j.pid');
    const saved = execFileSync('cat', [pidFile]);
    await rm(pidFile);
    try {
      const error = await LocalNeo4j.start(await options(running.home)).catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: 'data_dir_locked' });
      expect((error as Error).message).toMatch(/Lock file has been locked by another process/);
    } finally {
      execFileSync('sh', ['-c', `cat > '${pidFile}'`], { input: saved });
    }
    expect(existsSync(path.join(running.home, 'data', 'databases', 'neo4j'))).toBe(true);
  });

  it('fails with one clear line when Java is missing', async () => {
    const error = await LocalNeo4j.start(await options(home, { tools: javaTools('/nonexistent/jdk') })).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'java_missing' });
    expect((error as Error).message).toMatch(
      /^Java 17\+ is needed to run the local Neo4j, but "\/nonexistent\/jdk\/bin\/java" could not be run/,
    );
  });
});
