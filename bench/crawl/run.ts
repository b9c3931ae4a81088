import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Graph } from '../../graph/driver.js';
import { LocalNeo4j } from '../../graph/local/launcher.js';
import { javaTools } from '../../graph/local/runtime.js';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { Crawler, type CrawlSummary } from '../../crawlers/crawler.js';
import { PoliteFetcher } from '../../crawlers/fetch/fetcher.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { testSource } from '../../crawlers/testing/sources.js';
import { loadConfig } from '../../server/config.js';
import { loadTaxonomy, taxonomyFile } from '../../server/services/industry-taxonomy.js';
import { writeResults } from '../lib/report.js';

/**
 * 1,000 feed sources spread over 50 loopback hosts (127.0.0.2 … 127.0.0.51), 20 items each,
 * every answer delayed 50 ms. First refresh (everything new), then a second one (every
 * feed answers 304). The peer, on the same hosts in the same run: fetching the same feeds
 * with plain `fetch` at the same concurrency, storing nothing — the network floor.
 */

const HOSTS = 50;
const SOURCES_PER_HOST = 20;
const ITEMS = 20;
const LATENCY_MS = 50;
const CONCURRENCY = 64;
const ROOT = path.resolve(import.meta.dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function feed(base: string, host: number, source: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const n = `${host}-${source}-${i}`;
    return `<item><title>嘉兴创业资讯 ${n}：初创企业完成融资，布局光伏储能与集成电路</title>
<link>${base}/news/${source}/${i}.html</link><guid>${base}/news/${source}/${i}.html</guid>
<pubDate>${new Date(Date.UTC(2024, 0, 1 + i)).toUTCString()}</pubDate>
<description><![CDATA[<p>第 ${n} 条：创客空间入驻团队发布新产品，数字经济与智能制造方向。</p>]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>源 ${host}-${source}</title><link>${base}/</link>
<description>bench</description>${items.join('\n')}</channel></rss>`;
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

const config = loadConfig({});
const home = await mkdtemp(path.join(os.tmpdir(), 'hechuang-bench-crawl-'));
const neo4j = await LocalNeo4j.start({
  home,
  port: await freePort(),
  heap: '1g',
  pageCache: '256m',
  cacheDir: config.cacheDir,
  launcherDir: path.join(ROOT, 'graph', 'local'),
  tools: javaTools(config.javaHome),
  onProgress: (line) => console.error(line),
});
const graph = Graph.connect(neo4j.info.uri, neo4j.info.user, neo4j.info.password, { txTimeoutMs: 60_000 });
const servers: FixtureServer[] = [];
try {
  await migrate(graph);
  const repos = createRepositories(graph);
  await loadTaxonomy(repos, taxonomyFile(ROOT));

  const urls: string[] = [];
  for (let h = 0; h < HOSTS; h += 1) {
    const server = await new FixtureServer(`127.0.0.${h + 2}`).start();
    server.robots = 'User-agent: *\nDisallow:\n';
    for (let s = 0; s < SOURCES_PER_HOST; s += 1) {
      server.set(`/feed/${s}.xml`, { body: feed(server.url, h, s), contentType: 'application/rss+xml', delayMs: LATENCY_MS });
      urls.push(`${server.url}/feed/${s}.xml`);
    }
    servers.push(server);
  }
  await repos.sources.upsert(urls.map((url, i) => testSource(`bench-${String(i).padStart(4, '0')}`, url)));

  // Neo4j write time: every write transaction the crawler opens, summed (they overlap).
  let writeMs = 0;
  let writes = 0;
  const timed = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const t0 = performance.now();
      try {
        return await fn(...args);
      } finally {
        writeMs += performance.now() - t0;
        writes += 1;
      }
    };
  graph.write = timed(graph.write.bind(graph)) as typeof graph.write;
  graph.writeTx = timed(graph.writeTx.bind(graph)) as typeof graph.writeTx;

  const crawler = new Crawler(graph, {
    fetcher: new PoliteFetcher({ perHostIntervalMs: 0, perHostConcurrency: 2, globalConcurrency: CONCURRENCY, timeoutMs: 30_000 }),
    disableAfter: 5,
    backoffBaseMs: 60_000,
    backoffMaxMs: 3_600_000,
    lockStaleMs: 600_000,
    detailConcurrency: 4,
  });

  const refresh = async (label: string) => {
    writeMs = 0;
    writes = 0;
    const t0 = performance.now();
    const results: CrawlSummary[] = await crawler.crawlAll({ concurrency: CONCURRENCY });
    const wallMs = performance.now() - t0;
    const count = (key: 'new' | 'unchanged' | 'errors') => results.reduce((sum, r) => sum + r[key], 0);
    const failed = results.filter((r) => r.status === 'failed').length;
    const notModified = results.filter((r) => r.status === 'ok' && r.new === 0 && r.fetched === 1).length;
    const figures = {
      label,
      wallMs: Math.round(wallMs),
      sources: results.length,
      failed,
      newItems: count('new'),
      itemsPerSecond: Math.round((count('new') / wallMs) * 1000),
      sourcesPerSecond: Math.round((results.length / wallMs) * 1000),
      notModified,
      neo4jWriteMsSummed: Math.round(writeMs),
      neo4jWrites: writes,
    };
    console.error(`${label}: ${JSON.stringify(figures)}`);
    return figures;
  };

  const first = await refresh('first refresh (all new)');
  const second = await refresh('second refresh (304)');
  const stored = await repos.news.count();

  // The peer: the same 1,000 feeds fetched with plain fetch, same concurrency, nothing parsed or stored.
  const t0 = performance.now();
  let next = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < urls.length; i = next++) bytes += (await (await fetch(urls[i]!)).arrayBuffer()).byteLength;
    }),
  );
  const peerMs = performance.now() - t0;

  writeResults(
    'crawl',
    {
      setup: { hosts: HOSTS, sources: HOSTS * SOURCES_PER_HOST, itemsPerSource: ITEMS, latencyMs: LATENCY_MS, concurrency: CONCURRENCY, perHostConcurrency: 2 },
      first,
      second,
      storedNewsItems: stored,
      peerPlainFetch: { wallMs: Math.round(peerMs), bytes },
      peakRssMiB: mib(Math.max(peakRss, process.memoryUsage().rss)),
    },
    [
      { run: first.label, 'wall ms': first.wallMs, 'new items': first.newItems, 'items/s': first.itemsPerSecond, 'sources/s': first.sourcesPerSecond, 'Neo4j write ms (summed)': first.neo4jWriteMsSummed, failed: first.failed },
      { run: second.label, 'wall ms': second.wallMs, 'new items': second.newItems, 'items/s': second.itemsPerSecond, 'sources/s': second.sourcesPerSecond, 'Neo4j write ms (summed)': second.neo4jWriteMsSummed, failed: second.failed },
      { run: 'peer: plain fetch, no parse/store', 'wall ms': Math.round(peerMs), 'new items': 0, 'items/s': 0, 'sources/s': Math.round((urls.length / peerMs) * 1000), 'Neo4j write ms (summed)': 0, failed: 0 },
    ],
  );
  console.log(`peak RSS of the crawler process: ${mib(peakRss)} MiB; news items stored: ${stored}`);
} finally {
  clearInterval(sampler);
  for (const server of servers) await server.close();
  await graph.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
}
