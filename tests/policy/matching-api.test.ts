import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { suggestConditions } from '../../services/policy/matching.js';
import type { CompanyProfile, PolicyConditionsInput } from '../gql/graphql.js';
import { Client, codeOf, seedAccount, startApp } from '../support/client.js';
import { buildPolicy, type PolicyOverrides } from '../support/factories/policy.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { MATCH, SET, CONDITIONS, SUGGEST, IN_FORCE_LIST, matchesOf, type MatchNode } from './matching-documents.js';

/**
 * Policy matching on a hand-built set of policies: ranked results with reasons and what is
 * missing. Each describe builds its policies once and its tests only read them; a test that
 * writes builds a policy of its own, repealed so that no match ever includes it.
 */

describe('policy matching', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let librarian: Client;
  let child: string;
  let parent: string;
  let other: string;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    await seedAccount(graph, 'lib@example.org', 'LIBRARIAN', 'haining-library');
    await seedAccount(graph, 'reader@example.org', 'READER');
    librarian = await new Client(server.url).login('lib@example.org');
    const [pair] = await graph.read<{ child: string; parent: string }>(
      'MATCH (c:Industry)-[:PART_OF]->(p:Industry) RETURN c.code AS child, p.code AS parent ORDER BY c.code LIMIT 1',
    );
    ({ child, parent } = pair!);
    other = (
      await graph.read<{ code: string }>(
        'MATCH (i:Industry) WHERE NOT (i)-[:PART_OF*0..]-(:Industry {code: $parent}) RETURN i.code AS code LIMIT 1',
        { parent },
      )
    )[0]!.code;
    // Policies as the crawler stores them, without a region; conditions are curated below through the API.
    const policies: [string, string, string[]][] = [
      ['p-general', '产业发展通用扶持政策', [parent]],
      ['p-haining-rd', '海宁市高新技术企业研发补助', []],
      ['p-specialized', '专精特新企业奖励', []],
      ['p-jiashan', '嘉善县企业扶持', [child]],
      ['p-expired', '已失效的政策', [child]],
      ['p-startup', '初创企业扶持', [child]],
      ['p-other', '其他产业政策', [other]],
      ['p-far', '条件很多的政策', [child]],
    ];
    for (const [id, title, industryCodes] of policies) await buildPolicy(graph, { id, title, industryCodes, regionCode: null });
    const conditions: [string, PolicyConditionsInput][] = [
      ['p-haining-rd', { industryCodes: [child], regionCodes: ['330481'], qualifications: ['HIGH_TECH'], minRdStaff: 10 }],
      ['p-specialized', { industryCodes: [child], qualifications: ['SPECIALIZED'] }],
      ['p-jiashan', { regionCodes: ['330421'] }],
      ['p-expired', { validUntil: '2020-12-31' }],
      ['p-startup', { maxAgeYears: 3 }],
      ['p-far', { qualifications: ['SPECIALIZED', 'TECH_SME'], minRdStaff: 50, minRevenue: 50000 }],
    ];
    for (const [id, c] of conditions) {
      const reply = await librarian.gql(SET, { id, v: 0, c });
      if (reply.errors) throw new Error(JSON.stringify(reply.errors));
    }
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  const profile = (): CompanyProfile => ({
    industries: [child],
    region: '330481',
    foundedOn: '2015-06-01',
    employees: 80,
    revenue: 3000,
    rdStaff: 12,
    qualifications: ['HIGH_TECH'],
  });

  it('ranks what applies first (most conditions met first), then what nearly applies, with reasons', async () => {
    const reply = await new Client(server.url).gql(MATCH, { p: profile() });
    expect(reply.errors).toBeUndefined();
    const matches = matchesOf(reply);
    expect(matches.map((m) => [m.policy.id, m.status])).toEqual([
      ['p-haining-rd', 'APPLIES'],
      ['p-general', 'APPLIES'],
      ['p-specialized', 'NEARLY'],
    ]);
    const [rd, general, specialized] = matches as [MatchNode, MatchNode, MatchNode];
    expect(rd.reasons).toEqual(expect.arrayContaining(['注册地：海宁市', '已认定高新技术企业', '研发人员 12 人，符合要求']));
    expect(rd.reasons.some((r) => r.startsWith('产业：'))).toBe(true);
    expect(rd.missing).toEqual([]);
    expect(general.reasons).toEqual([expect.stringContaining(`含 ${child}`)]);
    expect(specialized.missing).toEqual(['需取得专精特新企业认定']);
    expect(specialized.policy.label).toBe('专精特新企业奖励');
  });

  it('says what is missing when the profile leaves it out, and moves policies as the profile changes', async () => {
    const sparse = matchesOf(await new Client(server.url).gql(MATCH, { p: { industries: [child] } }));
    const rd = sparse.find((m) => m.policy.id === 'p-haining-rd');
    // Region, qualification and R&D staff unknown: three gaps, too many to be "nearly".
    expect(rd).toBeUndefined();
    const startup = sparse.find((m) => m.policy.id === 'p-startup');
    expect(startup).toMatchObject({ status: 'NEARLY', missing: ['需提供成立日期'] });

    const young = matchesOf(
      await new Client(server.url).gql(MATCH, {
        p: { ...profile(), foundedOn: '2025-01-01', qualifications: ['HIGH_TECH', 'SPECIALIZED'] },
      }),
    );
    const ids = young.filter((m) => m.status === 'APPLIES').map((m) => m.policy.id);
    expect(ids).toEqual(expect.arrayContaining(['p-haining-rd', 'p-specialized', 'p-startup', 'p-general']));
    expect(young.map((m) => m.policy.id)).not.toContain('p-jiashan');
    expect(young.map((m) => m.policy.id)).not.toContain('p-expired');
    expect(young.map((m) => m.policy.id)).not.toContain('p-other');
  });

  it('pages the ranking as a connection: first, after, totalCount', async () => {
    const all = matchesOf(await new Client(server.url).gql(MATCH, { p: profile() }));
    const first = await new Client(server.url).gql(MATCH, { p: profile(), first: 2 });
    expect(first.data!.matchPolicies).toMatchObject({ pageInfo: { hasNextPage: true }, totalCount: all.length });
    const rest = await new Client(server.url).gql(MATCH, { p: profile(), first: 2, after: first.data!.matchPolicies.pageInfo.endCursor });
    expect([...matchesOf(first), ...matchesOf(rest)]).toEqual(all);
    expect(rest.data!.matchPolicies.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await new Client(server.url).gql(MATCH, { p: profile(), first: 101 }))).toBe('VALIDATION');
    expect(codeOf(await new Client(server.url).gql(MATCH, { p: profile(), after: 'not-a-cursor' }))).toBe('VALIDATION');
  });

  it('refuses a bad profile with VALIDATION', async () => {
    for (const p of [
      { industries: [] },
      { industries: ['no-such-industry'] },
      { industries: [child], foundedOn: '2024-13-40' },
      { industries: [child], employees: -1 },
    ] as CompanyProfile[]) {
      expect(codeOf(await new Client(server.url).gql(MATCH, { p }))).toBe('VALIDATION');
    }
  });

  it('lets only librarians set conditions, with versions and an audit entry', async () => {
    const { id } = await buildPolicy(graph, { title: '条件版本测试政策', validity: '废止', regionCode: null });
    expect((await librarian.gql(SET, { id, v: 0, c: { industryCodes: [child], qualifications: ['SPECIALIZED'] } })).errors).toBeUndefined();
    expect(codeOf(await new Client(server.url).gql(SET, { id, v: 1, c: { minRdStaff: 1 } }))).toBe('UNAUTHENTICATED');
    const reader = await new Client(server.url).login('reader@example.org');
    expect(codeOf(await reader.gql(SET, { id, v: 1, c: { minRdStaff: 1 } }))).toBe('FORBIDDEN');
    expect(codeOf(await librarian.gql(SET, { id: 'no-such-policy', v: 0, c: {} }))).toBe('NOT_FOUND');
    expect(codeOf(await librarian.gql(SET, { id, v: 1, c: { minAgeYears: 5, maxAgeYears: 2 } }))).toBe('VALIDATION');

    const saved = await librarian.gql(SET, {
      id,
      v: 1,
      c: { industryCodes: [child], qualifications: ['SPECIALIZED'], minRdStaff: 3 },
    });
    expect(saved.data!.setPolicyConditions).toMatchObject({ version: 2, minRdStaff: 3 });
    const stale = await librarian.gql(SET, { id, v: 1, c: { qualifications: [] } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const read = await new Client(server.url).gql(CONDITIONS, { id });
    expect(read.data!.policyConditions).toMatchObject({ version: 2, qualifications: ['SPECIALIZED'] });
    const audit = await graph.read<{ before: string; after: string }>(
      "MATCH (a:AuditEntry {entityId: $id, action: 'CONDITIONS'}) RETURN a.before AS before, a.after AS after ORDER BY a.at DESC, a.id DESC LIMIT 1",
      { id },
    );
    const minRdStaff = (json: string) => (JSON.parse(json) as { minRdStaff: number | null }).minRdStaff;
    expect(minRdStaff(audit[0]!.before)).toBeNull();
    expect(minRdStaff(audit[0]!.after)).toBe(3);
  });

  it('suggests conditions from the policy text for a librarian to check', async () => {
    const suggested = suggestConditions(
      '申报企业须为国家高新技术企业，成立不满5年，研发人员不少于10人，上年度营业收入不低于1.5亿元，从业人员不超过300人。',
    );
    expect(suggested).toMatchObject({
      qualifications: ['HIGH_TECH'],
      maxAgeYears: 5,
      minRdStaff: 10,
      minRevenue: 15000,
      maxEmployees: 300,
    });
    expect(suggested.evidence).toContain('成立不满5年');
    expect(suggested.clauses).toEqual(
      expect.arrayContaining([
        {
          field: 'AGE',
          text: '申报企业须为国家高新技术企业，成立不满5年，研发人员不少于10人，上年度营业收入不低于1.5亿元，从业人员不超过300人',
        },
        {
          field: 'QUALIFICATIONS',
          text: '申报企业须为国家高新技术企业，成立不满5年，研发人员不少于10人，上年度营业收入不低于1.5亿元，从业人员不超过300人',
        },
      ]),
    );
    expect(suggestConditions('一、适用对象。二、研发人员不少于8人；三、其他。').clauses).toEqual([
      { field: 'RD_STAFF', text: '二、研发人员不少于8人' },
    ]);
    expect(suggestConditions('本办法自发布之日起施行。')).toEqual({ evidence: [], clauses: [] });
    const { id } = await buildPolicy(graph, {
      title: '条件建议测试政策',
      text: '对认定为专精特新的企业，研发人员达到20人的给予奖励',
      validity: '废止',
      regionCode: null,
    });
    const reply = await librarian.gql(SUGGEST, { id });
    expect(reply.data!.suggestPolicyConditions).toMatchObject({ minRdStaff: 20, qualifications: ['SPECIALIZED'] });
    expect(reply.data!.suggestPolicyConditions!.clauses).toContainEqual({
      field: 'RD_STAFF',
      text: '对认定为专精特新的企业，研发人员达到20人的给予奖励',
    });
    expect(codeOf(await new Client(server.url).gql(SUGGEST, { id }))).toBe('UNAUTHENTICATED');
  });
});

