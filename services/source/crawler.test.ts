import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { loadTaxonomy, taxonomyFile } from '../industry/taxonomy.js';
import { atom, jsonFeed, malformed, rss1, rss2 } from '../../crawlers/testing/feeds.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { plainArticlePage } from '../../crawlers/testing/gov-pages.js';
import { serveGovSite, solar } from '../../crawlers/testing/gov-site.js';
import { JIAXING_RULES, testSource } from '../../crawlers/testing/sources.js';
import type { SourceInput } from '../../domain/source/model.js';
import { buildCrawler as crawler, saveSources } from '../../tests/support/factories/source.js';

/** Crawls of a loopback fixture site into the real Neo4j: what lands in the graph. */

describe('Crawler', () => {
  let graph: Graph;
  let repos: Repositories;
  const site = new FixtureServer();

  beforeAll(async () => {
    graph = testGraph();
    repos = createRepositories(graph);
    await site.start();
  });
  beforeEach(async () => {
    await resetGraph(graph);
    await loadTaxonomy(repos, taxonomyFile(loadConfig({}).projectRoot));
    site.routes.clear();
  });
  afterAll(async () => {
    await site.close();
    await graph.close();
  });

  const count = async (cypher: string, params = {}) => (await graph.read<{ n: number }>(cypher, params))[0]!.n;
  const upsert = (sources: SourceInput[]) => saveSources(graph, sources);
  const runsOf = async (sourceId: string, first: number) => (await repos.crawlRuns.page({ sourceId }, first)).items;

  describe('a GBK government list + detail site', () => {
    const listUrl = () => `${site.url}/col/col1229426/index.html`;
    const addSource = () =>
      upsert([testSource('jx-gov', listUrl(), { kind: 'html', itemType: 'policy', rules: JIAXING_RULES, industries: [] })]);

    it('extracts policy fields, follows pagination and links issuer, region, industries, attachments and repeals', async () => {
      serveGovSite(site, { solar });
      await addSource();
      const summary = await crawler(graph).crawlSource('jx-gov');
      expect(summary).toMatchObject({ status: 'ok', new: 3, updated: 0, errors: 0, fetched: 5 });

      const { items } = await repos.policies.list({}, { first: 10, after: null });
      expect(items.map((p) => p.documentNumber)).toEqual(['嘉政办发〔2024〕12号', '嘉政发〔2023〕7号', '嘉政办发〔2020〕5号']);
      const policy = items[0]!;
      expect(policy).toMatchObject({
        url: `${site.url}/art/2024/3/8/art_1229426_59580001.html`,
        title: solar.title,
        issuer: '嘉兴市人民政府办公室',
        writtenDate: '2024-03-05',
        publishedDate: '2024-03-08',
        validity: '有效',
        effectiveDate: '2024-04-01',
        expiryDate: '2026-12-31',
        category: '工业、交通/能源',
        level: '嘉兴市',
        regionCode: '330400',
        revision: 1,
      });
      expect(policy.text).toContain('支持光伏企业技术改造');
      expect(policy.html).not.toMatch(/<script|onclick|style=/);
      expect(items[2]!.validity).toBe('废止');

      const [attachments] = await repos.policies.attachmentsOf([policy.id]);
      expect(attachments!.map((a) => [a.format, a.name])).toEqual([
        ['xlsx', '2.申报表.xlsx'],
        ['pdf', '1.申报指南.pdf'],
      ]);
      const [industries] = await repos.policies.industriesOf([policy.id]);
      expect(industries).toContain('jx-new-energy');
      const [issuer] = await repos.policies.issuersOf([policy.id]);
      expect(issuer!.name).toBe('嘉兴市人民政府办公室');
      expect(await count('MATCH (o:Organization) RETURN count(o) AS n')).toBe(2);
      expect(await count('MATCH (:Policy)-[:IN_REGION]->(:Region {code: "330400"}) RETURN count(*) AS n')).toBe(3);
      const [links] = await repos.policies.linksOf([policy.id]);
      expect(links).toEqual([{ kind: 'REPEALS', direction: 'OUT', policyId: items[2]!.id }]);
      // The cited basis (国发〔2013〕24号) is not a relation.
      expect(await count('MATCH ()-[r:REPEALS|REPLACES|AMENDS]->() RETURN count(r) AS n')).toBe(1);

      const [run] = await runsOf('jx-gov', 5);
      expect(run).toMatchObject({ status: 'ok', fetched: 5, new: 3, updated: 0, unchanged: 0, errors: 0 });
      expect(run!.finishedAt).not.toBeNull();
    });

    it('stores nothing twice on a second run, answered by 304s', async () => {
      serveGovSite(site, { solar });
      await addSource();
      await crawler(graph).crawlSource('jx-gov');
      const again = await crawler(graph).crawlSource('jx-gov', { force: true });
      // The first list page answers 304: nothing was published since.
      expect(again).toMatchObject({ status: 'ok', new: 0, updated: 0, fetched: 1 });
      const third = await crawler(graph).crawlSource('jx-gov');
      expect(third.status).toBe('ok');
      expect(await count('MATCH (p:Policy) RETURN count(p) AS n')).toBe(3);
      expect(await count('MATCH (r:PolicyRevision) RETURN count(r) AS n')).toBe(3);
      expect(await count('MATCH (a:Attachment) RETURN count(a) AS n')).toBe(2);
      expect(await count('MATCH (r:CrawlRun) RETURN count(r) AS n')).toBe(3);
    });

    it('keeps a changed page as a new revision, the old text in history', async () => {
      serveGovSite(site, { solar });
      await addSource();
      await crawler(graph).crawlSource('jx-gov');
      const amended = { ...solar, paragraphs: [...solar.paragraphs, '二、对储能项目按装机容量给予一次性奖励。'] };
      serveGovSite(site, { solar: amended });
      // The list page changes too (a new title text), so the detail pages are checked again.
      site.set('/col/col1229426/index.html', {
        ...site.routes.get('/col/col1229426/index.html')!,
        body: site.routes.get('/col/col1229426/index.html')!.body!.replace('共2页', '共 2 页'),
      });
      const summary = await crawler(graph).crawlSource('jx-gov');
      expect(summary).toMatchObject({ status: 'ok', new: 0, updated: 1, unchanged: 2 });
      const [policy] = (await repos.policies.list({}, { first: 1, after: null })).items;
      expect(policy!.revision).toBe(2);
      expect(policy!.text).toContain('储能项目');
      const [revisions] = await repos.policies.revisionsOf([policy!.id]);
      expect(revisions!.map((r) => r.number)).toEqual([2, 1]);
      expect(revisions![1]!.text).not.toContain('储能项目');
      expect(await count('MATCH (p:Policy) RETURN count(p) AS n')).toBe(3);
    });

    it('loses nothing stored when the site breaks, and backs off', async () => {
      serveGovSite(site, { solar });
      await addSource();
      await crawler(graph).crawlSource('jx-gov');
      site.set('/col/col1229426/index.html', { status: 500, body: 'Internal Server Error', etag: false });
      const broken = await crawler(graph).crawlSource('jx-gov', { force: true });
      expect(broken.status).toBe('failed');
      expect(broken.error).toMatch(/HTTP 500/);
      const source = (await repos.sources.get('jx-gov'))!;
      expect(source.errorCount).toBe(1);
      expect(source.lastError).toMatch(/HTTP 500/);
      expect(Date.parse(source.nextCheckAt!)).toBeGreaterThan(Date.now() + 20_000);
      expect(source.enabled).toBe(true);
      expect(await count('MATCH (p:Policy) RETURN count(p) AS n')).toBe(3);
      // Not forced, the scheduler's call waits for the next check time.
      expect((await crawler(graph).crawlSource('jx-gov')).status).toBe('skipped');
    });

    it('records a failing detail page and keeps the others', async () => {
      serveGovSite(site, { solar });
      site.set('/art/2023/6/5/art_1229426_58000001.html', { status: 404, body: '页面不存在' });
      await addSource();
      const summary = await crawler(graph).crawlSource('jx-gov');
      expect(summary).toMatchObject({ status: 'partial', new: 2, errors: 1 });
      expect(summary.messages.join('\n')).toMatch(/art_1229426_58000001.html: HTTP 404/);
    });

    it('falls back to Readability where a site has no content rules', async () => {
      site.set('/hn/list.html', {
        body: `<html><head><meta charset="gbk"></head><body><ul class="list"><li><a href="/hn/a1.html">海宁市关于支持集成电路产业发展的若干政策</a><span>2024.02.01</span></li></ul></body></html>`,
        charset: 'gbk',
      });
      site.set('/hn/a1.html', {
        body: plainArticlePage('海宁市关于支持集成电路产业发展的若干政策', [
          '海政发（2024）3号',
          '为加快集成电路产业发展，培育芯片设计企业，现制定如下政策。集成电路企业研发投入给予补助。',
          '对新引进的集成电路制造项目，按设备投资额给予奖励，单个项目最高不超过一千万元。',
          '本政策自2024年3月1日起施行。',
          '海宁市人民政府',
          '2024年2月1日',
        ]),
        charset: 'gbk',
      });
      await upsert([
        testSource('hn-gov', `${site.url}/hn/list.html`, {
          kind: 'html',
          itemType: 'policy',
          regionCode: '330481',
          level: '区县',
          rules: { listItem: 'ul.list li', listDate: 'span' },
        }),
      ]);
      const summary = await crawler(graph).crawlSource('hn-gov');
      expect(summary).toMatchObject({ status: 'ok', new: 1 });
      const [policy] = (await repos.policies.list({ regionCode: '330481' }, { first: 5, after: null })).items;
      expect(policy).toMatchObject({
        documentNumber: '海政发〔2024〕3号',
        publishedDate: '2024-02-01',
        writtenDate: '2024-02-01',
        effectiveDate: '2024-03-01',
        validity: '有效',
        level: '区县',
      });
      expect(policy!.text).toContain('芯片设计企业');
      expect(policy!.text).not.toContain('友情链接');
      const [industries] = await repos.policies.industriesOf([policy!.id]);
      expect(industries!.length).toBeGreaterThan(0);
    });
  });

  describe('feeds', () => {
    const serveFeeds = () => {
      site.set('/rss2.xml', { body: rss2(site.url), contentType: 'application/rss+xml' });
      site.set('/rss1.xml', { body: rss1(site.url), contentType: 'application/rdf+xml' });
      site.set('/atom.xml', { body: atom(site.url), contentType: 'application/atom+xml' });
      site.set('/feed.json', { body: jsonFeed(site.url), contentType: 'application/feed+json' });
      site.set('/bad.xml', { body: malformed, contentType: 'application/rss+xml' });
    };
    const addSources = () =>
      upsert([
        testSource('rss2', `${site.url}/rss2.xml`),
        testSource('rss1', `${site.url}/rss1.xml`, { level: '浙江省', regionCode: '330000' }),
        testSource('atom', `${site.url}/atom.xml`, { kind: 'atom' }),
        testSource('json', `${site.url}/feed.json`, { kind: 'jsonfeed', industries: ['jx-digital-economy'] }),
        testSource('bad', `${site.url}/bad.xml`),
      ]);

    it('reads RSS 2.0, RSS 1.0, Atom and JSON Feed; skips bad items and a bad feed without hurting the rest', async () => {
      serveFeeds();
      await addSources();
      // The RSS source finds the shared story first (crawlAll runs sources concurrently).
      const first = await crawler(graph).crawlSource('rss2');
      const results = await crawler(graph).crawlAll();
      const byId = Object.fromEntries(results.map((r) => [r.sourceId, r]));
      byId.rss2 = first;
      expect(byId.rss2).toMatchObject({ status: 'partial', new: 2, errors: 1 });
      expect(byId.rss2.messages[0]).toMatch(/item 3: "没有链接的条目": no link/);
      expect(byId.rss1).toMatchObject({ status: 'ok', new: 1 });
      // The Atom feed repeats the RSS story under a tracking URL: one node, not two.
      expect(byId.atom).toMatchObject({ status: 'ok', new: 1 });
      expect(byId.json).toMatchObject({ status: 'partial', new: 1, errors: 1 });
      expect(byId.bad).toMatchObject({ status: 'failed' });
      expect(byId.bad!.error).toMatch(/not a readable RSS\/Atom feed/);

      expect(await repos.news.count()).toBe(5);
      const { items } = await repos.news.list({}, { first: 10, after: null });
      const story = items.find((n) => n.title.startsWith('嘉兴科技城光伏'))!;
      expect(story.url).toBe(`${site.url}/news/1001.html`);
      expect(story.guid).toBe('jxcy-1001');
      expect(story.author).toBe('禾城记者');
      expect(story.publishedAt).toBe('2024-03-05T00:00:00.000Z');
      expect(story.html).not.toContain('<script');
      const [industries] = await repos.news.industriesOf([story.id]);
      expect(industries).toContain('jx-new-energy');
      const zj = items.find((n) => n.title.includes('集成电路'))!;
      expect(zj).toMatchObject({ level: '浙江省', publishedAt: '2024-03-07T02:00:00.000Z' });
      // The source's own industry, whatever the text matches besides.
      const jf = items.find((n) => n.sourceId === 'json')!;
      expect((await repos.news.industriesOf([jf.id]))[0]).toContain('jx-digital-economy');
      const hydrogen = items.find((n) => n.title.startsWith('氢能重卡'))!;
      expect((await repos.news.industriesOf([hydrogen.id]))[0]).not.toContain('jx-digital-economy');
    });

    it('adds nothing on a second run (304) and records a changed item as a revision', async () => {
      serveFeeds();
      await addSources();
      await crawler(graph).crawlAll();
      const second = await crawler(graph).crawlAll({ force: true });
      for (const result of second.filter((r) => r.sourceId !== 'bad')) expect(result).toMatchObject({ new: 0, updated: 0 });
      expect(await repos.news.count()).toBe(5);

      site.set('/rss1.xml', { body: rss1(site.url).replace('流片补贴', '流片补贴和首台套奖励'), contentType: 'application/rdf+xml' });
      const third = await crawler(graph).crawlSource('rss1');
      expect(third).toMatchObject({ updated: 1, new: 0 });
      expect(await repos.news.count()).toBe(5);
      expect(await count('MATCH (:NewsItem)-[:HAS_REVISION]->(r:NewsRevision) RETURN count(r) AS n')).toBe(1);
    });

    it('links news to organisations, people and projects already in the graph', async () => {
      await graph.write(
        `CREATE (:Organization {id: 'org-kjc', name: '嘉兴科技城'}), (:Person {id: 'p-1', name: '禾城记者甲'}), (:Project {id: 'pr-1', name: '南湖创业大赛'})`,
      );
      site.set('/rss2.xml', {
        body: rss2(site.url).replace('第十届南湖创业大赛', '第十届南湖创业大赛'),
        contentType: 'application/rss+xml',
      });
      await upsert([testSource('rss2', `${site.url}/rss2.xml`)]);
      await crawler(graph).crawlSource('rss2');
      const rows = await graph.read<{ title: string; mentioned: string[] }>(
        'MATCH (n:NewsItem)-[:MENTIONS]->(m) RETURN n.title AS title, collect(m.id) AS mentioned ORDER BY title',
      );
      expect(rows).toEqual([
        { title: '南湖区举办创业大赛', mentioned: ['pr-1'] },
        { title: '嘉兴科技城光伏初创企业完成亿元融资', mentioned: ['org-kjc'] },
      ]);
    });
  });
});
