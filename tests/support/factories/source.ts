import { randomUUID } from 'node:crypto';
import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import type { SourceState } from '../../../domain/source/health.js';
import type { CrawlCounts, CrawlRunRecord, SourceInput, SourceRecord } from '../../../domain/source/model.js';
import { PoliteFetcher, type FetcherOptions } from '../../../crawlers/fetch/fetcher.js';
import { rss2 } from '../../../crawlers/testing/feeds.js';
import type { FixtureServer } from '../../../crawlers/testing/fixture-server.js';
import { testSource } from '../../../crawlers/testing/sources.js';
import { Crawler, type CrawlerOptions } from '../../../services/source/crawler.js';

/**
 * Sources and crawl runs for tests, in the manner of Outline's `buildUser()`: each call creates
 * its own record through the repositories, with a unique id and sensible defaults, and returns it.
 */

export const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Saves these definitions as they are (fixed ids, for tests that reset the graph first); returns the new ids. */
export function saveSources(graph: Graph, sources: SourceInput[]): Promise<string[]> {
  return graph.writeTx((tx) => createRepositories(graph).sources.upsert(tx, sources));
}

/** A source (a news feed unless told otherwise); `health` sets its state as a crawl would have left it. */
export async function buildSource(
  graph: Graph,
  overrides: Partial<SourceInput> = {},
  health: Partial<SourceState> = {},
): Promise<SourceRecord> {
  const id = overrides.id ?? uniqueId('source');
  const repos = createRepositories(graph);
  await graph.writeTx(async (tx) => {
    await repos.sources.upsert(tx, [testSource(id, overrides.url ?? `https://example.org/${id}/feed.xml`, { ...overrides, id })]);
    if (Object.keys(health).length > 0) {
      const current = (await repos.sources.getForUpdate(tx, id))!;
      await repos.sources.saveHealth(tx, id, { ...current, ...health });
    }
  });
  return (await repos.sources.get(id))!;
}

/**
 * A news feed of its own on the fixture site (the RSS 2.0 fixture: two stories and one item
 * without a link), under a unique path so its stories are nobody else's, and the source that reads it.
 */
export async function buildFeedSource(graph: Graph, site: FixtureServer, overrides: Partial<SourceInput> = {}): Promise<SourceRecord> {
  const id = overrides.id ?? uniqueId('feed');
  site.set(`/${id}/rss2.xml`, { body: rss2(`${site.url}/${id}`), contentType: 'application/rss+xml' });
  return buildSource(graph, { url: `${site.url}/${id}/rss2.xml`, ...overrides, id });
}

/** A finished run of `sourceId`, started at `startedAt`. */
export async function buildCrawlRun(
  graph: Graph,
  sourceId: string,
  options: { startedAt: Date; status?: CrawlRunRecord['status']; counts?: Partial<CrawlCounts>; messages?: string[] },
): Promise<CrawlRunRecord> {
  const repos = createRepositories(graph);
  const id = `run:${options.startedAt.toISOString()}:${sourceId}:${randomUUID().slice(0, 8)}`;
  const counts = { fetched: 1, new: 0, updated: 0, unchanged: 0, errors: 0, ...options.counts };
  await graph.writeTx(async (tx) => {
    await repos.crawlRuns.start(tx, { id, sourceId, startedAt: options.startedAt });
    await repos.crawlRuns.finish(tx, id, {
      status: options.status ?? 'ok',
      counts,
      messages: options.messages ?? [],
      finishedAt: new Date(options.startedAt.getTime() + 1_000),
    });
  });
  return (await repos.crawlRuns.get(id))!;
}

/** Fetcher options for loopback crawls: short timeouts and retries, no spacing between requests. */
export const FAST_FETCHER = {
  timeoutMs: 1_000,
  retries: 1,
  retryBaseMs: 5,
  perHostIntervalMs: 0,
  maxRetryAfterMs: 1_500,
  maxBodyBytes: 256 * 1024,
  // The fixture sites are on loopback, which the crawler refuses unless allowed.
  allowPrivate: ['127.0.0.0/8'],
} satisfies Partial<FetcherOptions>;

/** A crawler as the service builds one, with test-sized limits; `overrides` replace any option. */
export function buildCrawler(graph: Graph, overrides: Partial<CrawlerOptions> = {}): Crawler {
  return new Crawler(graph, {
    fetcher: new PoliteFetcher(FAST_FETCHER),
    disableAfter: 3,
    backoffBaseMs: 60_000,
    backoffMaxMs: 3_600_000,
    lockStaleMs: 600_000,
    detailConcurrency: 3,
    ...overrides,
  });
}
