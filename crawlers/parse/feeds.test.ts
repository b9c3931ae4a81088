import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PoliteFetcher } from '../fetch/fetcher.js';
import { brokenFeeds, FEED_URL } from '../testing/broken-feeds.js';
import { FixtureServer } from '../testing/fixture-server.js';
import { entityExpansionSize } from './feed-repair.js';
import { parseFeed } from './feeds.js';
import { decodeBody } from '../fetch/charset.js';

/** Broken real-shaped feeds read as a tolerant reader reads them, over real HTTP on loopback. */

describe('parseFeed on broken real-shaped feeds', () => {
  const site = new FixtureServer();
  beforeAll(() => site.start());
  afterAll(() => site.close());
  const fetcher = new PoliteFetcher({
    userAgent: 'HechuangBot/test',
    timeoutMs: 2_000,
    retries: 0,
    retryBaseMs: 5,
    perHostIntervalMs: 0,
    maxRetryAfterMs: 100,
    maxBodyBytes: 1024 * 1024,
    // The corpus is served on loopback, which the crawler refuses unless allowed.
    allowPrivate: ['127.0.0.1'],
  });

  it.each(brokenFeeds.map((feed) => [feed.name, feed] as const))('%s', async (name, feed) => {
    site.set(`/${name}.xml`, {
      handler: (_req, res) => res.writeHead(200, feed.contentType ? { 'content-type': feed.contentType } : {}).end(feed.body),
    });
    const fetched = await fetcher.fetch({ url: `${site.url}/${name}.xml` });
    if (fetched.status !== 'ok') throw new Error('expected a body');
    const parsed = await parseFeed(fetched.text, FEED_URL, fetched.contentType);
    expect(parsed.items.map((item) => ({ title: item.title, url: item.url }))).toEqual(feed.expected);
  });

  it('keeps the other items when one item throws inside the parser', async () => {
    const xhtml = brokenFeeds.find((feed) => feed.name === 'atom-xhtml-title')!;
    const text = decodeBody(xhtml.body, xhtml.contentType).text.replace(
      '<link href="https://news.example.cn/b/1.html"/>',
      '<link href="http://[::1"/>',
    );
    const parsed = await parseFeed(text, FEED_URL, null);
    expect(parsed.items.map((item) => item.title)).toEqual(['平湖市新材料产业园开园']);
    expect(parsed.itemErrors).toEqual([expect.stringMatching(/^item 1: /)]);
  });

  it('refuses a feed whose DOCTYPE entities would expand into gigabytes, before parsing it', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'哈'.repeat(9_000)}">]><rss version="2.0"><channel><title>t</title>${'<item><title>&a;&a;&a;&a;</title><link>https://x.cn/1</link></item>'.repeat(200)}</channel></rss>`;
    expect(entityExpansionSize(bomb)).toBe(9_000 * 800);
    await expect(parseFeed(bomb, FEED_URL, null)).rejects.toThrow(/entities expand too far/);
  });
});
