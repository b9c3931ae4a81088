import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { PASSWORD, seedAccount, startApp } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { loadReferenceData } from '../support/factories/entity.js';
import { buildLearningPath } from '../support/factories/learning.js';

/** 创业知识学习库 in a real Chromium: a founder finds a path from an industry library, a librarian reorders and extends it. */

const WAIT = { timeout: 20_000 };

describe('web: learning paths', { timeout: 180_000 }, () => {
  let graph: Graph;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startApp>>;
  const email = `learning-${Date.now().toString(36)}@jxlib.cn`;
  const word = `专利布局${Date.now().toString(36)}`;
  let slug: string;
  let id: string;

  beforeAll(async () => {
    graph = testGraph();
    await loadReferenceData(graph);
    server = await startApp(graph);
    await seedAccount(graph, email, 'LIBRARIAN', 'jx-library');
    const path = await buildLearningPath(graph, {
      title: `新材料${word}`,
      industry: 'jx-new-materials',
      steps: [
        { kind: 'LINK', url: 'https://www.zjzwfw.gov.cn/', title: '浙江政务服务网', note: '先注册公司' },
        { kind: 'LINK', url: 'https://www.cnipa.gov.cn/', title: '国家知识产权局', note: '再申请专利' },
      ],
    });
    ({ slug, id } = path);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('a founder finds a path in the library of their industry and by search, and reads its steps in order', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/industries/jx-tongxiang-glass-fiber`);
    await page.locator('#library-learning').waitFor(WAIT);
    await page
      .locator('section[aria-labelledby="library-learning"]')
      .getByRole('link', { name: `新材料${word}` })
      .click();
    await page.locator('#learning-path-title').waitFor(WAIT);
    expect(page.url()).toBe(`${server.url}/learning/${slug}`);
    expect(await page.locator('.learning-steps > li h3').allTextContents()).toEqual(['浙江政务服务网', '国家知识产权局']);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '创业学习' }).click();
    await page.getByLabel('检索', { exact: true }).fill(word);
    await page.getByRole('button', { name: '检索' }).click();
    await expect.poll(() => page.locator('.learning-paths li h3').allTextContents(), WAIT).toEqual([`新材料${word}`]);
    expect(failures).toEqual([]);
    await close();
  });

  it('a librarian moves a step up, adds one and saves: a new version, in the audit log, seen by visitors', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '馆员工作台' }).waitFor(WAIT);
    await page.goto(`${server.url}/workbench/learning`);
    await page.getByRole('link', { name: `新材料${word}` }).click();
    const second = page.getByRole('listitem', { name: '第 2 步' });
    await second.waitFor(WAIT);
    await second.getByRole('button', { name: '上移' }).click();
    await page.getByRole('button', { name: '添加步骤' }).click();
    const third = page.getByRole('listitem', { name: '第 3 步' });
    await third.getByLabel('网址（http/https）').fill('https://www.innocom.gov.cn/');
    await third.getByLabel('名称').fill('高新技术企业认定管理工作网');
    await third.getByLabel('说明').fill('最后看高企认定');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.locator('.editor .meta').last().textContent(), WAIT).toContain('第 3 版');
    expect(await page.locator('.audit').textContent()).toContain('修改');

    const stored = (await createRepositories(graph).learningPaths.byIdOrSlug(id))!;
    expect(stored.steps.map((s) => s.title)).toEqual(['国家知识产权局', '浙江政务服务网', '高新技术企业认定管理工作网']);
    expect(failures).toEqual([]);
    await close();
  });
});
