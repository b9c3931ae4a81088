import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { rss2 } from '../../crawlers/testing/feeds.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import type { CrawlRunRecord } from '../../domain/source/model.js';
import { buildCrawler, buildSource, uniqueId } from '../support/factories/source.js';
import { spawnCli } from '../support/cli.js';
import { testGraph, testNeo4j } from '../support/graph.js';

/** A real `hechuang crawl` stopped mid-crawl (SIGTERM, then kill -9) against a feed that never answers. */

const PROCESSES = 120_000;

async function until<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('crawl leases', () => {
  let graph: Graph;
  let env: Record<string, string>;
  const site = new FixtureServer();
  const stalled = new Set<() => void>();

  beforeAll(async () => {
    graph = testGraph();
    await site.start();
    const { uri, user, password } = testNeo4j();
    env = {
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      CRAWL_HOST_INTERVAL_MS: '0',
      CRAWL_TIMEOUT_MS: '100000',
      CRAWL_LEASE_MS: '1500',
      // The stalling feed is on loopback, which the crawler refuses unless allowed.
      CRAWL_ALLOW_PRIVATE: '127.0.0.0/8',
    };
  });
  afterAll(async () => {
    await site.close();
    await graph.close();
  });

  const runs = async (sourceId: string): Promise<CrawlRunRecord[]> =>
    (await createRepositories(graph).crawlRuns.page({ sourceId }, 10)).items;
  const lockedAt = async (sourceId: string) =>
    (await graph.read<{ at: string | null }>('MATCH (s:Source {id: $id}) RETURN toString(s.runLockedAt) AS at', { id: sourceId }))[0]?.at ??
    null;

  /** A source whose feed never answers, and a real CLI process crawling it, once its run is recorded. */
  async function crawlStuck() {
    const id = uniqueId('stuck');
    site.set(`/${id}/feed.xml`, { handler: (_req, res) => stalled.add(() => res.destroy()) });
    const source = await buildSource(graph, { id, url: `${site.url}/${id}/feed.xml` });
    const child = spawnCli(['crawl', '--source', id], env);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await until(async () => site.hitCount(`/${id}/feed.xml`) > 0 && (await runs(id))[0]?.status === 'running', 'the run to start');
    return { source, child, exited };
  }

  it('SIGTERM ends the run as failed with the reason and frees the source at once', { timeout: PROCESSES }, async () => {
    const { source, child, exited } = await crawlStuck();
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    const [run] = await runs(source.id);
    expect(run).toMatchObject({ status: 'failed' });
    expect(run!.messages.join('\n')).toMatch(/interrupted: hechuang crawl was stopped \(SIGTERM\)/);
    expect(await lockedAt(source.id)).toBeNull();
    // A crawler with a lease of ten minutes goes ahead: nothing holds the source any more.
    site.set(`/${source.id}/feed.xml`, { body: rss2(`${site.url}/${source.id}`), contentType: 'application/rss+xml' });
    expect(await buildCrawler(graph, { lockStaleMs: 600_000 }).crawlSource(source.id, { force: true })).toMatchObject({
      status: 'partial',
      new: 2,
    });
  });

  it(
    'a heartbeat keeps a live run locked; after kill -9 the lock lapses within a lease and the dead run is marked failed',
    { timeout: PROCESSES },
    async () => {
      const { source, child, exited } = await crawlStuck();
      const first = await until(() => lockedAt(source.id), 'the lock');
      await until(async () => ((await lockedAt(source.id)) ?? first) > first && true, 'a heartbeat');
      const sameLease = buildCrawler(graph, { lockStaleMs: 1_500 });
      expect(await sameLease.crawlSource(source.id, { force: true })).toMatchObject({ status: 'skipped' });

      child.kill('SIGKILL');
      await exited;
      expect((await runs(source.id))[0]).toMatchObject({ status: 'running' });
      site.set(`/${source.id}/feed.xml`, { body: rss2(`${site.url}/${source.id}`), contentType: 'application/rss+xml' });
      const taken = await until(async () => {
        const summary = await sameLease.crawlSource(source.id, { force: true });
        return summary.status !== 'skipped' && summary;
      }, 'the dead lease to lapse');
      expect(taken).toMatchObject({ status: 'partial', new: 2 });
      const [latest, dead] = await runs(source.id);
      expect(latest).toMatchObject({ id: taken.runId, status: 'partial' });
      expect(dead).toMatchObject({ status: 'failed' });
      expect(dead!.messages.join('\n')).toMatch(/its lease expired/);
      for (const release of stalled) release();
    },
  );
});
