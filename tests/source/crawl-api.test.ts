import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { Crawler } from '../../services/source/crawler.js';
import { PoliteFetcher } from '../../crawlers/fetch/fetcher.js';
import { rss2 } from '../../crawlers/testing/feeds.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { GOV_LIST_PATH, serveGovSite, solar } from '../../crawlers/testing/gov-site.js';
import { JIAXING_RULES, testSource } from '../../crawlers/testing/sources.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { CrawlService } from '../../services/source/crawl.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { Client, codeOf, signedInClient } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { graphql, listen } from '../support/http.js';

/** Crawled policies, news and sources through GraphQL and the Atom feeds, over real HTTP. */

interface PolicyView {
  id: string;
  title: string;
  documentNumber: string | null;
  validity: string | null;
  level: string;
  region: { code: string } | null;
  industries: { code: string }[];
  issuerOrganization: { name: string } | null;
  revisions: { number: number }[];
  attachments: { format: string }[];
  links: { kind: string; direction: string; policy: { documentNumber: string } }[];
  source: { id: string } | null;
}

const POLICY_FIELDS = `id title documentNumber validity level region { code } industries { code } issuerOrganization { name }
  revisions { number } attachments { format } links { kind direction policy { documentNumber } } source { id }`;

describe('crawled content over GraphQL and Atom', () => {
  const config = loadConfig({});
  const site = new FixtureServer();
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    const repos = createRepositories(graph);
    await loadTaxonomy(repos, taxonomyFile(config.projectRoot));
    await graph.write(`CREATE (:Organization {id: 'org-kjc', name: '嘉兴科技城'})`);
    await site.start();
    serveGovSite(site);
    site.set('/rss2.xml', { body: rss2(site.url), contentType: 'application/rss+xml' });
    await repos.sources.upsert([
      testSource('jx-gov', `${site.url}${GOV_LIST_PATH}`, {
        name: '嘉兴市政府 政策文件',
        kind: 'html',
        itemType: 'policy',
        rules: JIAXING_RULES,
      }),
      testSource('jx-news', `${site.url}/rss2.xml`, { name: '嘉兴创业资讯' }),
    ]);
    const crawler = new Crawler(graph, {
      fetcher: new PoliteFetcher({ perHostIntervalMs: 0, timeoutMs: 3_000 }),
      disableAfter: 3,
      backoffBaseMs: 60_000,
      backoffMaxMs: 3_600_000,
      lockStaleMs: 600_000,
      detailConcurrency: 2,
    });
    await crawler.crawlAll();
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
    await site.close();
    await graph.close();
  });

  it('lists the latest policies with filters, paging by cursor', async () => {
    const all = await graphql<{ policies: { edges: { node: PolicyView }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      server.url,
      `{ policies(first: 2) { edges { node { ${POLICY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(all.errors).toBeUndefined();
    const [first, second] = all.data!.policies.edges.map((e) => e.node);
    expect(all.data!.policies.pageInfo.hasNextPage).toBe(true);
    expect(first).toMatchObject({
      title: solar.title,
      documentNumber: '嘉政办发〔2024〕12号',
      validity: 'VALID',
      level: 'CITY',
      region: { code: '330400' },
      issuerOrganization: { name: '嘉兴市人民政府办公室' },
      revisions: [{ number: 1 }],
      source: { id: 'jx-gov' },
      links: [{ kind: 'REPEALS', direction: 'OUT', policy: { documentNumber: '嘉政办发〔2020〕5号' } }],
    });
    expect(first!.attachments.map((a) => a.format).sort()).toEqual(['pdf', 'xlsx']);
    expect(first!.industries.map((i) => i.code)).toContain('jx-new-energy');
    expect(second!.documentNumber).toBe('嘉政发〔2023〕7号');

    const next = await graphql<{ policies: { edges: { node: PolicyView }[]; pageInfo: { hasNextPage: boolean } } }>(
      server.url,
      `
        query ($after: String) {
          policies(first: 2, after: $after) {
            edges {
              node {
                documentNumber
                links {
                  kind
                  direction
                }
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      `,
      { after: all.data!.policies.pageInfo.endCursor },
    );
    expect(next.data!.policies).toEqual({
      edges: [{ node: { documentNumber: '嘉政办发〔2020〕5号', links: [{ kind: 'REPEALS', direction: 'IN' }] } }],
      pageInfo: { hasNextPage: false },
    });

    const filtered = async (filter: Record<string, unknown>) =>
      (
        await graphql<{ policies: { edges: { node: { documentNumber: string } }[] } }>(
          server.url,
          `
            query ($filter: PolicyFilter) {
              policies(filter: $filter) {
                edges {
                  node {
                    documentNumber
                  }
                }
              }
            }
          `,
          { filter },
        )
      ).data!.policies.edges.map((e) => e.node.documentNumber);
    expect(await filtered({ validity: 'REPEALED' })).toEqual(['嘉政办发〔2020〕5号']);
    expect(await filtered({ from: '2023-01-01', to: '2023-12-31' })).toEqual(['嘉政发〔2023〕7号']);
    expect(await filtered({ issuer: '办公室' })).toEqual(['嘉政办发〔2024〕12号', '嘉政办发〔2020〕5号']);
    expect(await filtered({ industry: 'jx-new-energy', validity: 'VALID' })).toEqual(['嘉政办发〔2024〕12号']);
    expect(await filtered({ region: '浙江省', level: 'CITY' })).toHaveLength(3);
    expect(await filtered({ region: '330481' })).toEqual([]);
  });

  it('rejects bad arguments with typed errors', async () => {
    const badDate = await graphql(
      server.url,
      `
        {
          policies(filter: { from: "2024/01/01" }) {
            pageInfo {
              hasNextPage
            }
          }
        }
      `,
    );
    expect(badDate.errors![0]).toMatchObject({ message: 'from must be a date as YYYY-MM-DD', extensions: { code: 'VALIDATION' } });
    const tooMany = await graphql(
      server.url,
      `
        {
          news(first: 1000) {
            pageInfo {
              hasNextPage
            }
          }
        }
      `,
    );
    expect(tooMany.errors![0]!.extensions!.code).toBe('VALIDATION');
    const unknown = await graphql(
      server.url,
      `
        {
          policies(filter: { industry: "jx-nothing" }) {
            pageInfo {
              hasNextPage
            }
          }
        }
      `,
    );
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const cursor = await graphql(
      server.url,
      `
        {
          policies(after: "garbage") {
            pageInfo {
              hasNextPage
            }
          }
        }
      `,
    );
    expect(cursor.errors![0]!.extensions!.code).toBe('VALIDATION');
  });

  it('shows one policy with its revisions, and news with mentions', async () => {
    const list = await graphql<{ policies: { edges: { node: { id: string } }[] } }>(
      server.url,
      `
        {
          policies(first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    const one = await graphql<{ policy: { revisions: { number: number; title: string; validity: string }[] } }>(
      server.url,
      `
        query ($id: ID!) {
          policy(id: $id) {
            revisions {
              number
              title
              validity
            }
          }
        }
      `,
      { id: list.data!.policies.edges[0]!.node.id },
    );
    expect(one.data!.policy.revisions).toEqual([{ number: 1, title: solar.title, validity: 'VALID' }]);
    expect(
      (
        await graphql<{ policy: null }>(
          server.url,
          `
            {
              policy(id: "policy:none") {
                id
              }
            }
          `,
        )
      ).data!.policy,
    ).toBeNull();

    const news = await graphql<{
      news: { edges: { node: { title: string; level: string; mentions: { id: string; kind: string }[]; source: { name: string } } }[] };
    }>(
      server.url,
      `
        {
          news(filter: { industry: "jx-new-energy" }) {
            edges {
              node {
                title
                level
                mentions {
                  id
                  kind
                }
                source {
                  name
                }
              }
            }
          }
        }
      `,
    );
    expect(news.data!.news.edges.map((e) => e.node)).toEqual([
      {
        title: '嘉兴科技城光伏初创企业完成亿元融资',
        level: 'CITY',
        mentions: [{ id: 'org-kjc', kind: 'ORGANIZATION' }],
        source: { name: '嘉兴创业资讯' },
      },
    ]);
  });

  it('reports sources with their health and runs', async () => {
    const result = await graphql<{
      sources: {
        id: string;
        kind: string;
        itemType: string;
        errorCount: number;
        lastCheckedAt: string | null;
        runs: { status: string; new: number }[];
      }[];
    }>(
      server.url,
      `
        {
          sources {
            id
            kind
            itemType
            errorCount
            lastCheckedAt
            runs(limit: 3) {
              status
              new
            }
          }
        }
      `,
    );
    expect(result.data!.sources.map(({ lastCheckedAt, ...rest }) => ({ ...rest, checked: lastCheckedAt !== null }))).toEqual([
      { id: 'jx-gov', kind: 'HTML', itemType: 'POLICY', errorCount: 0, checked: true, runs: [{ status: 'OK', new: 3 }] },
      { id: 'jx-news', kind: 'RSS', itemType: 'NEWS', errorCount: 0, checked: true, runs: [{ status: 'PARTIAL', new: 2 }] },
    ]);
    const runs = await graphql<{ crawlRuns: { sourceId: string; messages: string[] }[] }>(
      server.url,
      `
        {
          crawlRuns(source: "jx-news") {
            sourceId
            messages
          }
        }
      `,
    );
    expect(runs.data!.crawlRuns).toHaveLength(1);
    expect(runs.data!.crawlRuns[0]!.messages[0]).toMatch(/no link/);
  });

  it('serves Atom feeds of new policies per industry and per region', async () => {
    const all = await fetch(`${server.url}/feeds/policies.atom`);
    expect(all.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const xml = await all.text();
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain(`<title>${solar.title}</title>`);
    expect(xml).toContain('<summary>嘉政办发〔2024〕12号 · 嘉兴市人民政府办公室 · 有效</summary>');

    const energy = await (await fetch(`${server.url}/feeds/policies/industry/jx-new-energy.atom`)).text();
    expect(energy).toContain('<title>禾创 · 新能源 最新政策</title>');
    expect(energy.match(/<entry>/g)!.length).toBeGreaterThanOrEqual(1);
    expect(energy).not.toContain('人才创业扶持办法');

    const haining = await (await fetch(`${server.url}/feeds/policies/region/330481.atom`)).text();
    expect(haining).toContain('<title>禾创 · 海宁市 最新政策</title>');
    expect(haining).not.toContain('<entry>');
    const city = await (await fetch(`${server.url}/feeds/policies/region/330400.atom`)).text();
    expect(city.match(/<entry>/g)).toHaveLength(3);

    expect((await fetch(`${server.url}/feeds/policies/industry/jx-nothing.atom`)).status).toBe(404);
  });

  it('serves Atom feeds narrowed by industry and region together, for policies and news', async () => {
    const both = await (
      await fetch(`${server.url}/feeds/policies.atom?industry=jx-new-energy&region=${encodeURIComponent('嘉兴市')}`)
    ).text();
    expect(both).toContain('<title>禾创 · 嘉兴市 · 新能源 最新政策</title>');
    expect(both).toContain(`<title>${solar.title}</title>`);
    expect(both).not.toContain('人才创业扶持办法');
    const elsewhere = await (await fetch(`${server.url}/feeds/policies.atom?industry=jx-new-energy&region=330481`)).text();
    expect(elsewhere).not.toContain('<entry>');

    const news = await fetch(`${server.url}/feeds/news.atom?region=330400`);
    expect(news.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const xml = await news.text();
    expect(xml).toContain('<title>禾创 · 嘉兴市 创业资讯</title>');
    expect(xml).toContain('<title>嘉兴科技城光伏初创企业完成亿元融资</title>');
    expect((await fetch(`${server.url}/feeds/news.atom?industry=jx-nothing`)).status).toBe(404);
    expect((await fetch(`${server.url}/feeds/policies.atom?region=nowhere`)).status).toBe(404);
  });
});

describe('crawl now and source switches for librarians', () => {
  const config = loadConfig({ CRAWL_HOST_INTERVAL_MS: '0', CRAWL_TIMEOUT_MS: '3000' });
  const site = new FixtureServer();
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;
  let librarian: Client;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    const repos = createRepositories(graph);
    await loadTaxonomy(repos, taxonomyFile(config.projectRoot));
    await site.start();
    site.set('/rss2.xml', { body: rss2(site.url), contentType: 'application/rss+xml' });
    await repos.sources.upsert([testSource('jx-news', `${site.url}/rss2.xml`, { name: '嘉兴创业资讯' })]);
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

  const CRAWL =
    'mutation ($id: ID!) { crawlSource(id: $id) { sourceId skippedBecause disabled run { status fetched new updated unchanged } } }';
  const SWITCH =
    'mutation ($id: ID!, $on: Boolean!, $why: String) { setSourceEnabled(id: $id, enabled: $on, reason: $why) { id enabled disabledReason } }';
  const newsCount = async () => (await graph.read<{ n: number }>('MATCH (n:NewsItem) RETURN count(n) AS n'))[0]!.n;

  it('refuses visitors and readers, and crawls nothing for them', async () => {
    const reader = await signedInClient(graph, server.url, 'READER');
    for (const [client, code] of [
      [new Client(server.url), 'UNAUTHENTICATED'],
      [reader, 'FORBIDDEN'],
    ] as const) {
      expect(codeOf(await client.gql(CRAWL, { id: 'jx-news' }))).toBe(code);
      expect(codeOf(await client.gql(SWITCH, { id: 'jx-news', on: false, why: 'x' }))).toBe(code);
    }
    expect(await newsCount()).toBe(0);
    expect(await graph.read('MATCH (r:CrawlRun) RETURN r')).toEqual([]);
  });

  it('crawls a source now and answers its run; a second crawl finds everything unchanged', async () => {
    const first = await librarian.gql<{ crawlSource: { run: { status: string; fetched: number; new: number } } }>(CRAWL, { id: 'jx-news' });
    expect(first.errors).toBeUndefined();
    // The fixture feed holds two good items and one without a link (recorded, skipped).
    expect(first.data!.crawlSource.run).toMatchObject({ status: 'PARTIAL', new: 2 });
    const added = first.data!.crawlSource.run.new;
    expect(await newsCount()).toBe(added);
    const second = await librarian.gql<{ crawlSource: { run: { new: number; updated: number } } }>(CRAWL, { id: 'jx-news' });
    expect(second.data!.crawlSource.run).toMatchObject({ new: 0, updated: 0 });
    expect(await newsCount()).toBe(added);
  });

  it('disables and re-enables a source with the reason, keeping what it stored', async () => {
    const before = await newsCount();
    const off = await librarian.gql(SWITCH, { id: 'jx-news', on: false, why: '网站改版，待更新规则' });
    expect(off.data).toEqual({ setSourceEnabled: { id: 'jx-news', enabled: false, disabledReason: '网站改版，待更新规则' } });
    expect(await newsCount()).toBe(before);
    const on = await librarian.gql(SWITCH, { id: 'jx-news', on: true });
    expect(on.data).toEqual({ setSourceEnabled: { id: 'jx-news', enabled: true, disabledReason: null } });
  });

  it('answers NOT_FOUND for an unknown source', async () => {
    expect(codeOf(await librarian.gql(CRAWL, { id: 'nope' }))).toBe('NOT_FOUND');
    expect(codeOf(await librarian.gql(SWITCH, { id: 'nope', on: false }))).toBe('NOT_FOUND');
  });
});
