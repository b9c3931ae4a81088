import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { buildLibrarian, buildTopicLibrary, topicService, topicWith } from '../support/factories/topic.js';
import { buildPolicy } from '../support/factories/policy.js';
import { buildNewsItem } from '../support/factories/news.js';
import { buildLink, buildOrganization, loadReferenceData } from '../support/factories/entity.js';
import { graphql, listen } from '../support/http.js';
import { typed } from '../gql/index.js';

/**
 * An industry's library end to end: fixture topics filed under a sub-industry of 新材料, its
 * policies, news and organisations, read through `industryLibrary` over real HTTP, the county
 * view in a constant number of queries, its Atom feed and its export.
 */

// Two requests, not one: each library field is its own query, and fewer at once is kinder to a busy machine.
const OVERVIEW = typed(`
  query LibraryOverview($code: ID!) {
    industryLibrary(code: $code) {
      industry {
        name
      }
      counts {
        documents
        topics
        policiesInForce
        news
        organizations
      }
      topics {
        totalCount
        edges {
          node {
            id
            trend {
              year
              count
            }
          }
        }
      }
      policies {
        edges {
          node {
            id
          }
        }
      }
      news {
        edges {
          node {
            id
          }
        }
      }
      organizations {
        edges {
          node {
            id
          }
        }
      }
      graph(limit: 30) {
        nodes {
          id
        }
      }
      feedUrl
    }
  }
`);

const LIBRARY = typed(`
  query LibraryDocumentsOfIndustry($code: ID!, $filter: LibraryDocumentFilter, $query: String!) {
    industryLibrary(code: $code) {
      documents(first: 50, filter: $filter) {
        totalCount
        edges {
          node {
            id
            year
          }
        }
      }
      searchDocuments(query: $query, filter: $filter) {
        totalCount
        exportUrl(format: CSV)
      }
      facets {
        years {
          value
        }
        journals {
          count
        }
        topics {
          topic {
            id
          }
          count
        }
      }
      exportUrl(format: RIS, filter: $filter)
    }
  }
`);

const COUNTIES = typed(`
  query LibraryCounties {
    regions(level: COUNTY) {
      code
      name
      signatureIndustries {
        code
        name
        library {
          counts {
            documents
            policiesInForce
            news
          }
        }
      }
    }
  }
`);

const HOT = typed(`
  query LibraryHotTopics($code: ID!, $window: HotTopicWindow) {
    industryLibrary(code: $code) {
      hotTopics(window: $window) {
        term
        count
        score
        mentions {
          kind
          id
        }
      }
    }
    hotTopics(window: $window, limit: 5) {
      term
    }
  }
`);

const SECTIONS = typed(`
  query LibrarySections($code: ID!, $limit: Int!) {
    industryLibrary(code: $code) {
      industry {
        code
      }
      counts {
        topics
        topicsInReview
      }
      facets(limit: $limit) {
        years {
          value
        }
      }
      topics {
        totalCount
      }
    }
  }
`);

const UNKNOWN = typed(`
  query LibraryUnknown {
    industryLibrary(code: "jx-nothing") {
      feedUrl
    }
  }
`);

