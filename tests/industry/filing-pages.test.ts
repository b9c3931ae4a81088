import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { librariesFile, loadLibraries } from '../../services/account/libraries.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { PASSWORD, seedAccount, startApp } from '../support/client.js';
import { buildTopicLibrary, topicService, topicWith } from '../support/factories/topic.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** A librarian corrects a document's and a topic's industries in the web app, with the evidence in view; a rebuild keeps both. */

const WAIT = { timeout: 20_000 };

describe('web: filing corrections', { timeout: 180_000 }, () => {
  let graph: Graph;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startApp>>;
  const email = `filer-${Math.random().toString(36).slice(2, 10)}@test.jxlib.cn`;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    await buildTopicLibrary(graph, { perTheme: 8 });
    // Fixture documents carry no import time, authors or type; the document page shows them.
    await graph.write(`MATCH (d:Document) SET d.importedAt = datetime('2026-11-01T00:00:00Z'), d.authors = ['王明'], d.type = 'article'`);
    await loadLibraries(createRepositories(graph), librariesFile(loadConfig({}).projectRoot));
    await seedAccount(graph, email, 'LIBRARIAN', 'jx-library');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  const signIn = async (page: Page) => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '退出' }).waitFor(WAIT);
  };

  it('files a document and a topic from their pages, shows the evidence, and a rebuild keeps both', async () => {
    const repos = createRepositories(graph);
    const { page, failures, close } = await openPage(browser);
    await signIn(page);

    // The document: filed by the machine under new materials on its keywords.
    await page.goto(`${server.url}/documents/materials-0`);
    const filings = page.locator('section[aria-labelledby="filings-heading"]');
    await filings.getByText('机器归类').first().waitFor(WAIT);
    expect(await filings.textContent()).toContain('碳纤维');
    await filings.getByRole('button', { name: '更正产业归类' }).click();
    await page.getByLabel('产业 1').selectOption('jx-life-health');
    await page.getByLabel('产业 2').selectOption('jx-new-materials');
    await page.getByRole('button', { name: '保存归类' }).click();
    await filings.getByText('馆员确认').first().waitFor(WAIT);
    expect(await filings.getByRole('link').allTextContents()).toEqual(['生命健康', '新材料']);

    // The topic of rice: outside every industry by its documents; the librarian files it.
    const rice = topicWith(await repos.topics.list({ includeOutliers: false }), '水稻');
    await page.goto(`${server.url}/topics/${encodeURIComponent(rice.id)}`);
    const industry = page.locator('section[aria-labelledby="industry-heading"]');
    await industry.getByText('自动映射').waitFor(WAIT);
    // Nothing is chosen beforehand: a click without a choice files the topic nowhere.
    expect(await page.getByLabel('更正为').inputValue()).toBe('?');
    expect(await page.getByRole('button', { name: '确认产业' }).isDisabled()).toBe(true);
    await page.getByLabel('更正为').selectOption('jx-biomanufacturing');
    await page.getByRole('button', { name: '确认产业' }).click();
    await industry.getByText('馆员确认').waitFor(WAIT);
    expect(await industry.getByRole('link', { name: '生物制造' }).count()).toBe(1);

    await topicService(graph).rebuild();
    const [document] = await repos.industryFilings.liveFilingsOf(['materials-0']);
    expect(document!.map((f) => [f.industryCode, f.decidedBy])).toEqual([
      ['jx-life-health', 'librarian'],
      ['jx-new-materials', 'librarian'],
    ]);
    const rebuilt = topicWith(await repos.topics.list({ includeOutliers: false }), '水稻');
    expect([rebuilt.industryCode, rebuilt.mappingStatus]).toEqual(['jx-biomanufacturing', 'LIBRARIAN']);
    await page.reload();
    await page.locator('section[aria-labelledby="industry-heading"]').getByText('馆员确认').waitFor(WAIT);
    expect(failures).toEqual([]);
    await close();
  });
});
