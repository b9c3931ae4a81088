import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { createLogger } from '../../server/logger.js';
import { typed } from '../gql/index.js';
import { buildCrawlRun, buildSource, uniqueId } from '../support/factories/source.js';
import { testGraph } from '../support/graph.js';
import { graphql, listen } from '../support/http.js';

/** Sources and their runs as connections: pages, cursors and the page-size rule. */

const SOURCE_PAGE = typed(`
  query SourcePage($first: Int, $after: String, $enabled: Boolean) {
    sources(first: $first, after: $after, enabled: $enabled) {
      edges {
        cursor
        node {
          id
          enabled
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const SOURCE_RUNS = typed(`
  query SourceRunsPage($id: ID!, $first: Int) {
    source(id: $id) {
      runs(first: $first) {
        edges {
          node {
            id
            status
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const CRAWL_RUN_PAGE = typed(`
  query CrawlRunPage($source: ID, $first: Int, $after: String) {
    crawlRuns(source: $source, first: $first, after: $after) {
      edges {
        node {
          id
          startedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('sources and crawl runs as connections', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    graph = testGraph();
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: '/nonexistent',
      graphiql: false,
    });
    server = await listen(app);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  /** Three runs of a new source, an hour apart, latest last. */
  const sourceWithRuns = async () => {
    const source = await buildSource(graph);
    const runs = [];
    for (const hour of [1, 2, 3]) runs.push(await buildCrawlRun(graph, source.id, { startedAt: new Date(Date.UTC(2026, 0, 1, hour)) }));
    return { source, runs: runs.reverse() };
  };

  it('pages through the sources by id, every one once, with the total', async () => {
    const prefix = uniqueId('page');
    const mine = [];
    for (const n of [1, 2, 3]) mine.push((await buildSource(graph, { id: `${prefix}-${n}` })).id);
    const pageAfter = (cursor: string | null) => graphql(server.url, SOURCE_PAGE, { first: 2, after: cursor });
    const seen: string[] = [];
    let after: string | null = null;
    let total: number | null | undefined;
    for (let page = 0; page < 1000; page += 1) {
      const reply = await pageAfter(after);
      expect(reply.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = reply.data!.sources;
      expect(edges.length).toBeLessThanOrEqual(2);
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      total = totalCount;
      seen.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => id.startsWith(prefix))).toEqual(mine);
    expect(total).toBe(seen.length);
  });

  it('filters the sources by enabled state', async () => {
    const off = await buildSource(graph, { enabled: false });
    const on = await buildSource(graph);
    const ids = async (enabled: boolean) =>
      (await graphql(server.url, SOURCE_PAGE, { first: 100, enabled })).data!.sources.edges.map((e) => e.node.id);
    expect(await ids(false)).toContain(off.id);
    expect(await ids(false)).not.toContain(on.id);
    expect(await ids(true)).toContain(on.id);
  });

  it('pages a source’s runs latest first, and goes on from a source’s recent runs', async () => {
    const { source, runs } = await sourceWithRuns();
    const page = async (first: number, after: string | null) =>
      (await graphql(server.url, CRAWL_RUN_PAGE, { source: source.id, first, after })).data!.crawlRuns;
    const one = await page(2, null);
    expect(one.edges.map((e) => e.node.id)).toEqual([runs[0]!.id, runs[1]!.id]);
    expect(Date.parse(one.edges[0]!.node.startedAt)).toBe(Date.UTC(2026, 0, 1, 3));
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page(2, one.pageInfo.endCursor);
    expect(two.edges.map((e) => e.node.id)).toEqual([runs[2]!.id]);
    expect(two.pageInfo.hasNextPage).toBe(false);

    const recent = (await graphql(server.url, SOURCE_RUNS, { id: source.id, first: 2 })).data!.source!.runs;
    expect(recent.edges.map((e) => e.node.id)).toEqual([runs[0]!.id, runs[1]!.id]);
    expect(recent.pageInfo.hasNextPage).toBe(true);
    expect((await page(5, recent.pageInfo.endCursor)).edges.map((e) => e.node.id)).toEqual([runs[2]!.id]);
    const all = (await graphql(server.url, SOURCE_RUNS, { id: source.id })).data!.source!.runs;
    expect(all.edges).toHaveLength(3);
    expect(all.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page size outside 1–100 and a cursor it did not hand out', async () => {
    const { source } = await sourceWithRuns();
    const code = (reply: { errors?: { extensions?: { code?: string } }[] }) => reply.errors?.[0]?.extensions?.code;
    expect(code(await graphql(server.url, CRAWL_RUN_PAGE, { first: 101 }))).toBe('VALIDATION');
    expect(code(await graphql(server.url, SOURCE_PAGE, { first: 0 }))).toBe('VALIDATION');
    expect(code(await graphql(server.url, SOURCE_RUNS, { id: source.id, first: 101 }))).toBe('VALIDATION');
    // Literal garbage cursors: untyped documents.
    expect(code(await graphql(server.url, '{ crawlRuns(after: "garbage") { pageInfo { hasNextPage } } }'))).toBe('VALIDATION');
    expect(code(await graphql(server.url, '{ sources(after: "garbage") { pageInfo { hasNextPage } } }'))).toBe('VALIDATION');
  });
});
