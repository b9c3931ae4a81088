import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { loadTaxonomy, taxonomyFile } from '../industry/taxonomy.js';
import { PoliteFetcher } from '../../crawlers/fetch/fetcher.js';
import { rss1, rss2 } from '../../crawlers/testing/feeds.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { testSource } from '../../crawlers/testing/sources.js';
import type { SourceInput } from '../../domain/source/model.js';
import { buildCrawler as crawler, FAST_FETCHER as fetcherOptions, saveSources } from '../../tests/support/factories/source.js';
import { CrawlService } from './crawl.js';

/** Crawls of a loopback fixture site into the real Neo4j: a source's health, locks and failures. */

describe('Crawler: source health', () => {
  let graph: Graph;
  let repos: Repositories;
  const site = new FixtureServer();

  beforeAll(async () => {
    graph = testGraph();
    repos = createRepositories(graph);
    await site.start();
  });
  beforeEach(async () => {
    await resetGraph(graph);
    await loadTaxonomy(repos, taxonomyFile(loadConfig({}).projectRoot));
    site.routes.clear();
  });
  afterAll(async () => {
    await site.close();
    await graph.close();
  });

  const count = async (cypher: string, params = {}) => (await graph.read<{ n: number }>(cypher, params))[0]!.n;
  const upsert = (sources: SourceInput[]) => saveSources(graph, sources);
  const runsOf = async (sourceId: string, first: number) => (await repos.crawlRuns.page({ sourceId }, first)).items;

  it('backs off after failures, honours a long Retry-After and disables a source after repeated failures', async () => {
    site.set('/down.xml', { status: 503, headers: { 'retry-after': '7200' }, body: 'maintenance', etag: false });
    await upsert([testSource('down', `${site.url}/down.xml`)]);
    const c = crawler(graph);
    const first = await c.crawlSource('down');
    expect(first.status).toBe('failed');
    let source = (await repos.sources.get('down'))!;
    expect(Date.parse(source.nextCheckAt!)).toBeGreaterThan(Date.now() + 7_000_000);
    await c.crawlSource('down', { force: true });
    const third = await c.crawlSource('down', { force: true });
    expect(third.disabled).toBe(true);
    source = (await repos.sources.get('down'))!;
    expect(source).toMatchObject({ enabled: false, errorCount: 3 });
    expect(source.disabledReason).toMatch(/disabled after 3 consecutive failures; last: HTTP 503/);
    expect((await c.crawlSource('down')).status).toBe('skipped');
    // A librarian enables it again: the count starts over.
    await new CrawlService(graph, loadConfig({}).crawl).setEnabled('down', true, null, CLI_ACTOR);
    expect(await repos.sources.get('down')).toMatchObject({ enabled: true, errorCount: 0, disabledReason: null });
  });

  it('takes "now" from its clock: check times, backoff and run times', async () => {
    site.set('/late.xml', { status: 503, headers: { 'retry-after': '600' }, body: 'maintenance', etag: false });
    site.set('/fine.xml', { body: rss1(site.url), contentType: 'application/rss+xml' });
    await upsert([testSource('late', `${site.url}/late.xml`), testSource('fine', `${site.url}/fine.xml`)]);
    const at = new Date('2030-01-02T03:04:05.000Z');
    const clock = () => at;
    const fixed = crawler(graph, { clock, fetcher: new PoliteFetcher({ ...fetcherOptions, clock }) });
    await fixed.crawlSource('fine');
    await fixed.crawlSource('late');
    const time = (iso: string | null | undefined) => (iso ? new Date(iso).toISOString() : iso);
    const fine = (await repos.sources.get('fine'))!;
    expect([time(fine.lastCheckedAt), fine.nextCheckAt]).toEqual(['2030-01-02T03:04:05.000Z', null]);
    // Retry-After 600 s from the fixed "now" outlasts the one-minute backoff (at most 90 s with jitter).
    const late = (await repos.sources.get('late'))!;
    expect([time(late.lastCheckedAt), time(late.nextCheckAt)]).toEqual(['2030-01-02T03:04:05.000Z', '2030-01-02T03:14:05.000Z']);
    const [run] = await runsOf('fine', 1);
    expect([time(run!.startedAt), time(run!.finishedAt)]).toEqual(['2030-01-02T03:04:05.000Z', '2030-01-02T03:04:05.000Z']);
    // Not due before the fixed time moves on.
    expect((await fixed.crawlSource('late')).status).toBe('skipped');
  });

  it('never runs the same source twice at once, in one process or across two', async () => {
    site.set('/slow.xml', { body: rss1(site.url), contentType: 'application/rss+xml', delayMs: 400 });
    await upsert([testSource('slow', `${site.url}/slow.xml`)]);
    const one = crawler(graph);
    const other = crawler(graph);
    const [a, b, c] = await Promise.all([one.crawlSource('slow'), one.crawlSource('slow'), other.crawlSource('slow')]);
    const statuses = [a, b, c].map((r) => r.status).sort();
    expect(statuses).toEqual(['ok', 'skipped', 'skipped']);
    expect(await count('MATCH (r:CrawlRun {sourceId: "slow"}) RETURN count(r) AS n')).toBe(1);
    expect(await repos.news.count()).toBe(1);
    // The lock is released: the next run goes ahead.
    expect((await one.crawlSource('slow', { force: true })).status).toBe('ok');
  });

  it('records a redirect loop, an oversized body and a stalling server on each source, keeping what they stored', async () => {
    site.set('/loop.xml', { status: 302, headers: { location: '/loop2.xml' }, etag: false });
    site.set('/loop2.xml', { status: 302, headers: { location: '/loop.xml' }, etag: false });
    site.set('/huge.xml', { body: rss1(site.url) });
    site.set('/stall.xml', { body: rss2(site.url), contentType: 'application/rss+xml' });
    site.set('/rss1.xml', { body: rss1(site.url), contentType: 'application/rss+xml' });
    await upsert([
      testSource('loop', `${site.url}/loop.xml`),
      testSource('huge', `${site.url}/huge.xml`),
      testSource('stall', `${site.url}/stall.xml`),
      testSource('rss1', `${site.url}/rss1.xml`),
    ]);
    await crawler(graph).crawlSource('stall');
    expect(await repos.news.count()).toBe(2);

    site.set('/huge.xml', { body: `<rss version="2.0"><channel>${'<item>x</item>'.repeat(30_000)}</channel></rss>` });
    site.set('/stall.xml', {
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      },
    });
    const results = await crawler(graph).crawlAll({ force: true });
    const byId = Object.fromEntries(results.map((r) => [r.sourceId, r]));
    expect(byId.loop).toMatchObject({ status: 'failed' });
    expect(byId.huge).toMatchObject({ status: 'failed' });
    expect(byId.stall).toMatchObject({ status: 'failed' });
    expect(byId.rss1).toMatchObject({ status: 'ok', new: 1 });
    const stored = Object.fromEntries((await repos.sources.list()).map((s) => [s.id, s]));
    expect(stored.loop!.lastError).toMatch(/loop/);
    expect(stored.huge!.lastError).toMatch(/larger than|too large|limit/i);
    expect(stored.stall!.lastError).toMatch(/no complete answer .* within 1000 ms/);
    for (const id of ['loop', 'huge', 'stall']) expect(stored[id]).toMatchObject({ errorCount: 1, enabled: true });
    expect(stored.rss1).toMatchObject({ errorCount: 0, lastError: null });
    // The stalled source's earlier stories are still there.
    expect(await repos.news.count()).toBe(3);
    const runs = await runsOf('stall', 5);
    expect(runs.map((r) => r.status)).toEqual(['failed', 'partial']);
  });

  it('reports robots.txt refusals as failures of that source only', async () => {
    site.set('/private/feed.xml', { body: rss1(site.url), contentType: 'application/rss+xml' });
    site.set('/rss1.xml', { body: rss1(site.url), contentType: 'application/rss+xml' });
    await upsert([testSource('private', `${site.url}/private/feed.xml`), testSource('rss1', `${site.url}/rss1.xml`)]);
    const results = await crawler(graph).crawlAll();
    expect(results.find((r) => r.sourceId === 'private')!.error).toMatch(/robots\.txt .* disallows/);
    expect(results.find((r) => r.sourceId === 'rss1')!.status).toBe('ok');
    expect(site.hitCount('/private/feed.xml')).toBe(0);
  });
});
