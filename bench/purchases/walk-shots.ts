import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The users' walk of bench/purchases/walk.sh in headless Chromium, with screenshots: a reader asks
 * for a book online (/purchase, phone width), the till approves another (/purchase/till, phone
 * width), the reader asks for a dear one and a librarian reviews it (workbench, 1280 px), the
 * treasurer looks at /budget (last month's statement, its mismatches with the till's listed).
 * `--look` after bench/purchases/walk-settle.sh: the delivered book, and /budget with the statement paid.
 * `--url`, `--out` (default /tmp/buy12-shots).
 */
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
/** `--look`: only the reader's and the treasurer's pages as they stand (after a walk). */
const LOOK_ONLY = args.has('look');
const BASE = args.get('url') ?? 'http://127.0.0.1:4120';
const OUT = args.get('out') ?? '/tmp/buy12-shots';
const PASSWORD = 'walk-password-2026';
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

async function as(browser: Browser, email: string, viewport: { width: number; height: number }, next: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error (${email}): ${error.message}`));
  await page.goto(`${BASE}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname === next);
  return page;
}

const shot = async (page: Page, name: string) => {
  // A loaded machine answers slowly: the shot is of the data, not of "正在加载…".
  await page
    .getByText(/正在加载/)
    .first()
    .waitFor({ state: 'detached', timeout: 120_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  console.error(`${OUT}/${name}.png`);
};

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    if (LOOK_ONLY) {
      await shot(await as(browser, 'reader@walk.jxlib.cn', PHONE, '/purchase'), 'purchase-after-delivery-390');
      await shot(await as(browser, 'treasurer@walk.jxlib.cn', DESK, '/budget'), 'budget-1280');
      await shot(await as(browser, 'treasurer@walk.jxlib.cn', PHONE, '/budget'), 'budget-390');
      return;
    }
    const reader = await as(browser, 'reader@walk.jxlib.cn', PHONE, '/purchase');
    await reader.getByLabel('ISBN（输入或扫码）').fill('9787020024759');
    await reader.getByRole('button', { name: '能否选购' }).click();
    await reader.getByText('符合选书规则，可以申请。').waitFor();
    await shot(reader, 'purchase-check-390');
    await reader.getByRole('button', { name: /申请送书到家/ }).click();
    await reader.getByRole('status').filter({ hasText: '申请已提交' }).waitFor();
    await reader.getByLabel('ISBN（输入或扫码）').fill('9787532767014');
    await reader.getByRole('button', { name: '能否选购' }).click();
    await reader.getByRole('button', { name: /申请送书到家/ }).click();
    await reader.getByRole('status').filter({ hasText: '申请已提交' }).waitFor();
    await reader.getByLabel('ISBN（输入或扫码）').fill('978-7-5063-0000-0');
    await reader.getByRole('button', { name: '能否选购' }).click();
    await reader.getByRole('alert').waitFor();
    await shot(reader, 'purchase-390');

    const till = await as(browser, 'till@walk.jxlib.cn', PHONE, '/purchase/till');
    await till.getByLabel('读者证号').fill('JX0000002');
    await till.getByLabel('ISBN（扫码）').fill('9787544253994');
    await till.getByRole('button', { name: '核验' }).click();
    const verdict = till.getByRole('article', { name: '核验结果' });
    await verdict.getByRole('heading', { name: /通过/ }).waitFor();
    await shot(till, 'till-check-390');
    await verdict.getByRole('button', { name: '确认取书（借出）' }).click();
    await verdict.getByRole('status').filter({ hasText: '已借出' }).waitFor();
    await shot(till, 'till-390');

    const librarian = await as(browser, 'librarian@walk.jxlib.cn', DESK, '/workbench/purchase');
    await librarian.locator('tr', { hasText: '夜晚的潜水艇' }).waitFor();
    await shot(librarian, 'workbench-review-1280');
    await librarian.locator('tr', { hasText: '夜晚的潜水艇' }).getByRole('button', { name: '批准' }).click();
    await librarian.locator('tr', { hasText: '夜晚的潜水艇' }).waitFor({ state: 'detached' });
    await shot(librarian, 'workbench-1280');

    // The online orders go out through the outbox and the fake store delivers them a few seconds later.
    await reader.waitForTimeout(12_000);
    await reader.reload();
    await reader.getByRole('heading', { name: '你选书我买单' }).waitFor();
    await shot(reader, 'purchase-after-delivery-390');

    const treasurer = await as(browser, 'treasurer@walk.jxlib.cn', DESK, '/budget');
    // Last month's statement, reconciled against the till's misprinted one: its mismatches listed.
    await treasurer.getByRole('list', { name: /对账不符/ }).waitFor();
    await shot(treasurer, 'budget-mismatch-1280');
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
