import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../lib/config.js';

/** Real Chromium (Debian's) for the web tests, one per test file. */

const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`);
  const webDist = path.join(loadConfig({}).projectRoot, 'web', 'dist');
  if (!existsSync(path.join(webDist, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web`');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh page (own cookies) that records uncaught page errors, to be checked at the end of a test. */
export async function openPage(browser: Browser): Promise<{ page: Page; failures: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  return { page, failures, close: () => context.close() };
}
