import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { applyStoreEvent, requestAtStore, requestOnline } from '../../services/purchase/requests.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { PASSWORD, startApp } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { buildPurchaseWorld, purchaseClock, type PurchaseWorld } from '../support/factories/purchase.js';

/** 你选书我买单 in Chromium, phone-sized: the reader, the till and the librarian, each on their own pages. */

let graph: Graph;
let browser: Browser;
let server: Awaited<ReturnType<typeof startApp>>;
let world: PurchaseWorld;

beforeAll(async () => {
  graph = testGraph();
  [server, browser, world] = await Promise.all([
    startApp(graph, { services: { clock: purchaseClock } }),
    launchBrowser(),
    buildPurchaseWorld(graph, { rules: { reviewAboveFen: 6000 } }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

/** "19 册 / 961.00 元" → books and fen. */
function left(text: string | null): { books: number; fen: number } {
  const match = /^(\d+) 册 \/ (\d+)\.(\d{2}) 元$/.exec(text ?? '');
  if (!match) throw new Error(`not a quota: ${text}`);
  return { books: Number(match[1]), fen: Number(match[2]) * 100 + Number(match[3]) };
}

async function signIn(page: Page, email: string, next: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
}

describe('web: 你选书我买单', { timeout: 240_000 }, () => {
  it('a reader checks an ISBN, sees why one is refused, asks for another and follows its timeline', async () => {
    const dear = await world.books({ priceFen: 12_800 });
    const good = await world.books({ priceFen: 3900 });
    const { page, failures, close } = await openPage(browser);
    await signIn(page, world.reader.email, '/purchase');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '你选书我买单' }).click();
    await page.getByRole('heading', { name: '你选书我买单' }).waitFor();
    await page.getByTestId('books-left').waitFor();
    const before = left(await page.getByTestId('books-left').textContent());

    await page.getByLabel('ISBN（输入或扫码）').fill(dear.isbn);
    await page.getByRole('button', { name: '能否选购' }).click();
    await page.getByRole('list', { name: '不符合的规则' }).waitFor();
    expect(await page.getByRole('list', { name: '不符合的规则' }).textContent()).toBe('单册定价 128.00 元，超过本馆上限 100.00 元');

    await page.getByLabel('ISBN（输入或扫码）').fill('978-7-5063-0000-0');
    await page.getByRole('button', { name: '能否选购' }).click();
    await page.getByRole('alert').filter({ hasText: '校验位不符' }).waitFor();

    await page.getByLabel('ISBN（输入或扫码）').fill(good.isbn);
    await page.getByRole('button', { name: '能否选购' }).click();
    await page.getByText('符合选书规则，可以申请。').waitFor();
    await page.getByRole('button', { name: `从${world.onlineStoreName}申请送书到家` }).click();
    await page.getByRole('status').filter({ hasText: '申请已提交：已批准' }).waitFor();
    const row = page.locator('.purchase-requests li', { hasText: good.title });
    expect(await row.locator('.badge').textContent()).toBe('已批准');
    expect(await row.locator('.purchase-timeline strong').allTextContents()).toEqual(['已申请', '已批准']);
    await page
      .getByTestId('books-left')
      .filter({ hasText: `${before.books - 1} 册` })
      .waitFor();
    expect(left(await page.getByTestId('books-left').textContent())).toEqual({ books: before.books - 1, fen: before.fen - 3900 });
    expect(failures).toEqual([]);
    await close();
  });

  it('the till approves a card and a scanned ISBN, refuses another with the reason, and hands the book over', async () => {
    const book = await world.books({ priceFen: 4500, title: '收银台测试书' });
    const excluded = await world.books({ kind: 'EXAM_GUIDE', title: '考试指南' });
    const { page, failures, close } = await openPage(browser);
    await signIn(page, world.staff.email, '/purchase/till');
    await page.getByRole('heading', { name: /书店收银台 · 新华书店测试店/ }).waitFor();
    // A bookstore's staff see their till in the navigation, not the library's site.
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).toEqual(['收银台']);
    await page.getByLabel('读者证号').fill(world.cardNumber);
    await page.getByLabel('ISBN（扫码）').fill(excluded.isbn);
    await page.getByLabel('ISBN（扫码）').press('Enter');
    const verdict = page.getByRole('article', { name: '核验结果' });
    await verdict.getByRole('heading', { name: /不通过/ }).waitFor();
    expect(await verdict.locator('.refusals').textContent()).toBe('考试用书不在选书范围内');

    await page.getByLabel('ISBN（扫码）').fill(book.isbn);
    await page.getByRole('button', { name: '核验' }).click();
    await verdict.getByRole('heading', { name: /通过：《收银台测试书》 45.00 元/ }).waitFor();
    await verdict.getByRole('button', { name: '确认取书（借出）' }).click();
    await verdict.getByRole('status').filter({ hasText: '已借出，应还日期 2026-07-15' }).waitFor();
    expect(failures).toEqual([]);
    await close();
  });

  it('a librarian approves from the review queue, takes a return, catalogues it and changes a rule', async () => {
    const dear = await world.books({ priceFen: 9000, title: '待审核的书' });
    const { request } = await requestOnline(world.ctx, {
      readerId: world.reader.account.id,
      isbn: dear.isbn,
      storeId: world.onlineStoreId,
    });
    expect(request.status).toBe('UNDER_REVIEW');
    const lent = await world.books({ priceFen: 3000, title: '归还测试书' });
    const sold = await requestAtStore(world.ctx, {
      storeId: world.storeId,
      cardNumber: world.cardNumber,
      isbn: lent.isbn,
      actor: world.staff.viewer,
    });
    await applyStoreEvent(world.ctx, { requestId: sold.request.id, event: 'PICKED_UP', storeRef: 'T-9' });
    const { page, failures, close } = await openPage(browser);
    await signIn(page, world.librarian.email, '/workbench/purchase');
    await page.getByRole('link', { name: '你选书我买单' }).first().waitFor();
    const row = page.locator('tr', { hasText: '待审核的书' });
    await row.getByText('单册定价 90.00 元，超过本馆免审上限 60.00 元').waitFor();
    await row.getByRole('button', { name: '批准' }).click();
    await row.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '借阅中 · 还书' }).click();
    const loan = page.locator('tr', { hasText: '归还测试书' });
    await loan.getByRole('button', { name: '还书' }).click();
    await loan.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '已归还 · 待编目' }).click();
    await page.locator('tr', { hasText: '归还测试书' }).getByRole('button', { name: '编目入藏' }).click();
    await page.locator('tr', { hasText: '归还测试书' }).waitFor({ state: 'detached' });

    await page.getByLabel('每次最多（册）').fill('8');
    await page.getByRole('button', { name: '保存规则' }).click();
    await page.getByRole('status').filter({ hasText: '已保存为第 2 版' }).waitFor();
    const stored = await graph.read<{ status: string }>('MATCH (r:PurchaseRequest {id: $id}) RETURN r.status AS status', {
      id: request.id,
    });
    expect(stored[0]?.status).toBe('APPROVED');
    const holdings = await graph.read<{ copies: number }>(
      'MATCH (:Library {id: $library})-[h:HOLDS]->(:Book {title: $title}) RETURN h.copies AS copies',
      { library: world.libraryId, title: '归还测试书' },
    );
    expect(holdings[0]?.copies).toBe(1);
    expect(failures).toEqual([]);
    await close();
  });
});
