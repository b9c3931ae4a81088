import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { SourceDefinitionError } from '../../crawlers/sources/definition.js';
import { rss1 } from '../../crawlers/testing/feeds.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { CrawlScheduler } from './scheduler.js';
import { loadConfig } from '../../lib/config.js';
import { loadTaxonomy, taxonomyFile } from '../industry/taxonomy.js';
import { CrawlService, curatedSourcesFile, UnknownSourceError } from './crawl.js';

const config = loadConfig({ CRAWL_HOST_INTERVAL_MS: '0', CRAWL_TIMEOUT_MS: '2000', CRAWL_ALLOW_PRIVATE: '127.0.0.0/8' });

describe('CrawlService', () => {
  let graph: Graph;
  let service: CrawlService;
  const site = new FixtureServer();

  beforeAll(async () => {
    graph = testGraph();
    service = new CrawlService(graph, config.crawl);
    await site.start();
  });
  beforeEach(async () => {
    await resetGraph(graph);
    await loadTaxonomy(createRepositories(graph), taxonomyFile(config.projectRoot));
  });
  afterAll(async () => {
    await site.close();
    await graph.close();
  });

  it('loads the curated set idempotently, keeping a disabled source disabled', async () => {
    const file = curatedSourcesFile(config.projectRoot);
    const first = await service.loadCurated(file);
    expect(first.created.length).toBeGreaterThanOrEqual(20);
    expect(first.updated).toEqual([]);
    const all = await service.listSources();
    // Municipal, all seven districts and counties, province and nation, and news feeds.
    expect(new Set(all.map((s) => s.regionCode))).toEqual(
      new Set(['330400', '330402', '330411', '330421', '330424', '330481', '330482', '330483', '330000', 'CN']),
    );
    expect(all.some((s) => s.itemType === 'news' && s.kind === 'rss')).toBe(true);
    await service.setEnabled('news-36kr', false, '站点改版', CLI_ACTOR);
    const second = await service.loadCurated(file);
    expect(second.created).toEqual([]);
    expect(second.updated.length).toBe(first.created.length);
    expect((await service.listSources()).length).toBe(all.length);
    expect(await createRepositories(graph).sources.get('news-36kr')).toMatchObject({ enabled: false, disabledReason: '站点改版' });
  });

  it('rejects bad definitions with every problem named, storing nothing', async () => {
    const bad = service.addSource({ id: 'X', name: '', kind: 'gopher', url: 'ftp://example.org', schedule: 'every day' });
    await expect(bad).rejects.toBeInstanceOf(SourceDefinitionError);
    await expect(bad).rejects.toThrow(
      /source\.id: expected 2–80 characters.*source\.name: expected a name.*source\.kind: expected one of rss, atom, jsonfeed, html.*source\.url: expected an http or https URL.*source\.schedule: expected a cron expression/,
    );
    await expect(service.addSource({ id: 'gov', name: 'gov', kind: 'html', url: 'https://example.org/' })).rejects.toThrow(
      /rules: an html source needs rules/,
    );
    expect(await service.listSources()).toEqual([]);
    await expect(service.setEnabled('nope', false, null, CLI_ACTOR)).rejects.toBeInstanceOf(UnknownSourceError);
    await expect(service.crawl('nope')).rejects.toBeInstanceOf(UnknownSourceError);
  });

  it('exports OPML that imports back unchanged, and reads a feed reader’s OPML', async () => {
    await service.loadCurated(curatedSourcesFile(config.projectRoot));
    const before = await service.listSources();
    const xml = await service.exportOpml();
    expect(xml).toContain('xmlUrl="https://36kr.com/feed"');
    await resetGraph(graph);
    await loadTaxonomy(createRepositories(graph), taxonomyFile(config.projectRoot));
    const imported = await service.importOpml(xml);
    expect(imported.created.length).toBe(before.length);
    const after = await service.listSources();
    const definition = (s: (typeof before)[number]) => ({ ...s, createdAt: undefined });
    expect(after.map(definition)).toEqual(before.map(definition));

    const reader = `<?xml version="1.0"?><opml version="1.0"><head><title>subs</title></head><body>
      <outline text="科技"><outline type="rss" text="某创投周刊" xmlUrl="https://example.org/weekly/atom.xml"/>
      <outline type="rss" title="JSON 源" xmlUrl="https://example.org/feed.json"/></outline></body></opml>`;
    const added = await service.importOpml(reader);
    expect(added.created).toHaveLength(2);
    const plain = (await service.listSources()).filter((s) => s.url.startsWith('https://example.org/'));
    expect(plain.map((s) => [s.name, s.kind, s.itemType, s.regionCode]).sort()).toEqual([
      ['JSON 源', 'jsonfeed', 'news', '330400'],
      ['某创投周刊', 'atom', 'news', '330400'],
    ]);
    // Importing again adds nothing.
    expect((await service.importOpml(reader)).created).toEqual([]);
    await expect(service.importOpml('<html>not opml</html>')).rejects.toThrow(/not an OPML document/);
  });

  it('schedules each enabled source on its cron expression and stops cleanly', async () => {
    site.set('/tick.xml', { body: rss1(site.url), contentType: 'application/rss+xml' });
    await service.addSource({ id: 'tick', name: 'tick', kind: 'rss', url: `${site.url}/tick.xml`, schedule: '* * * * * *' });
    await service.addSource({ id: 'off', name: 'off', kind: 'rss', url: `${site.url}/off.xml`, schedule: '* * * * * *', enabled: false });
    const scheduler = new CrawlScheduler(
      { listSources: (filter) => service.listSources(filter), crawl: (id) => service.crawl(id) },
      { jitterMs: 200, refreshMs: 60_000 },
    );
    await scheduler.start();
    expect(scheduler.scheduledSources()).toEqual(['tick']);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await createRepositories(graph).crawlRuns.page({ sourceId: 'tick' }, 1)).items.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await scheduler.stop();
    const runs = (await createRepositories(graph).crawlRuns.page({ sourceId: 'tick' }, 50)).items;
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.finishedAt !== null)).toBe(true);
    expect(await createRepositories(graph).news.count()).toBe(1);
    expect(site.hitCount('/off.xml')).toBe(0);
    // Nothing runs after stop.
    const hits = site.hitCount('/tick.xml');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(site.hitCount('/tick.xml')).toBe(hits);
    expect(scheduler.scheduledSources()).toEqual([]);
  });
});
