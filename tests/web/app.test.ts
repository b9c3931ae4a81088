import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { loadTaxonomy, readTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { launchBrowser } from '../support/browser.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { listen } from '../support/http.js';

/** The built web app in a real Chromium, served by the real server on the real graph. */

const config = loadConfig({});
const webDist = path.join(config.projectRoot, 'web', 'dist');

describe('web: industry page', () => {
  let graph: Graph;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    await loadTaxonomy(createRepositories(graph), taxonomyFile(config.projectRoot));
    const { app } = createApp({ graph, log: createLogger({ logLevel: 'silent' }), serviceVersion: 'test', webDist, graphiql: false });
    server = await listen(app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('lists the industries from the API in Chinese, grouped by tier, and filters by district', async () => {
    const taxonomy = await readTaxonomy(taxonomyFile(config.projectRoot));
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(server.url);
    await page.locator('li.industry').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h2').textContent()).toBe('嘉兴产业体系');
    expect(await page.locator('li.industry').count()).toBe(taxonomy.industries.length);
    const names = await page.locator('li.industry h4').allTextContents();
    expect(names.sort()).toEqual(taxonomy.industries.map((i) => i.name).sort());

    await page.getByLabel('按区县筛选').selectOption({ label: '桐乡市' });
    const tongxiang = taxonomy.industries.filter((i) => i.regionCodes.includes('330483')).map((i) => i.name);
    expect(tongxiang.length).toBeGreaterThan(0);
    expect((await page.locator('li.industry h4').allTextContents()).sort()).toEqual(tongxiang.sort());
    expect(failures).toEqual([]);
    await page.close();
  });

  it('serves the app shell for client routes but 404 for missing assets', async () => {
    const route = await fetch(`${server.url}/industries/C26`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/industries/C26`, { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('tells the reader when the API cannot be reached', async () => {
    const page = await browser.newPage();
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"errors":[{"message":"服务暂不可用"}]}' }),
    );
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('产业目录加载失败');
    await page.close();
  });
});
