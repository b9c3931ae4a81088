import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { typed } from '../gql/index.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { Client, PASSWORD, seedAccount, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { buildSource } from '../support/factories/source.js';
import { createPolicy } from '../policy/curation-documents.js';
import { loadConfig } from '../../lib/config.js';
import { CrawlService } from '../../services/source/crawl.js';

/** Sign-in and the librarian workbench in a real Chromium, against the real server and graph. */

const WAIT = { timeout: 20_000 };
const PERSON = typed(`
  query WebWorkbenchPerson($id: ID!) {
    person(id: $id) {
      id
      name
      title
      description
      version
    }
  }
`);
const CREATE_PERSON = typed(`
  mutation WebWorkbenchCreatePerson($input: PersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);
const UPDATE_PERSON = typed(`
  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
    updatePerson(id: $id, version: $version, patch: $patch) {
      version
    }
  }
`);

const CROSS_LINK = typed(`
  mutation WebWorkbenchCrossLink($input: LinkInput!) {
    link(input: $input) {
      pending
    }
  }
`);

describe('web: sign-in and the librarian workbench', { timeout: 120_000 }, () => {
  let graph: Graph;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startApp>>;
  let colleague: Client;

  /** A person of this test's own, entered by the colleague over the API. */
  const buildPerson = async (input: { name: string; title?: string; description?: string }) => {
    const created = await colleague.gql(CREATE_PERSON, { input });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createPerson.id;
  };

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph, { services: { crawl: new CrawlService(graph, loadConfig({}).crawl) } });
    await seedAccount(graph, 'wang@jxlib.cn', 'LIBRARIAN', 'jx-library');
    await seedAccount(graph, 'li@jxlib.cn', 'LIBRARIAN', 'jx-library');
    await seedAccount(graph, 'reader@example.org', 'READER');
    colleague = await new Client(server.url).login('li@jxlib.cn');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  const signIn = async (page: Page, email: string) => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
  };

  it('keeps the form when a colleague saved first: CONFLICT says so, the reload keeps both changes', async () => {
    const personId = await buildPerson({ name: '张明', title: '研究员', description: '嘉兴学院材料学教授' });
    const { page, failures, close } = await openPage(browser);
    await signIn(page, 'wang@jxlib.cn');
    await page.getByRole('heading', { name: '馆员工作台' }).waitFor();
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '馆员工作台' }).count()).toBe(1);

    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('link', { name: '编辑与审计' }).click();
    const title = page.getByLabel('职务/职称');
    await expect.poll(() => title.inputValue(), WAIT).toBe('研究员');
    await title.fill('首席科学家');

    // Meanwhile a colleague changes the description: the page's version is now stale.
    const theirs = await colleague.gql(UPDATE_PERSON, { id: personId, version: 1, patch: { description: '嘉兴学院材料学院院长' } });
    expect(theirs.errors).toBeUndefined();

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.locator('.conflict[role="alert"]').textContent(), WAIT).toContain('该条目已被他人修改');
    expect(await title.inputValue()).toBe('首席科学家');
    expect((await colleague.gql(PERSON, { id: personId })).data!.person).toMatchObject({
      title: '研究员',
      version: 2,
    });

    await page.getByRole('button', { name: '载入最新版本' }).click();
    await expect.poll(() => page.getByLabel('简介').inputValue(), WAIT).toBe('嘉兴学院材料学院院长');
    expect(await title.inputValue()).toBe('首席科学家');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.locator('.success[role="status"]').textContent(), WAIT).toBe('已保存。');
    expect((await colleague.gql(PERSON, { id: personId })).data!.person).toEqual({
      id: personId,
      name: '张明',
      title: '首席科学家',
      description: '嘉兴学院材料学院院长',
      version: 3,
    });
    // The audit log names both librarians' changes.
    await expect.poll(() => page.locator('.audit > ol > li').count(), WAIT).toBe(3);
    expect(await page.locator('.audit > ol > li').first().textContent()).toContain('wang');

    // A duplicate entered by the colleague is merged into this person from the same page.
    const duplicate = await buildPerson({ name: '张明（嘉兴学院）' });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('查找重复的人物').fill('张明');
    await page.getByRole('button', { name: '查找重复条目' }).click();
    await page.getByRole('radio', { name: '张明（嘉兴学院）' }).check();
    await page.getByRole('button', { name: '合并到本条目' }).click();
    await expect.poll(() => page.locator('.merge-panel .success').textContent(), WAIT).toBe('已将“张明（嘉兴学院）”合并到本条目。');
    const merged = await colleague.gql(PERSON, { id: duplicate });
    expect(merged.data!.person?.id).toBe(personId);
    expect(failures).toEqual([]);
    await close();
  });

  it('shows visitors and readers no librarian controls', async () => {
    const personId = await buildPerson({ name: '张明', title: '研究员' });
    const visitor = await openPage(browser);
    const scripts: string[] = [];
    visitor.page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await visitor.page.goto(`${server.url}/people/${personId}`);
    await visitor.page.getByRole('heading', { name: '张明' }).waitFor();
    await visitor.page.getByRole('link', { name: '登录' }).waitFor();
    expect(await visitor.page.getByRole('link', { name: '馆员工作台' }).count()).toBe(0);
    expect(await visitor.page.getByRole('link', { name: '编辑与审计' }).count()).toBe(0);
    // The workbench is a chunk of its own: nothing of it is fetched until its route is opened.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.includes('Workbench'))).toEqual([]);
    await visitor.page.goto(`${server.url}/workbench/entities/Person/${personId}`);
    await expect.poll(() => visitor.page.getByRole('alert').textContent(), WAIT).toContain('请先以馆员账号');
    expect(await visitor.page.getByLabel('职务/职称').count()).toBe(0);
    expect(visitor.failures).toEqual([]);
    await visitor.close();

    const reader = await openPage(browser);
    await signIn(reader.page, 'reader@example.org');
    await reader.page.getByText('reader（读者）').waitFor();
    expect(await reader.page.getByRole('link', { name: '馆员工作台' }).count()).toBe(0);
    await reader.page.goto(`${server.url}/workbench`);
    await expect.poll(() => reader.page.getByRole('alert').textContent(), WAIT).toContain('仅对馆员和管理员开放');
    await reader.page.getByRole('button', { name: '退出' }).click();
    await reader.page.getByRole('link', { name: '登录' }).waitFor();
    await reader.page.reload();
    await reader.page.getByRole('link', { name: '登录' }).waitFor(); // the session is gone on the server too
    expect(reader.failures).toEqual([]);
    await reader.close();
  });

  it('lets a library accept or decline another library’s links to its policies, and remove a crawl source', async () => {
    await seedAccount(graph, 'zhao@jsxlib.cn', 'LIBRARIAN', 'jiashan-library');
    const other = await new Client(server.url).login('zhao@jsxlib.cn');
    const ours = await createPolicy(colleague, '嘉兴市科技创新券管理办法');
    const repealing = await createPolicy(other, '嘉善县科技创新券实施细则');
    const amending = await createPolicy(other, '嘉善县创新券补充通知');
    for (const [from, type] of [
      [repealing.id, 'REPEALS'],
      [amending.id, 'AMENDS'],
    ] as const) {
      const asked = await other.gql(CROSS_LINK, { input: { fromId: from, type, toId: ours.id } });
      expect(asked.data?.link.pending).toBe(true);
    }
    const source = await buildSource(graph, { name: '待移除的测试采集源' });

    const { page, failures, close } = await openPage(browser);
    await signIn(page, 'wang@jxlib.cn');
    await page.getByRole('heading', { name: '馆员工作台' }).waitFor();
    await page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: '待确认关联' }).click();
    const card = (title: string) => page.locator('li.card').filter({ hasText: title });
    await card('嘉善县科技创新券实施细则').waitFor(WAIT);
    expect(await page.locator('li.card').count()).toBe(2);
    expect(await card('嘉善县科技创新券实施细则').textContent()).toContain('废止');
    await card('嘉善县科技创新券实施细则').getByRole('button', { name: '接受' }).click();
    await expect.poll(() => page.locator('.success').first().textContent(), WAIT).toContain('已接受');
    await card('嘉善县创新券补充通知').getByRole('button', { name: '拒绝' }).click();
    await expect.poll(() => page.getByText('没有等待本馆确认的关联。').count(), WAIT).toBe(1);
    const live = async (type: string, from: string) =>
      (
        await graph.read<{ n: number }>(
          `MATCH (:Policy {id: $from})-[r:${type}]->(:Policy {id: $to}) WHERE NOT coalesce(r.deleted, false) RETURN count(r) AS n`,
          { from, to: ours.id },
        )
      )[0]!.n;
    expect(await live('REPEALS', repealing.id)).toBe(1);
    expect(await live('AMENDS', amending.id)).toBe(0);

    await page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: '采集源' }).click();
    const sourceCard = card('待移除的测试采集源');
    await sourceCard.getByRole('button', { name: '移除' }).click();
    await sourceCard.getByRole('button', { name: '确认移除' }).click();
    await expect.poll(() => page.locator('.success').first().textContent(), WAIT).toContain('已移除采集源「待移除的测试采集源」');
    expect(await graph.read('MATCH (s:Source {id: $id}) RETURN s.id', { id: source.id })).toEqual([]);
    expect(failures).toEqual([]);
    await close();
  });
});
