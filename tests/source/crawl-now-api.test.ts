import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { CrawlService, curatedSourcesFile } from '../../services/source/crawl.js';
import { prepareFirstRun } from '../../server/first-run.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { typed } from '../gql/index.js';
import { buildFeedSource } from '../support/factories/source.js';
import { Client, codeOf, signedInClient } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { listen } from '../support/http.js';

/** "Crawl now" and the source switch for librarians, over real HTTP: each test crawls a feed of its own. */

const CRAWL = typed(`
  mutation CrawlSourceNow($id: ID!) {
    crawlSource(id: $id) {
      sourceId
      skippedBecause
      disabled
      run {
        status
        fetched
        new
        updated
        unchanged
      }
    }
  }
`);

const SWITCH = typed(`
  mutation SourceSwitch($id: ID!, $on: Boolean!, $why: String) {
    setSourceEnabled(id: $id, enabled: $on, reason: $why) {
      id
      enabled
      disabledReason
    }
  }
`);

const REMOVE = typed(`
  mutation SourceRemove($id: ID!) {
    removeSource(id: $id) {
      id
      name
    }
  }
`);

const SOURCE_AUDIT = typed(`
  query SourceAuditLog($id: ID!) {
    auditLog(entityId: $id, first: 10) {
      edges {
        node {
          action
          entityType
          before
          after
          actor {
            displayName
          }
        }
      }
    }
  }
`);

