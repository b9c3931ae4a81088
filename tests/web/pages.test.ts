import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDraft } from '../../domain/policy/types.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { addThemeDocuments, FIXTURE_MODEL } from '../support/topic-fixture.js';
import { TopicService } from '../../services/topic/topic-service.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { signedInClient, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { typed } from '../gql/index.js';
import type { PolicyConditionsInput } from '../gql/graphql.js';

/** The public pages in a real Chromium: policies, matching and topics, on data stored by the real services. */

const draft = (fields: Partial<PolicyDraft> & Pick<PolicyDraft, 'url' | 'title'>): PolicyDraft => ({
  documentNumber: null,
  issuer: null,
  writtenDate: null,
  publishedDate: null,
  validity: null,
  effectiveDate: null,
  expiryDate: null,
  category: null,
  text: fields.title,
  html: `<p>${fields.title}</p>`,
  attachments: [],
  relations: [],
  ...fields,
});

const SET_CONDITIONS = typed(`
  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {
    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {
      version
    }
  }
`);

// Pages load over real HTTP on a busy machine: wait for what must appear, however long it takes within this.
const WAIT = { timeout: 20_000 };

describe('web: policies, matching and topics', { timeout: 120_000 }, () => {
  let graph: Graph;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startApp>>;
  let industry: { code: string; name: string };

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    const repos = createRepositories(graph);
    [industry] = (await graph.read<{ code: string; name: string }>(
      'MATCH (i:Industry)-[:PART_OF]->(:Industry) RETURN i.code AS code, i.name AS name ORDER BY i.code LIMIT 1',
    )) as [typeof industry];
    const save = (id: string, regionCode: string, level: string, d: PolicyDraft, industryCodes: string[] = []) =>
      graph.writeTx((tx) =>
        repos.policies.save(tx, {
          id,
          draft: d,
          contentHash: `hash-${id}`,
          sourceId: 'test-source',
          regionCode,
          level,
          industryCodes,
          issuerId: d.issuer ? `issuer-${d.issuer}` : null,
          etag: null,
          lastModified: null,
        }),
      );
    await save(
      'p-haining-rd',
      '330481',
      'COUNTY',
      draft({
        url: 'https://www.haining.gov.cn/p1',
        title: '海宁市高新技术企业研发补助办法',
        documentNumber: '海政发〔2025〕3号',
        issuer: '海宁市科学技术局',
        writtenDate: '2025-02-20',
        publishedDate: '2025-03-01',
        validity: '有效',
        html: '<h2>第一条</h2><p>对研发投入达到要求的高新技术企业给予补助。</p>',
        attachments: [{ url: 'https://www.haining.gov.cn/p1/申报表.docx', name: '申报表.docx', format: 'docx' }],
      }),
      [industry.code],
    );
    await save(
      'p-city-specialized',
      '330400',
      'CITY',
      draft({
        url: 'https://www.jiaxing.gov.cn/p2',
        title: '嘉兴市专精特新企业奖励',
        issuer: '嘉兴市经济和信息化局',
        publishedDate: '2024-11-05',
        validity: '有效',
      }),
    );
    await save(
      'p-city-old',
      '330400',
      'CITY',
      draft({
        url: 'https://www.jiaxing.gov.cn/p3',
        title: '嘉兴市数字经济扶持办法（旧）',
        issuer: '嘉兴市经济和信息化局',
        publishedDate: '2021-06-01',
        validity: '废止',
      }),
    );
    // Conditions are curated by a librarian over the API, as in production.
    const librarian = await signedInClient(graph, server.url);
    const conditions: [string, PolicyConditionsInput][] = [
      ['p-haining-rd', { industryCodes: [industry.code], regionCodes: ['330481'], qualifications: ['HIGH_TECH'], minRdStaff: 10 }],
      ['p-city-specialized', { industryCodes: [industry.code], qualifications: ['SPECIALIZED'] }],
    ];
    for (const [id, c] of conditions) {
      const reply = await librarian.gql(SET_CONDITIONS, { id, c });
      if (reply.errors) throw new Error(JSON.stringify(reply.errors));
    }
    for (const theme of ['materials', 'medicine', 'agriculture'] as const) await addThemeDocuments(graph, repos, theme, 0, 8);
    await new TopicService(graph, repos, { seed: 42, count: 3, minTopicSize: 5, industryThreshold: 0.3 }, FIXTURE_MODEL).rebuild();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('filters the policy list through the URL, and back restores the previous results', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/policies`);
    const titles = () => page.locator('li.policy h3').allTextContents();
    await expect.poll(titles, WAIT).toHaveLength(3);
    expect((await titles())[0]).toBe('海宁市高新技术企业研发补助办法'); // newest first

    await page.getByLabel('效力').selectOption({ label: '废止' });
    await expect.poll(titles, WAIT).toEqual(['嘉兴市数字经济扶持办法（旧）']);
    expect(new URL(page.url()).searchParams.get('validity')).toBe('REPEALED');

    await page.getByLabel('效力').selectOption({ label: '全部' });
    await page.getByLabel('发文机关').fill('经济和信息化局');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(titles, WAIT).toEqual(['嘉兴市专精特新企业奖励', '嘉兴市数字经济扶持办法（旧）']);
    expect(new URL(page.url()).searchParams.get('issuer')).toBe('经济和信息化局');

    await page.getByLabel('发文机关').fill('没有这个机关');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(() => page.locator('.results .empty').textContent(), WAIT).toContain('没有符合条件的政策');

    await page.goBack();
    await expect.poll(titles, WAIT).toEqual(['嘉兴市专精特新企业奖励', '嘉兴市数字经济扶持办法（旧）']);
    expect(await page.getByLabel('发文机关').inputValue()).toBe('经济和信息化局');

    // A shared link opens the same filtered list.
    await page.goto(`${server.url}/policies?region=330481`);
    await expect.poll(titles, WAIT).toEqual(['海宁市高新技术企业研发补助办法']);
    expect(failures).toEqual([]);
    await close();
  });

  it('shows a policy with its number, issuer, validity, body, attachments, conditions and revisions', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/policies`);
    await page.getByRole('link', { name: '海宁市高新技术企业研发补助办法' }).click();
    await page.locator('#policy-title').waitFor();
    expect(new URL(page.url()).pathname).toBe('/policies/p-haining-rd');
    const facts = await page.locator('.facts').first().textContent();
    expect(facts).toContain('海政发〔2025〕3号');
    expect(facts).toContain('海宁市科学技术局');
    expect(facts).toContain('2025-02-20');
    expect(await page.locator('.badge.validity-valid').first().textContent()).toBe('有效');
    // The body is the server's sanitised HTML, rendered as HTML.
    expect(await page.locator('.policy-body h2').textContent()).toBe('第一条');
    expect(await page.getByRole('link', { name: '申报表.docx' }).getAttribute('href')).toBe('https://www.haining.gov.cn/p1/申报表.docx');
    const conditions = await page.locator('section[aria-labelledby="conditions-heading"]').textContent();
    expect(conditions).toContain('海宁市');
    expect(conditions).toContain('高新技术企业');
    expect(conditions).toContain('不少于 10 人');
    expect(await page.locator('section[aria-labelledby="revisions-heading"] tbody tr').count()).toBe(1);
    // Visitors get no librarian controls.
    expect(await page.getByRole('link', { name: '编辑申报条件' }).count()).toBe(0);
    expect(failures).toEqual([]);
    await close();
  });

  it('matches a company profile: 适用 with reasons, 接近 with what is missing, the profile kept in the URL', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/match`);
    await page.getByRole('button', { name: '查找适用政策' }).click();
    expect(await page.locator('#industries-error').textContent()).toBe('请至少选择一个产业');

    await page.getByRole('checkbox', { name: industry.name, exact: true }).check();
    await page.getByLabel('注册地（区县）').selectOption({ label: '海宁市' });
    await page.getByLabel('员工人数').fill('80');
    await page.getByLabel('研发人员数').fill('12');
    await page.getByRole('checkbox', { name: '高新技术企业' }).check();
    await page.getByRole('button', { name: '查找适用政策' }).click();

    const applies = page.locator('.match-group.applies li.match');
    const nearly = page.locator('.match-group.nearly li.match');
    await applies.first().waitFor();
    expect(await applies.locator('h4').allTextContents()).toEqual(['海宁市高新技术企业研发补助办法']);
    const reasons = await applies.first().locator('.reasons li').allTextContents();
    expect(reasons).toEqual(expect.arrayContaining(['注册地：海宁市', '已认定高新技术企业', '研发人员 12 人，符合要求']));
    expect(await nearly.locator('h4').allTextContents()).toEqual(['嘉兴市专精特新企业奖励']);
    expect(await nearly.first().locator('.missing li').allTextContents()).toEqual(['需取得专精特新企业认定']);

    const url = new URL(page.url());
    expect(url.searchParams.getAll('industry')).toEqual([industry.code]);
    expect(url.searchParams.get('rd')).toBe('12');
    // The same link in another browser gives the same results.
    const other = await openPage(browser);
    await other.page.goto(url.toString());
    await other.page.locator('.match-group.applies li.match').first().waitFor();
    expect(await other.page.locator('.match-group.applies h4').allTextContents()).toEqual(['海宁市高新技术企业研发补助办法']);
    expect(await other.page.getByLabel('研发人员数').inputValue()).toBe('12');
    await other.close();
    // This browser remembers the profile when the page is opened again without one.
    await page.goto(`${server.url}/match`);
    await expect.poll(() => new URL(page.url()).searchParams.get('rd'), WAIT).toBe('12');
    // A link with a value the form refuses names it instead of matching.
    await page.goto(`${server.url}/match?industry=${industry.code}&employees=很多`);
    await expect.poll(() => page.locator('#employees-error').textContent(), WAIT).toBe('请输入不小于 0 的整数');
    expect(await page.locator('.results [role="alert"]').textContent()).toContain('链接中的企业信息有误');
    expect(failures).toEqual([]);
    await close();
  });

  it('shows a topic with its keywords, trend and documents', async () => {
    const { page, failures, close } = await openPage(browser);
    await page.goto(`${server.url}/topics`);
    const materials = page.locator('li.topic', { hasText: '碳纤维' });
    await materials.waitFor();
    for (const theme of ['高血压', '水稻']) expect(await page.locator('li.topic', { hasText: theme }).count()).toBe(1);
    await materials.getByRole('link').click();
    await page.locator('#topic-title').waitFor();
    const keywords = await page.locator('.keywords-list li').allTextContents();
    expect(keywords).toEqual(expect.arrayContaining(['碳纤维', '复合材料']));
    expect(await page.locator('.trend svg rect').count()).toBe(4); // 2018–2021
    expect(await page.locator('#documents-heading').textContent()).toBe('全部文献（8）');
    const documents = await page.locator('.topic-documents li a').allTextContents();
    expect(documents).toHaveLength(8);
    expect(documents.every((title) => title.startsWith('碳纤维复合材料界面性能研究'))).toBe(true);
    expect(failures).toEqual([]);
    await close();
  });
});
