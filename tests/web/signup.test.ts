import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { launchBrowser } from '../support/browser.js';
import { startApp } from '../support/client.js';
import { buildReader } from '../support/factories/account.js';
import { resetGraph, testGraph } from '../support/graph.js';

/**
 * A reader signs up in a real Chromium against a production-like server: only the web client's
 * persisted documents run, and the page works under the service's Content-Security-Policy.
 */

/** Records every CSP violation the page reports, before any script of the app runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('web: sign-up', () => {
  let graph: Graph;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph, { api: { arbitraryDocuments: false, introspection: false } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('registers a reader from the login page and signs them in, with no CSP violation', async () => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: '注册读者账号' }).click();
    await page.getByLabel('电子邮箱').fill('signup@example.org');
    await page.getByLabel('称呼').fill('新读者');
    await page.getByLabel('密码（至少 10 个字符）').fill('a long enough password');
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByRole('button', { name: '退出' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.locator('li.industry').first().waitFor();
    expect(await violations()).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('does not sign anyone in when the e-mail already has an account, and says to sign in', async () => {
    const existing = await buildReader(graph);
    const page = await browser.newPage();
    await page.goto(`${server.url}/register`);
    await page.getByLabel('电子邮箱').fill(existing.email);
    await page.getByLabel('称呼').fill('冒名');
    await page.getByLabel('密码（至少 10 个字符）').fill('not their password');
    await page.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('请到登录页用原密码登录');
    expect(await page.getByRole('button', { name: '退出' }).count()).toBe(0);
    await page.close();
  });
});