describe('crawl now and source switches for librarians', () => {
  const config = loadConfig({ CRAWL_HOST_INTERVAL_MS: '0', CRAWL_TIMEOUT_MS: '3000', CRAWL_ALLOW_PRIVATE: '127.0.0.0/8' });
  const site = new FixtureServer();
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;
  let librarian: Client;

  beforeAll(async () => {
    graph = testGraph();
    await loadTaxonomy(createRepositories(graph), taxonomyFile(config.projectRoot));
    await site.start();
    const crawl = new CrawlService(graph, config.crawl);
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: '/nonexistent',
      graphiql: false,
      services: { crawl },
    });
    server = await listen(app);
    librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
  });
  afterAll(async () => {
    await server.close();
    await site.close();
    await graph.close();
  });

  const newsCount = async (sourceId: string) =>
    (await graph.read<{ n: number }>('MATCH (n:NewsItem {sourceId: $sourceId}) RETURN count(n) AS n', { sourceId }))[0]!.n;
  const runCount = async (sourceId: string) =>
    (await graph.read<{ n: number }>('MATCH (r:CrawlRun {sourceId: $sourceId}) RETURN count(r) AS n', { sourceId }))[0]!.n;

  it('refuses visitors and readers, and crawls nothing for them', async () => {
    const source = await buildFeedSource(graph, site, { name: '嘉兴创业资讯' });
    const reader = await signedInClient(graph, server.url, 'READER');
    for (const [client, code] of [
      [new Client(server.url), 'UNAUTHENTICATED'],
      [reader, 'FORBIDDEN'],
    ] as const) {
      expect(codeOf(await client.gql(CRAWL, { id: source.id }))).toBe(code);
      expect(codeOf(await client.gql(SWITCH, { id: source.id, on: false, why: 'x' }))).toBe(code);
    }
    expect(await newsCount(source.id)).toBe(0);
    expect(await runCount(source.id)).toBe(0);
  });

  it('crawls a source now and answers its run; a second crawl finds everything unchanged', async () => {
    const source = await buildFeedSource(graph, site, { name: '嘉兴创业资讯' });
    const first = await librarian.gql(CRAWL, { id: source.id });
    expect(first.errors).toBeUndefined();
    // The fixture feed holds two good items and one without a link (recorded, skipped).
    expect(first.data!.crawlSource.run).toMatchObject({ status: 'PARTIAL', new: 2 });
    const added = first.data!.crawlSource.run!.new;
    expect(await newsCount(source.id)).toBe(added);
    const second = await librarian.gql(CRAWL, { id: source.id });
    expect(second.data!.crawlSource.run).toMatchObject({ new: 0, updated: 0 });
    expect(await newsCount(source.id)).toBe(added);
  });

  it('disables and re-enables a source with the reason, keeping what it stored', async () => {
    const source = await buildFeedSource(graph, site, { name: '嘉兴创业资讯' });
    await librarian.gql(CRAWL, { id: source.id });
    const before = await newsCount(source.id);
    const off = await librarian.gql(SWITCH, { id: source.id, on: false, why: '网站改版，待更新规则' });
    expect(off.data).toEqual({ setSourceEnabled: { id: source.id, enabled: false, disabledReason: '网站改版，待更新规则' } });
    expect(await newsCount(source.id)).toBe(before);
    const on = await librarian.gql(SWITCH, { id: source.id, on: true });
    expect(on.data).toEqual({ setSourceEnabled: { id: source.id, enabled: true, disabledReason: null } });

    // Each switch is audited, newest first, with the state before and after and who threw it.
    const entries = (await librarian.gql(SOURCE_AUDIT, { id: source.id })).data!.auditLog.edges.map((e) => e.node);
    expect(entries.map((e) => [e.action, e.entityType])).toEqual([
      ['SOURCE_ENABLED', 'Source'],
      ['SOURCE_DISABLED', 'Source'],
    ]);
    const [enabled, disabled] = entries.map((e) => ({
      ...e,
      before: JSON.parse(e.before!) as unknown,
      after: JSON.parse(e.after!) as unknown,
    }));
    expect(disabled).toMatchObject({ before: { enabled: true }, after: { enabled: false, disabledReason: '网站改版，待更新规则' } });
    expect(enabled).toMatchObject({ before: { enabled: false }, after: { enabled: true, disabledReason: null } });
    expect(disabled?.actor?.displayName).toBeTruthy();
    // A refused switch leaves no entry.
    expect(codeOf(await librarian.gql(SWITCH, { id: 'nope', on: false }))).toBe('NOT_FOUND');
    expect((await librarian.gql(SOURCE_AUDIT, { id: 'nope' })).data!.auditLog.edges).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown source', async () => {
    expect(codeOf(await librarian.gql(CRAWL, { id: 'nope' }))).toBe('NOT_FOUND');
    expect(codeOf(await librarian.gql(SWITCH, { id: 'nope', on: false }))).toBe('NOT_FOUND');
    expect(codeOf(await librarian.gql(REMOVE, { id: 'nope' }))).toBe('NOT_FOUND');
  });

  it('removes a source for a librarian, audited, keeping what it crawled; readers may not', async () => {
    const source = await buildFeedSource(graph, site, { name: '嘉兴待移除资讯' });
    await librarian.gql(CRAWL, { id: source.id });
    const stored = await newsCount(source.id);
    const reader = await signedInClient(graph, server.url, 'READER');
    expect(codeOf(await reader.gql(REMOVE, { id: source.id }))).toBe('FORBIDDEN');
    expect(codeOf(await new Client(server.url).gql(REMOVE, { id: source.id }))).toBe('UNAUTHENTICATED');
    expect((await librarian.gql(REMOVE, { id: source.id })).data).toEqual({ removeSource: { id: source.id, name: '嘉兴待移除资讯' } });
    expect(await graph.read('MATCH (s:Source {id: $id}) RETURN s', { id: source.id })).toEqual([]);
    expect(await runCount(source.id)).toBe(0);
    expect(await newsCount(source.id)).toBe(stored);
    const [audit] = await graph.read<{ role: string; before: string }>(
      "MATCH (a:AuditEntry {action: 'SOURCE_REMOVED', entityId: $id}) RETURN a.actorRole AS role, a.before AS before",
      { id: source.id },
    );
    expect(audit?.role).toBe('LIBRARIAN');
    expect(JSON.parse(audit!.before)).toMatchObject({ id: source.id, name: '嘉兴待移除资讯' });
    expect(codeOf(await librarian.gql(REMOVE, { id: source.id }))).toBe('NOT_FOUND');
  });

  it('a curated source removed over the API is not loaded again by the next start, even before any start offered it', async () => {
    const crawl = new CrawlService(graph, config.crawl);
    // `hechuang sources load` on a graph no start has seen yet: nothing remembers what was offered.
    await graph.write("MATCH (s:SeedState {name: 'curated-sources'}) DELETE s");
    const { created, updated } = await crawl.loadCurated(curatedSourcesFile(config.projectRoot));
    const curated = [...created, ...updated];
    try {
      expect((await librarian.gql(REMOVE, { id: curated[0]! })).errors).toBeUndefined();
      await prepareFirstRun(graph, crawl, config.projectRoot, createLogger({ logLevel: 'silent' }), () => {});
      const ids = new Set((await crawl.listSources()).map((s) => s.id));
      expect(ids.has(curated[0]!)).toBe(false);
      expect(curated.slice(1).every((id) => ids.has(id))).toBe(true);
    } finally {
      await graph.write('MATCH (s:Source) WHERE s.id IN $ids DETACH DELETE s', { ids: curated });
    }
  });
});
