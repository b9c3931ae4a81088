import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { rss2 } from '../../crawlers/testing/feeds.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { GOV_LIST_PATH, serveGovSite, solar } from '../../crawlers/testing/gov-site.js';
import { JIAXING_RULES, testSource } from '../../crawlers/testing/sources.js';
import { PoliteFetcher } from '../../crawlers/fetch/fetcher.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { typed } from '../gql/index.js';
import type { PolicyFilter } from '../gql/graphql.js';
import { buildCrawler, saveSources } from '../support/factories/source.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { graphql, listen } from '../support/http.js';

/**
 * Crawled policies, news and sources through GraphQL and the Atom feeds, over real HTTP. The
 * fixture site is crawled once, in beforeAll: no test changes what it stored.
 */

const CRAWLED_POLICIES = typed(`
  query CrawledPolicies($first: Int, $after: String) {
    policies(first: $first, after: $after) {
      edges {
        node {
        id
        title
        documentNumber
        validity
        level
        region {
          code
        }
        industries {
          code
        }
        issuerOrganization {
          name
        }
        revisions {
          number
        }
        attachments {
          format
        }
        links {
          kind
          direction
          policy {
            documentNumber
          }
        }
        source {
          id
        }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CRAWLED_POLICIES_NEXT = typed(`
  query CrawledPoliciesNext($after: String) {
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
`);

const CRAWLED_POLICIES_FILTERED = typed(`
  query CrawledPoliciesFiltered($filter: PolicyFilter) {
    policies(filter: $filter) {
      edges {
        node {
          documentNumber
        }
      }
    }
  }
`);

const CRAWLED_POLICY = typed(`
  query CrawledPolicy($id: ID!) {
    policy(id: $id) {
      id
      revisions {
        number
        title
        validity
      }
    }
  }
`);

const CRAWLED_NEWS = typed(`
  query CrawledNews($filter: NewsFilter) {
    news(filter: $filter) {
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
`);

const SOURCE_HEALTH = typed(`
  query SourceHealthList {
    sources {
      edges {
        node {
          id
          kind
          itemType
          errorCount
          lastCheckedAt
          runs(first: 3) {
            edges {
              node {
                status
                new
              }
            }
          }
        }
      }
    }
  }
`);

const CRAWL_RUNS_OF = typed(`
  query CrawlRunsOfSource($source: ID) {
    crawlRuns(source: $source) {
      edges {
        node {
          sourceId
          messages
        }
      }
    }
  }
`);

describe('crawled content over GraphQL and Atom', () => {
  const config = loadConfig({});
  const site = new FixtureServer();
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    await loadTaxonomy(createRepositories(graph), taxonomyFile(config.projectRoot));
    await graph.write(`CREATE (:Organization {id: 'org-kjc', name: '嘉兴科技城'})`);
    await site.start();
    serveGovSite(site);
    site.set('/rss2.xml', { body: rss2(site.url), contentType: 'application/rss+xml' });
    await saveSources(graph, [
      testSource('jx-gov', `${site.url}${GOV_LIST_PATH}`, {
        name: '嘉兴市政府 政策文件',
        kind: 'html',
        itemType: 'policy',
        rules: JIAXING_RULES,
      }),
      testSource('jx-news', `${site.url}/rss2.xml`, { name: '嘉兴创业资讯' }),
    ]);
    const crawler = buildCrawler(graph, {
      fetcher: new PoliteFetcher({ perHostIntervalMs: 0, timeoutMs: 3_000, allowPrivate: ['127.0.0.0/8'] }),
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
    const all = await graphql(server.url, CRAWLED_POLICIES, { first: 2 });
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

    const next = await graphql(server.url, CRAWLED_POLICIES_NEXT, { after: all.data!.policies.pageInfo.endCursor });
    expect(next.data!.policies).toEqual({
      edges: [{ node: { documentNumber: '嘉政办发〔2020〕5号', links: [{ kind: 'REPEALS', direction: 'IN' }] } }],
      pageInfo: { hasNextPage: false },
    });

    const filtered = async (filter: PolicyFilter) =>
      (await graphql(server.url, CRAWLED_POLICIES_FILTERED, { filter })).data!.policies.edges.map((e) => e.node.documentNumber);
    expect(await filtered({ validity: 'REPEALED' })).toEqual(['嘉政办发〔2020〕5号']);
    expect(await filtered({ from: '2023-01-01', to: '2023-12-31' })).toEqual(['嘉政发〔2023〕7号']);
    expect(await filtered({ issuer: '办公室' })).toEqual(['嘉政办发〔2024〕12号', '嘉政办发〔2020〕5号']);
    expect(await filtered({ industry: 'jx-new-energy', validity: 'VALID' })).toEqual(['嘉政办发〔2024〕12号']);
    expect(await filtered({ region: '浙江省', level: 'CITY' })).toHaveLength(3);
    expect(await filtered({ region: '330481' })).toEqual([]);
  });

  // Deliberately invalid arguments: untyped documents.
  it('rejects bad arguments with typed errors', async () => {
    const badDate = await graphql(server.url, '{ policies(filter: { from: "2024/01/01" }) { pageInfo { hasNextPage } } }');
    expect(badDate.errors![0]).toMatchObject({ message: 'from must be a date as YYYY-MM-DD', extensions: { code: 'VALIDATION' } });
    const tooMany = await graphql(server.url, '{ news(first: 1000) { pageInfo { hasNextPage } } }');
    expect(tooMany.errors![0]!.extensions!.code).toBe('VALIDATION');
    const unknown = await graphql(server.url, '{ policies(filter: { industry: "jx-nothing" }) { pageInfo { hasNextPage } } }');
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const cursor = await graphql(server.url, '{ policies(after: "garbage") { pageInfo { hasNextPage } } }');
    expect(cursor.errors![0]!.extensions!.code).toBe('VALIDATION');
  });

  it('shows one policy with its revisions, and news with mentions', async () => {
    const list = await graphql(server.url, CRAWLED_POLICIES, { first: 1 });
    const one = await graphql(server.url, CRAWLED_POLICY, { id: list.data!.policies.edges[0]!.node.id });
    expect(one.data!.policy!.revisions).toEqual([{ number: 1, title: solar.title, validity: 'VALID' }]);
    expect((await graphql(server.url, CRAWLED_POLICY, { id: 'policy:none' })).data!.policy).toBeNull();

    const news = await graphql(server.url, CRAWLED_NEWS, { filter: { industry: 'jx-new-energy' } });
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
    const result = await graphql(server.url, SOURCE_HEALTH);
    expect(result.errors).toBeUndefined();
    const sources = result.data!.sources.edges.map(({ node: { lastCheckedAt, runs, ...rest } }) => ({
      ...rest,
      checked: lastCheckedAt !== null,
      runs: runs.edges.map((e) => e.node),
    }));
    expect(sources).toEqual([
      { id: 'jx-gov', kind: 'HTML', itemType: 'POLICY', errorCount: 0, checked: true, runs: [{ status: 'OK', new: 3 }] },
      { id: 'jx-news', kind: 'RSS', itemType: 'NEWS', errorCount: 0, checked: true, runs: [{ status: 'PARTIAL', new: 2 }] },
    ]);
    const runs = await graphql(server.url, CRAWL_RUNS_OF, { source: 'jx-news' });
    expect(runs.data!.crawlRuns.edges).toHaveLength(1);
    expect(runs.data!.crawlRuns.edges[0]!.node.messages[0]).toMatch(/no link/);
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