describe('industry libraries over GraphQL', () => {
  const config = loadConfig({});
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;
  let materials: string;
  let medicine: string;
  const ids: Record<string, string> & { burst?: string[] } = {};

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    await loadReferenceData(graph);
    const topics = await buildTopicLibrary(graph, { perTheme: 8 });
    materials = topicWith(topics, '碳纤维').id;
    medicine = topicWith(topics, '高血压').id;
    const librarian = buildLibrarian();
    // Filed under a sub-industry: the parent's library holds it too.
    await topicService(graph).map(librarian, materials, 'jx-tongxiang-glass-fiber');
    await topicService(graph).map(librarian, medicine, 'jx-life-health');
    await graph.write(
      `MATCH (d:Document) SET d.importedAt = datetime('2026-11-01T00:00:00Z') + duration({minutes: toInteger(split(d.id, '-')[1])}),
         d.journal = CASE WHEN d.year % 2 = 0 THEN '复合材料学报' ELSE '材料导报' END, d.authors = ['王明', '李华'], d.type = 'article'`,
    );
    // A document no topic maps, filed by a librarian under a sub-industry: it is in the parent's library too.
    await graph.writeTx((tx) =>
      createRepositories(graph).industryFilings.setLibrarianFilings(tx, 'stray-0', ['jx-frontier-materials'], 'librarian@test'),
    );
    ids.inForce = (
      await buildPolicy(graph, { title: '新材料产业扶持办法', publishedDate: '2026-10-01', industryCodes: ['jx-new-materials'] })
    ).id;
    ids.repealed = (await buildPolicy(graph, { title: '旧办法', validity: '废止', industryCodes: ['jx-new-materials'] })).id;
    ids.news = (
      await buildNewsItem(graph, {
        title: '桐乡玻纤新项目投产',
        publishedAt: '2026-11-20T08:00:00+08:00',
        industryCodes: ['jx-tongxiang-glass-fiber'],
      })
    ).id;
    // A steady word all year (光伏, monthly) and a burst in the last week (钙钛矿, five times, never before).
    for (let month = 1; month <= 11; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-10T08:00:00+08:00`;
      await buildNewsItem(graph, { title: `光伏组件出口月报 第${month}期`, publishedAt: day, industryCodes: ['jx-new-materials'] });
    }
    ids.burst = [];
    for (let day = 25; day <= 29; day++) {
      const at = `2026-11-${day}T09:00:00+08:00`;
      const item = await buildNewsItem(graph, {
        title: `钙钛矿电池量产进展 ${day}日`,
        publishedAt: at,
        industryCodes: ['jx-new-materials'],
      });
      ids.burst.push(item.id);
    }
    const organization = await buildOrganization(graph);
    await buildLink(graph, organization.id, 'IN_INDUSTRY', 'jx-new-materials');
    ids.organization = organization.id;
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'error' }),
      serviceVersion: 'test',
      webDist: path.join(config.projectRoot, 'web', 'dist'),
      graphiql: false,
      services: { clock: () => new Date('2026-11-30T04:00:00Z') },
    });
    server = await listen(app);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it("gathers a parent industry's library from its sub-industries: topics, documents, policies in force, news, organisations", async () => {
    const overview = await graphql(server.url, OVERVIEW, { code: 'jx-new-materials' });
    expect(overview.errors).toBeUndefined();
    const library = overview.data!.industryLibrary!;
    expect(library.industry.name).toBe('新材料');
    expect(library.topics!.edges.map((e) => e.node.id)).toEqual([materials]);
    expect(library.topics!.edges[0]!.node.trend.length).toBeGreaterThan(0);
    expect(library.counts).toEqual({ documents: 9, topics: 1, policiesInForce: 1, news: 17, organizations: 1 });
    expect(library.policies!.edges.map((e) => e.node.id)).toEqual([ids.inForce]);
    expect(library.news!.edges[0]!.node.id).toBe(ids.burst![4]);
    expect(library.organizations!.edges.map((e) => e.node.id)).toEqual([ids.organization]);
    const keys = library.graph!.nodes.map((n) => n.id);
    expect(keys).toEqual(expect.arrayContaining(['jx-new-materials', ids.inForce, ids.organization]));
    expect(library.feedUrl).toBe('/feeds/industries/jx-new-materials.atom');

    const { data, errors } = await graphql(server.url, LIBRARY, { code: 'jx-new-materials', query: '碳纤维' });
    expect(errors).toBeUndefined();
    const documents = data!.industryLibrary!;
    expect(documents.documents!.totalCount).toBe(9);
    expect(documents.documents!.edges.map((e) => e.node.id).filter((id) => !id.startsWith('materials-'))).toEqual(['stray-0']);
    expect(documents.searchDocuments!.totalCount).toBe(8);
    expect(documents.facets!.topics).toEqual([{ topic: { id: materials }, count: 8 }]);
    expect(documents.facets!.years.map((y) => y.value)).toEqual(['2021', '2020', '2019', '2018']);
    expect(documents.facets!.journals.map((j) => j.count).reduce((a, b) => a + b, 0)).toBe(9);
  });

  it('filters inside the library by year, journal and topic, and the export keeps the filters', async () => {
    const filter = { year: 2018, topic: materials };
    const { data } = await graphql(server.url, LIBRARY, { code: 'jx-new-materials', query: '碳纤维', filter });
    const library = data!.industryLibrary!;
    expect(library.documents!.edges.length).toBeGreaterThan(0);
    expect(library.documents!.edges.every((e) => e.node.year === 2018)).toBe(true);
    expect(library.searchDocuments!.totalCount).toBe(library.documents!.totalCount);
    expect(library.exportUrl).toBe(`/export/documents.ris?industry=jx-new-materials&year=2018&topic=${materials}`);
    const ris = await (await fetch(`${server.url}${library.exportUrl}`)).text();
    expect(ris.match(/^TY {2}-/gm)).toHaveLength(library.documents!.totalCount);
    expect(ris.match(/^PY {2}- (\d+)/gm)!.every((line) => line.endsWith('2018'))).toBe(true);
    const csv = await (await fetch(`${server.url}${library.searchDocuments!.exportUrl}`)).text();
    expect(csv.trim().split('\n')).toHaveLength(library.documents!.totalCount + 1);
    // Another industry's topic inside this library holds nothing.
    const other = await graphql(server.url, LIBRARY, { code: 'jx-new-materials', query: '高血压', filter: { topic: medicine } });
    expect(other.data!.industryLibrary!.documents!.totalCount).toBe(0);
    expect(other.data!.industryLibrary!.searchDocuments!.totalCount).toBe(0);
  });

  it('shows the counties with their signature industries and library counts in a constant number of queries', async () => {
    const before = graph.stats.queries;
    const { data, errors } = await graphql(server.url, COUNTIES, {});
    const queries = graph.stats.queries - before;
    expect(errors).toBeUndefined();
    const tongxiang = data!.regions.find((r) => r.name === '桐乡市')!;
    const glassFibre = tongxiang.signatureIndustries.find((i) => i.code === 'jx-tongxiang-glass-fiber')!;
    expect(glassFibre.library.counts).toEqual({ documents: 8, policiesInForce: 0, news: 1 });
    expect(data!.regions.reduce((n, r) => n + r.signatureIndustries.length, 0)).toBeGreaterThan(20);
    // regions, signature industries, the industries, their counts.
    expect(queries).toBeLessThanOrEqual(4);
    expect((await graphql(server.url, UNKNOWN, {})).data!.industryLibrary).toBeNull();
  });

  it('answers the other sections when one fails, and counts the topics awaiting a review with the industry as a candidate', async () => {
    const rice = topicWith(await createRepositories(graph).topics.list({ includeOutliers: false }), '水稻');
    await graph.writeTx((tx) =>
      createRepositories(graph).topicMemberships.saveIndustryMappings(tx, [
        {
          topicId: rice.id,
          industryCode: null,
          score: 0.4,
          status: 'REVIEW',
          candidates: [{ industryCode: 'jx-blockchain', score: 0.4, keywords: [], documentIds: [], rank: 0 }],
        },
      ]),
    );
    // facets refuses its limit: that section alone is null, with its own error; the library and its other sections answer.
    const { data, errors } = await graphql(server.url, SECTIONS, { code: 'jx-blockchain', limit: 999 });
    expect(errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['industryLibrary', 'facets'], 'VALIDATION']]);
    expect(data!.industryLibrary).toMatchObject({
      industry: { code: 'jx-blockchain' },
      facets: null,
      counts: { topics: 0, topicsInReview: 1 },
      topics: { totalCount: 0 },
    });
  });

  it('finds the planted burst among the news as a hot topic, and not the steady word', async () => {
    const { data, errors } = await graphql(server.url, HOT, { code: 'jx-new-materials', window: 'WEEK' });
    expect(errors).toBeUndefined();
    const hot = data!.industryLibrary!.hotTopics!;
    expect(hot.map((t) => t.term)).toContain('钙钛矿');
    expect(hot.map((t) => t.term)).not.toContain('光伏');
    const perovskite = hot.find((t) => t.term === '钙钛矿')!;
    expect(perovskite.count).toBe(5);
    expect(perovskite.score).toBeGreaterThanOrEqual(5);
    expect(perovskite.mentions.map((m) => m.id).sort()).toEqual([...ids.burst!].sort());
    expect(data!.hotTopics.map((t) => t.term)).toContain('钙钛矿');
    const other = await graphql(server.url, HOT, { code: 'jx-life-health', window: 'MONTH' });
    expect(other.data!.industryLibrary!.hotTopics).toEqual([]);
  });

  it('publishes what is new in the library as an Atom feed linking to its pages', async () => {
    const response = await fetch(`${server.url}/feeds/industries/jx-new-materials.atom`);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const atom = await response.text();
    expect(atom).toContain('<title>禾创 · 新材料 专题图书馆 最新</title>');
    expect(atom).toContain(`${server.url}/policies/${ids.inForce}`);
    expect(atom).toContain(`${server.url}/news/${ids.news}`);
    expect(atom).toMatch(new RegExp(`${server.url}/documents/materials-\\d+`));
    expect(atom.indexOf('钙钛矿电池量产进展 29日')).toBeLessThan(atom.indexOf('桐乡玻纤新项目投产'));
    expect(atom.indexOf('桐乡玻纤新项目投产')).toBeLessThan(atom.indexOf('新材料产业扶持办法'));
    expect((await fetch(`${server.url}/feeds/industries/jx-nothing.atom`)).status).toBe(404);
  });
});