describe('matching only policies in force, with the clauses behind each condition', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let librarian: Client;
  let child: string;
  // A fixed "today" (Beijing time): 2025-06-15.
  const clock = () => new Date('2025-06-15T04:00:00Z');

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph, { services: { clock } });
    await seedAccount(graph, 'lib@example.org', 'LIBRARIAN', 'haining-library');
    librarian = await new Client(server.url).login('lib@example.org');
    child = (
      await graph.read<{ code: string }>('MATCH (c:Industry)-[:PART_OF]->(:Industry) RETURN c.code AS code ORDER BY c.code LIMIT 1')
    )[0]!.code;
    // Replacing and repealing policies name the others by 发文字号, as pages do; the crawler links them.
    const number = (n: number) => `嘉政发〔2025〕${n}号`;
    const policies: PolicyOverrides[] = [
      {
        id: 'f-valid',
        title: '有效期内的政策',
        validity: '有效',
        effectiveDate: '2025-01-01',
        expiryDate: '2026-12-31',
        regionCode: '330400',
      },
      { id: 'f-plain', title: '海宁市无日期政策', validity: null, regionCode: '330481' },
      { id: 'f-nearly', title: '专精特新政策', validity: '有效', regionCode: '330400' },
      { id: 'f-last-day', title: '今日到期的政策', validity: '有效', expiryDate: '2025-06-15', regionCode: '330400' },
      { id: 'f-repealed', title: '已废止的政策', validity: '废止', regionCode: '330400' },
      { id: 'f-expired', title: '昨日到期的政策', validity: '有效', expiryDate: '2025-06-14', regionCode: '330400' },
      { id: 'f-future', title: '明日施行的政策', validity: '有效', effectiveDate: '2025-06-16', regionCode: '330400' },
      { id: 'f-conditions-expired', title: '申报期已过的政策', validity: '有效', regionCode: '330400' },
      { id: 'f-replaced', title: '已被替代的政策', validity: '有效', regionCode: '330400', documentNumber: number(1) },
      { id: 'f-replaced-later', title: '将被替代的政策', validity: '有效', regionCode: '330400', documentNumber: number(2) },
      { id: 'f-repealed-by-deleted', title: '废止它的政策已删除', validity: '有效', regionCode: '330400', documentNumber: number(3) },
      { id: 'f-deleted', title: '已删除的废止政策', validity: '有效', regionCode: '330400', deleted: true },
      { id: 'f-jiashan', title: '嘉善县政策', validity: '有效', regionCode: '330421' },
    ];
    const relations: Record<string, PolicyOverrides['relations']> = {
      'f-valid': [{ kind: 'REPLACES', documentNumber: number(1), title: null }],
      'f-future': [{ kind: 'REPLACES', documentNumber: number(2), title: null }],
      'f-deleted': [{ kind: 'REPEALS', documentNumber: number(3), title: null }],
    };
    for (const policy of policies) await buildPolicy(graph, { ...policy, industryCodes: [child], relations: relations[policy.id!] ?? [] });
    const conditions: [string, PolicyConditionsInput][] = [
      [
        'f-valid',
        {
          minRdStaff: 5,
          clauses: [
            { field: 'RD_STAFF', text: '研发人员不少于5人' },
            { field: 'INDUSTRY', text: '支持智能制造企业' },
          ],
        },
      ],
      ['f-nearly', { qualifications: ['SPECIALIZED'], clauses: [{ field: 'QUALIFICATIONS', text: '申报企业须为专精特新企业' }] }],
      ['f-conditions-expired', { validUntil: '2025-05-31' }],
    ];
    for (const [id, c] of conditions) {
      const reply = await librarian.gql(SET, { id, v: 0, c });
      if (reply.errors) throw new Error(JSON.stringify(reply.errors));
    }
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('returns only policies in force today, ranked, with reasons naming the industry link, the region and each clause', async () => {
    const reply = await new Client(server.url).gql(MATCH, {
      p: { industries: [child], region: '330481', rdStaff: 12 },
    });
    expect(reply.errors).toBeUndefined();
    const matches = matchesOf(reply);
    // Not in force: repealed, expired yesterday, effective tomorrow, conditions expired, replaced by a policy in force.
    expect(matches.map((m) => [m.policy.id, m.status])).toEqual([
      ['f-valid', 'APPLIES'],
      // Two reasons each (industry, region): by title in pinyin order (废, 海, 将, 今).
      ['f-repealed-by-deleted', 'APPLIES'],
      ['f-plain', 'APPLIES'],
      ['f-replaced-later', 'APPLIES'],
      ['f-last-day', 'APPLIES'],
      ['f-nearly', 'NEARLY'],
    ]);
    const byId = new Map(matches.map((m) => [m.policy.id, m]));
    expect(byId.get('f-valid')!.reasons).toEqual([
      expect.stringMatching(/^产业：.*，依据：政策支持产业（条款：“支持智能制造企业”）$/),
      '适用地区：嘉兴市',
      '研发人员 12 人，符合要求（条款：“研发人员不少于5人”）',
    ]);
    expect(byId.get('f-plain')!.reasons).toEqual([expect.stringMatching(/^产业：.*，依据：政策支持产业$/), '适用地区：海宁市']);
    expect(byId.get('f-nearly')!.missing).toEqual(['需取得专精特新企业认定（条款：“申报企业须为专精特新企业”）']);
  });

  it('leaves out a county policy for a company registered elsewhere, and asks for the county when the profile has none', async () => {
    const elsewhere = await new Client(server.url).gql(MATCH, {
      p: { industries: [child], region: '330421', rdStaff: 12 },
    });
    const ids = matchesOf(elsewhere).map((m) => m.policy.id);
    expect(ids).toContain('f-jiashan');
    expect(ids).not.toContain('f-plain');
    const unknown = await new Client(server.url).gql(MATCH, { p: { industries: [child] } });
    expect(matchesOf(unknown).find((m) => m.policy.id === 'f-plain')).toMatchObject({
      status: 'NEARLY',
      missing: ['需提供注册地（区县）'],
    });
  });

  it('filters the policy list by inForce on the same clock', async () => {
    const list = async (inForce: boolean) =>
      (await new Client(server.url).gql(IN_FORCE_LIST, { f: inForce })).data!.policies.edges.map((e) => e.node.id).sort();
    expect(await list(true)).toEqual([
      'f-jiashan',
      'f-last-day',
      'f-nearly',
      'f-plain',
      'f-repealed-by-deleted',
      'f-replaced-later',
      'f-valid',
    ]);
    expect(await list(false)).toEqual(['f-conditions-expired', 'f-expired', 'f-future', 'f-repealed', 'f-replaced']);
  });

  it('keeps the clauses a librarian saved with the conditions', async () => {
    const read = await new Client(server.url).gql(CONDITIONS, { id: 'f-valid' });
    expect(read.data!.policyConditions!.clauses).toEqual([
      { field: 'RD_STAFF', text: '研发人员不少于5人' },
      { field: 'INDUSTRY', text: '支持智能制造企业' },
    ]);
    expect(codeOf(await librarian.gql(SET, { id: 'f-valid', v: 1, c: { clauses: [{ field: 'AGE', text: '  ' }] } }))).toBe('VALIDATION');
  });
});
