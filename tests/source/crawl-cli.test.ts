import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { rss1 } from '../../crawlers/testing/feeds.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { buildSource } from '../support/factories/source.js';
import { runCli } from '../support/cli.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/** `hechuang sources …` and `hechuang crawl` as real processes on the test Neo4j. */

describe('hechuang sources / crawl', () => {
  let graph: Graph;
  let env: Record<string, string>;
  let dir: string;
  const site = new FixtureServer();

  beforeAll(async () => {
    graph = testGraph();
    await site.start();
    dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-crawl-cli-'));
    const { uri, user, password } = testNeo4j();
    env = {
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      CRAWL_HOST_INTERVAL_MS: '0',
      CRAWL_ALLOW_PRIVATE: '127.0.0.0/8',
      CRAWL_TIMEOUT_MS: '3000',
      DATA_DIR: dir,
    };
  });
  // `crawl --all` crawls every source in the graph: each test starts from an empty one.
  beforeEach(() => resetGraph(graph));
  afterAll(async () => {
    await site.close();
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  // Every step is a process of its own (node + tsx): slow on a loaded machine.
  const PROCESSES = 150_000;

  it('adds sources from options and from a file, and refuses a bad definition', { timeout: PROCESSES }, async () => {
    const add = await runCli(
      [
        'sources',
        'add',
        '--id',
        'zj-news',
        '--name',
        '浙江科技创业',
        '--kind',
        'rss',
        '--url',
        `${site.url}/zj.xml`,
        '--level',
        '浙江省',
        '--region',
        '330000',
      ],
      env,
    );
    expect(add).toMatchObject({ code: 0 });
    expect(add.output).toContain('source zj-news saved');
    // The fixture is on loopback: the CLI says so, and that the test's allow-list lets it through.
    expect(add.output).toMatch(/warning: \S+ points to a private address \(127\.0\.0\.1, loopback\); CRAWL_ALLOW_PRIVATE allows it/);
    await writeFile(path.join(dir, 'gone.json'), JSON.stringify({ id: 'gone', name: '已下线', kind: 'rss', url: `${site.url}/gone.xml` }));
    expect((await runCli(['sources', 'add', '--file', path.join(dir, 'gone.json')], env)).code).toBe(0);

    const bad = await runCli(['sources', 'add', '--id', 'bad', '--name', 'x', '--kind', 'html', '--url', 'https://example.org/'], env);
    expect(bad.code).toBe(1);
    expect(bad.output.trim()).toBe('hechuang: invalid source definition: source.rules: an html source needs rules with at least listItem');
  });

  it('crawls the sources with a summary, and exits non-zero when one failed', { timeout: PROCESSES }, async () => {
    site.set('/zj.xml', { body: rss1(site.url), contentType: 'application/rss+xml' });
    site.set('/gone.xml', { status: 410, body: 'gone' });
    await buildSource(graph, { id: 'zj-news', name: '浙江科技创业', url: `${site.url}/zj.xml`, level: '浙江省', regionCode: '330000' });
    await buildSource(graph, { id: 'gone', name: '已下线', url: `${site.url}/gone.xml` });
    const crawl = await runCli(['crawl', '--all'], env);
    expect(crawl.code).toBe(2);
    expect(crawl.output).toMatch(/^gone\s+failed\s+0\s+0\s+0\s+0\s+1\s+HTTP 410/m);
    expect(crawl.output).toMatch(/^zj-news\s+ok\s+1\s+1\s+0\s+0\s+0/m);
    expect(crawl.output).toContain('2 sources: 1 failed, 0 skipped; 1 new, 0 updated, 1 errors');
    expect(await createRepositories(graph).news.count()).toBe(1);

    const one = await runCli(['crawl', '--source', 'zj-news'], env);
    expect(one.code).toBe(0);
    expect(one.output).toMatch(/^zj-news\s+ok\s+1\s+0\s+0\s+0\s+0/m);
    expect((await runCli(['crawl', '--source', 'nope'], env)).output).toMatch(/hechuang: no source with id "nope"/);
  });

  it('lists, disables and exports sources as OPML', { timeout: PROCESSES }, async () => {
    await buildSource(
      graph,
      { id: 'zj-news', url: `${site.url}/zj.xml`, level: '浙江省', regionCode: '330000' },
      {
        lastCheckedAt: '2026-03-01T08:00:00.000Z',
      },
    );
    await buildSource(graph, { id: 'gone', name: '已下线', url: `${site.url}/gone.xml` });
    const disable = await runCli(['sources', 'disable', 'gone', '--reason', '站点已关闭'], env);
    expect(disable.code).toBe(0);
    const list = await runCli(['sources', 'list'], env);
    expect(list.output).toMatch(/^gone\trss\tnews\t嘉兴市\t330400\tdisabled \(站点已关闭\)/m);
    expect(list.output).toMatch(/^zj-news\trss\tnews\t浙江省\t330000\tok\tchecked \d{4}-/m);
    const file = path.join(dir, 'sources.opml');
    expect((await runCli(['sources', 'export-opml', file], env)).code).toBe(0);
    const opml = await readFile(file, 'utf8');
    expect(opml).toContain(`xmlUrl="${site.url}/zj.xml"`);
    expect(opml).toContain('hc:enabled="false"');
  });
});
