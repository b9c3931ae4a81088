import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { encumberInTx } from '../../services/budget/ledger.js';
import { exampleFiscalYearFile, loadFiscalYear, readFiscalYearFile } from '../../services/budget/fiscal-year-file.js';
import { typed } from '../gql/index.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { PASSWORD, startApp, Client } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { buildAdmin, buildLibrarian } from '../support/factories/account.js';

/** The treasurer's dashboard in Chromium on the example fiscal year, and who may read the ledger. */

const BudgetOverviewProbe = typed(`
  query BudgetOverviewProbe {
    budgetOverview(fiscalYear: "FY2026") {
      budgets {
        fundCode
        availableFen
      }
    }
  }
`);

let graph: Graph;
let browser: Browser;
let app: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  graph = testGraph();
  const repos = createRepositories(graph);
  await loadFiscalYear(repos, await readFiscalYearFile(exampleFiscalYearFile(loadConfig({}).projectRoot)));
  await repos.graph.writeTx((tx) =>
    encumberInTx(tx, {
      libraryId: 'tongxiang-library',
      fiscalYear: 'FY2026',
      amountFen: 12_345,
      requestId: `dashboard-${Date.now()}`,
      actor: { id: 'test', role: 'ADMIN', libraryId: null },
    }),
  );
  app = await startApp(graph);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await graph?.close();
});

describe('budget dashboard', () => {
  it('shows the treasurer the year by contributor, fund and month, with spent, encumbered and available', async () => {
    const admin = await buildAdmin(graph);
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${app.url}/login`);
    await page.getByLabel('电子邮箱').fill(admin.email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '经费' }).click();
    await page.getByRole('heading', { name: /联盟经费 · 2026 财年/ }).waitFor();
    const rows = page.getByRole('table', { name: '经费明细（元）' }).getByRole('row');
    const tongxiang = rows.filter({ hasText: '桐乡市图书馆你选书我买单经费' });
    expect(await tongxiang.locator('td').allTextContents()).toEqual(expect.arrayContaining(['20,000.00 元', '123.45 元']));
    expect(await rows.filter({ hasText: '数字文献资源购置' }).locator('td').nth(1).textContent()).toBe('2,000,000.00 元');
    for (const label of ['各馆出资饼图', '各项经费堆叠条形图', '按月经费柱状图']) {
      await page.getByRole('img', { name: label }).locator('svg').waitFor();
    }
    expect(await page.getByRole('img', { name: '各馆出资饼图' }).locator('svg').textContent()).toContain('嘉兴市图书馆出资');
    await page.getByRole('heading', { name: '书店结算单' }).waitFor();
    expect(failures).toEqual([]);
    await close();
  });

  it('refuses the ledger to librarians and visitors', async () => {
    const librarian = await buildLibrarian(graph);
    const asLibrarian = await new Client(app.url).login(librarian.email, librarian.password);
    expect((await asLibrarian.gql(BudgetOverviewProbe)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await new Client(app.url).gql(BudgetOverviewProbe)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("tells a visitor who opens the dashboard that it is the treasurer's, with a way to sign in", async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${app.url}/budget`);
    await page.getByRole('alert').filter({ hasText: '经费看板仅对联盟财务（管理员）开放' }).waitFor();
    expect(await page.getByRole('link', { name: '登录' }).last().getAttribute('href')).toBe('/login?next=%2Fbudget');
    expect(await page.getByText('Sign in first').count()).toBe(0);
    expect(failures).toEqual([]);
    await close();
  });
});
