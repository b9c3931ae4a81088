import { FixtureServer } from '../../crawlers/testing/fixture-server.js';

/**
 * The benchmark's loopback sites, in their own process so that the crawler's peak RSS is
 * measured alone: `HOSTS` servers on 127.0.0.2…, each serving `SOURCES_PER_HOST` RSS feeds
 * of `ITEMS` items with `LATENCY_MS` delay, and `WARM_PER_HOST` other feeds for a warm-up. Prints the feed URLs as one JSON line, then
 * serves until stdin closes.
 */

const [hosts, sourcesPerHost, items, latencyMs, warmPerHost = 0] = process.argv.slice(2).map(Number) as [
  number,
  number,
  number,
  number,
  number?,
];

function feed(base: string, host: number, source: number, folder = 'news'): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const n = `${host}-${source}-${i}`;
    return `<item><title>嘉兴创业资讯 ${n}：初创企业完成融资，布局光伏储能与集成电路</title>
<link>${base}/${folder}/${source}/${i}.html</link><guid>${base}/${folder}/${source}/${i}.html</guid>
<pubDate>${new Date(Date.UTC(2024, 0, 1 + i)).toUTCString()}</pubDate>
<description><![CDATA[<p>第 ${n} 条：创客空间入驻团队发布新产品，数字经济与智能制造方向。</p>]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>源 ${host}-${source}</title><link>${base}/</link>
<description>bench</description>${entries.join('\n')}</channel></rss>`;
}

const servers: FixtureServer[] = [];
const urls: string[] = [];
const warm: string[] = [];
for (let h = 0; h < hosts; h += 1) {
  const server = await new FixtureServer(`127.0.0.${h + 2}`).start();
  server.robots = 'User-agent: *\nDisallow:\n';
  for (let s = 0; s < sourcesPerHost; s += 1) {
    server.set(`/feed/${s}.xml`, { body: feed(server.url, h, s), contentType: 'application/rss+xml', delayMs: latencyMs });
    urls.push(`${server.url}/feed/${s}.xml`);
  }
  for (let s = 0; s < warmPerHost; s += 1) {
    server.set(`/warm/${s}.xml`, { body: feed(server.url, h, s, 'warm-news'), contentType: 'application/rss+xml', delayMs: latencyMs });
    warm.push(`${server.url}/warm/${s}.xml`);
  }
  servers.push(server);
}
process.stdout.write(`${JSON.stringify({ urls, warm })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void Promise.all(servers.map((server) => server.close())).then(() => process.exit(0));
});
