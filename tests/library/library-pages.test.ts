import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { buildLibrarian, buildTopicLibrary, topicService, topicWith } from '../support/factories/topic.js';
import { buildPolicy } from '../support/factories/policy.js';
import { buildNewsItem } from '../support/factories/news.js';
import { createRepositories } from '../../graph/repositories/index.js';

/** The industry library pages in a real Chromium: from the home page's card to the library, its filters and the county view. */

const WAIT = { timeout: 20_000 };

describe('web: industry libraries', { timeout: 180_000 }, () => {
  let graph: Graph;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    const topics = await buildTopicLibrary(graph, { perTheme: 8 });
    await topicService(graph).map(buildLibrarian(), topicWith(topics, '碳纤维').id, 'jx-tongxiang-glass-fiber');
    await graph.write(
      `MATCH (d:Document) SET d.importedAt = datetime('2026-11-01T00:00:00Z') + duration({minutes: toInteger(split(d.id, '-')[1])}),
         d.journal = '复合材料学报', d.authors = ['王明'], d.type = 'article'`,
    );
    await buildPolicy(graph, {
      title: '玻纤复合材料产业扶持办法',
      publishedDate: '2026-10-01',
      industryCodes: ['jx-tongxiang-glass-fiber'],
    });
    await buildNewsItem(graph, {
      title: '桐乡玻纤新项目投产',
      publishedAt: '2026-11-20T08:00:00+08:00',
      industryCodes: ['jx-new-materials'],
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.close();
    await graph.close();
  });

  it('opens a library from its card on the home page, with topics and their trend chart, documents, policies and news', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/`);
    await page.locator('li.industry[data-code="jx-new-materials"] h4 a').click();
    await page.locator('#library-title').waitFor(WAIT);
    expect(page.url()).toBe(`${server.url}/industries/jx-new-materials`);
    expect(await page.locator('#library-title').textContent()).toBe('新材料 · 专题图书馆');
    await page.locator('.topic-trend-chart canvas').first().waitFor(WAIT);
    expect(await page.locator('.topic-list li').count()).toBe(1);
    await expect.poll(() => page.locator('.library-documents li').count(), WAIT).toBe(8);
    const columns = page.locator('.library-columns').first();
    expect(await columns.getByRole('link', { name: '玻纤复合材料产业扶持办法' }).count()).toBe(1);
    expect(await columns.getByRole('link', { name: '桐乡玻纤新项目投产' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '为本产业企业匹配政策' }).getAttribute('href')).toBe('/match?industry=jx-new-materials');
    expect(await page.getByRole('link', { name: '订阅本馆更新（Atom）' }).getAttribute('href')).toBe(
      '/feeds/industries/jx-new-materials.atom',
    );
    expect(await page.locator('.neighbourhood svg .node').count()).toBeGreaterThan(2);

    // Filters live in the URL, the list and the downloads follow them.
    await page.getByLabel('年份').selectOption('2018');
    await expect.poll(() => page.url(), WAIT).toContain('year=2018');
    await expect.poll(() => page.locator('.library-documents li').count(), WAIT).toBe(2);
    expect(await page.getByRole('link', { name: 'RIS' }).getAttribute('href')).toContain('year=2018');
    await page.getByLabel('馆内检索').fill('碳纤维');
    await page.getByRole('button', { name: '检索', exact: true }).click();
    await expect.poll(() => page.url(), WAIT).toContain('q=');
    await expect.poll(() => page.locator('.library-documents li').count(), WAIT).toBe(2);
    await page.goBack();
    await expect.poll(() => page.url(), WAIT).not.toContain('q=');
    expect(failures).toEqual([]);
    await close();
  });

  it("says a library's topics await a review, and shows a failed section's own error beside the others", async () => {
    const repos = createRepositories(graph);
    const rice = topicWith(await repos.topics.list({ includeOutliers: false }), '水稻');
    await graph.writeTx((tx) =>
      repos.topicMemberships.saveIndustryMappings(tx, [
        {
          topicId: rice.id,
          industryCode: null,
          score: 0.4,
          status: 'REVIEW',
          candidates: [{ industryCode: 'jx-blockchain', score: 0.4, keywords: [], documentIds: [], rank: 0 }],
        },
      ]),
    );
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/industries/jx-blockchain`);
    const topics = page.locator('section[aria-labelledby="library-topics"]');
    await topics.getByText('等待馆员审核').waitFor(WAIT);
    expect(await topics.textContent()).toContain('有 1 个专题可能属于本产业');

    // A section that times out on the server is null with its own error (what a 15 s read timeout gives):
    // the real answer, with the news section failed as Neo4j's timeout fails it.
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { data?: { industryLibrary?: Record<string, unknown> | null }; errors?: unknown[] };
      if (body.data?.industryLibrary && 'news' in body.data.industryLibrary) {
        body.data.industryLibrary.news = null;
        body.errors = [{ message: '图数据库繁忙，请稍后再试', path: ['industryLibrary', 'news'], extensions: { code: 'UNAVAILABLE' } }];
      }
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${server.url}/industries/jx-new-materials`);
    await page.locator('#library-title').waitFor(WAIT);
    const news = page.locator('section[aria-labelledby="library-news"]');
    await news.getByRole('alert').waitFor(WAIT);
    expect(await news.getByRole('alert').textContent()).toContain('本栏加载失败');
    expect(await page.locator('.topic-list li').count()).toBe(1);
    const policies = page.locator('section[aria-labelledby="library-policies"]');
    expect(await policies.getByRole('link', { name: '玻纤复合材料产业扶持办法' }).count()).toBe(1);
    expect(failures).toEqual([]);
    // A query the page still has in flight would otherwise reach the route after the page is closed.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await close();
  });

  it('lists the signature industries of a county with their libraries', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/industries?region=330483`);
    await page.locator('.county[data-region="330483"]').waitFor(WAIT);
    expect(await page.locator('.county').count()).toBe(1);
    const card = page.locator('.county li.industry', { hasText: '桐乡玻纤及复合材料' });
    expect(await card.locator('.meta').textContent()).toContain('文献 8');
    await card.getByRole('link').click();
    await page.locator('#library-title').waitFor(WAIT);
    expect(await page.locator('#library-title').textContent()).toBe('桐乡玻纤及复合材料 · 专题图书馆');
    expect(failures).toEqual([]);
    await close();
  });
});
