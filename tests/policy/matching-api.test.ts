import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { suggestConditions } from '../../services/policy/matching.js';
import { Client, codeOf, seedAccount, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** Policy matching on a hand-built set of policies: ranked results with reasons and what is missing. */

interface Match {
  policy: { id: string; label: string };
  status: string;
  reasons: string[];
  missing: string[];
}

const MATCH = 'query ($p: CompanyProfile!) { matchPolicies(profile: $p) { policy { id label } status reasons missing } }';
const SET =
  'mutation ($id: ID!, $v: Int!, $c: PolicyConditionsInput!) { setPolicyConditions(policyId: $id, version: $v, conditions: $c) { version minRdStaff qualifications } }';

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
    // Policies as the policy module stores them; conditions are curated below through the API.
    await graph.write(
      `UNWIND $policies AS p
       CREATE (n:Policy {id: p.id, title: p.title, text: p.text})
       WITH n, p
       UNWIND p.supports AS code
       MATCH (i:Industry {code: code})
       CREATE (n)-[:SUPPORTS]->(i)`,
      {
        policies: [
          { id: 'p-general', title: '产业发展通用扶持政策', text: '', supports: [parent] },
          { id: 'p-haining-rd', title: '海宁市高新技术企业研发补助', text: '', supports: [] },
          { id: 'p-specialized', title: '专精特新企业奖励', text: '', supports: [] },
          { id: 'p-jiashan', title: '嘉善县企业扶持', text: '', supports: [child] },
          { id: 'p-expired', title: '已失效的政策', text: '', supports: [child] },
          { id: 'p-startup', title: '初创企业扶持', text: '', supports: [child] },
          { id: 'p-other', title: '其他产业政策', text: '', supports: [other] },
          { id: 'p-far', title: '条件很多的政策', text: '', supports: [child] },
        ],
      },
    );
    const conditions: [string, Record<string, unknown>][] = [
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

  const profile = () => ({
    industries: [child],
    region: '330481',
    foundedOn: '2015-06-01',
    employees: 80,
    revenue: 3000,
    rdStaff: 12,
    qualifications: ['HIGH_TECH'],
  });

  it('ranks what applies first (most conditions met first), then what nearly applies, with reasons', async () => {
    const reply = await new Client(server.url).gql<{ matchPolicies: Match[] }>(MATCH, { p: profile() });
    expect(reply.errors).toBeUndefined();
    const matches = reply.data!.matchPolicies;
    expect(matches.map((m) => [m.policy.id, m.status])).toEqual([
      ['p-haining-rd', 'APPLIES'],
      ['p-general', 'APPLIES'],
      ['p-specialized', 'NEARLY'],
    ]);
    const [rd, general, specialized] = matches as [Match, Match, Match];
    expect(rd.reasons).toEqual(expect.arrayContaining(['注册地：海宁市', '已认定高新技术企业', '研发人员 12 人，符合要求']));
    expect(rd.reasons.some((r) => r.startsWith('产业：'))).toBe(true);
    expect(rd.missing).toEqual([]);
    expect(general.reasons).toEqual([expect.stringContaining(`含 ${child}`)]);
    expect(specialized.missing).toEqual(['需取得专精特新企业认定']);
    expect(specialized.policy.label).toBe('专精特新企业奖励');
  });

  it('says what is missing when the profile leaves it out, and moves policies as the profile changes', async () => {
    const sparse = await new Client(server.url).gql<{ matchPolicies: Match[] }>(MATCH, { p: { industries: [child] } });
    const rd = sparse.data!.matchPolicies.find((m) => m.policy.id === 'p-haining-rd');
    // Region, qualification and R&D staff unknown: three gaps, too many to be "nearly".
    expect(rd).toBeUndefined();
    const startup = sparse.data!.matchPolicies.find((m) => m.policy.id === 'p-startup');
    expect(startup).toMatchObject({ status: 'NEARLY', missing: ['需提供成立日期'] });

    const young = await new Client(server.url).gql<{ matchPolicies: Match[] }>(MATCH, {
      p: { ...profile(), foundedOn: '2025-01-01', qualifications: ['HIGH_TECH', 'SPECIALIZED'] },
    });
    const ids = young.data!.matchPolicies.filter((m) => m.status === 'APPLIES').map((m) => m.policy.id);
    expect(ids).toEqual(expect.arrayContaining(['p-haining-rd', 'p-specialized', 'p-startup', 'p-general']));
    expect(young.data!.matchPolicies.map((m) => m.policy.id)).not.toContain('p-jiashan');
    expect(young.data!.matchPolicies.map((m) => m.policy.id)).not.toContain('p-expired');
    expect(young.data!.matchPolicies.map((m) => m.policy.id)).not.toContain('p-other');
  });

  it('refuses a bad profile with VALIDATION', async () => {
    for (const p of [
      { industries: [] },
      { industries: ['no-such-industry'] },
      { industries: [child], foundedOn: '2024-13-40' },
      { industries: [child], employees: -1 },
    ]) {
      expect(codeOf(await new Client(server.url).gql(MATCH, { p }))).toBe('VALIDATION');
    }
  });

  it('lets only librarians set conditions, with versions and an audit entry', async () => {
    expect(codeOf(await new Client(server.url).gql(SET, { id: 'p-general', v: 0, c: { minRdStaff: 1 } }))).toBe('UNAUTHENTICATED');
    const reader = await new Client(server.url).login('reader@example.org');
    expect(codeOf(await reader.gql(SET, { id: 'p-general', v: 0, c: { minRdStaff: 1 } }))).toBe('FORBIDDEN');
    expect(codeOf(await librarian.gql(SET, { id: 'no-such-policy', v: 0, c: {} }))).toBe('NOT_FOUND');
    expect(codeOf(await librarian.gql(SET, { id: 'p-general', v: 0, c: { minAgeYears: 5, maxAgeYears: 2 } }))).toBe('VALIDATION');

    const saved = await librarian.gql<{ setPolicyConditions: { version: number; minRdStaff: number } }>(SET, {
      id: 'p-specialized',
      v: 1,
      c: { industryCodes: [child], qualifications: ['SPECIALIZED'], minRdStaff: 3 },
    });
    expect(saved.data!.setPolicyConditions).toMatchObject({ version: 2, minRdStaff: 3 });
    const stale = await librarian.gql(SET, { id: 'p-specialized', v: 1, c: { qualifications: [] } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const read = await new Client(server.url).gql<{ policyConditions: { version: number; qualifications: string[] } }>(
      '{ policyConditions(policyId: "p-specialized") { version qualifications } }',
    );
    expect(read.data!.policyConditions).toEqual({ version: 2, qualifications: ['SPECIALIZED'] });
    const audit = await graph.read<{ before: string; after: string }>(
      "MATCH (a:AuditEntry {entityId: 'p-specialized', action: 'CONDITIONS'}) RETURN a.before AS before, a.after AS after ORDER BY a.id DESC LIMIT 1",
    );
    expect(JSON.parse(audit[0]!.before).minRdStaff).toBeNull();
    expect(JSON.parse(audit[0]!.after).minRdStaff).toBe(3);
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
    await graph.write("MATCH (p:Policy {id: 'p-general'}) SET p.text = '对认定为专精特新的企业，研发人员达到20人的给予奖励'");
    const reply = await librarian.gql<{ suggestPolicyConditions: { minRdStaff: number; qualifications: string[] } }>(
      '{ suggestPolicyConditions(policyId: "p-general") { minRdStaff qualifications evidence } }',
    );
    expect(reply.data!.suggestPolicyConditions).toMatchObject({ minRdStaff: 20, qualifications: ['SPECIALIZED'] });
    const clauses = await librarian.gql<{ suggestPolicyConditions: { clauses: { field: string; text: string }[] } }>(
      '{ suggestPolicyConditions(policyId: "p-general") { clauses { field text } } }',
    );
    expect(clauses.data!.suggestPolicyConditions.clauses).toContainEqual({
      field: 'RD_STAFF',
      text: '对认定为专精特新的企业，研发人员达到20人的给予奖励',
    });
    expect(codeOf(await new Client(server.url).gql('{ suggestPolicyConditions(policyId: "p-general") { evidence } }'))).toBe(
      'UNAUTHENTICATED',
    );
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
    await graph.write(
      `UNWIND $policies AS p
       CREATE (n:Policy {id: p.id, title: p.title, text: '', validity: p.validity, effectiveDate: p.effective, expiryDate: p.expiry,
                         version: 1, deleted: coalesce(p.deleted, false)})
       WITH n, p
       MATCH (i:Industry {code: $child}), (r:Region {code: p.region})
       CREATE (n)-[:SUPPORTS {origin: 'crawler', deleted: false}]->(i)
       CREATE (n)-[:IN_REGION {origin: 'crawler', deleted: false}]->(r)`,
      {
        child,
        policies: [
          { id: 'f-valid', title: '有效期内的政策', validity: '有效', effective: '2025-01-01', expiry: '2026-12-31', region: '330400' },
          { id: 'f-plain', title: '海宁市无日期政策', validity: null, effective: null, expiry: null, region: '330481' },
          { id: 'f-nearly', title: '专精特新政策', validity: '有效', effective: null, expiry: null, region: '330400' },
          { id: 'f-last-day', title: '今日到期的政策', validity: '有效', effective: null, expiry: '2025-06-15', region: '330400' },
          { id: 'f-repealed', title: '已废止的政策', validity: '废止', effective: null, expiry: null, region: '330400' },
          { id: 'f-expired', title: '昨日到期的政策', validity: '有效', effective: null, expiry: '2025-06-14', region: '330400' },
          { id: 'f-future', title: '明日施行的政策', validity: '有效', effective: '2025-06-16', expiry: null, region: '330400' },
          { id: 'f-conditions-expired', title: '申报期已过的政策', validity: '有效', effective: null, expiry: null, region: '330400' },
          { id: 'f-replaced', title: '已被替代的政策', validity: '有效', effective: null, expiry: null, region: '330400' },
          { id: 'f-replaced-later', title: '将被替代的政策', validity: '有效', effective: null, expiry: null, region: '330400' },
          { id: 'f-repealed-by-deleted', title: '废止它的政策已删除', validity: '有效', effective: null, expiry: null, region: '330400' },
          { id: 'f-deleted', title: '已删除的废止政策', validity: '有效', effective: null, expiry: null, region: '330400', deleted: true },
          { id: 'f-jiashan', title: '嘉善县政策', validity: '有效', effective: null, expiry: null, region: '330421' },
        ],
      },
    );
    await graph.write(
      `MATCH (a:Policy {id: 'f-valid'}), (b:Policy {id: 'f-replaced'}), (c:Policy {id: 'f-future'}), (d:Policy {id: 'f-replaced-later'}),
             (e:Policy {id: 'f-deleted'}), (f:Policy {id: 'f-repealed-by-deleted'})
       CREATE (a)-[:REPLACES {origin: 'crawler', deleted: false}]->(b), (c)-[:REPLACES {origin: 'crawler', deleted: false}]->(d),
              (e)-[:REPEALS {origin: 'crawler', deleted: false}]->(f)`,
    );
    const conditions: [string, Record<string, unknown>][] = [
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
    const reply = await new Client(server.url).gql<{ matchPolicies: Match[] }>(MATCH, {
      p: { industries: [child], region: '330481', rdStaff: 12 },
    });
    expect(reply.errors).toBeUndefined();
    const matches = reply.data!.matchPolicies;
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
    const elsewhere = await new Client(server.url).gql<{ matchPolicies: Match[] }>(MATCH, {
      p: { industries: [child], region: '330421', rdStaff: 12 },
    });
    const ids = elsewhere.data!.matchPolicies.map((m) => m.policy.id);
    expect(ids).toContain('f-jiashan');
    expect(ids).not.toContain('f-plain');
    const unknown = await new Client(server.url).gql<{ matchPolicies: Match[] }>(MATCH, { p: { industries: [child] } });
    expect(unknown.data!.matchPolicies.find((m) => m.policy.id === 'f-plain')).toMatchObject({
      status: 'NEARLY',
      missing: ['需提供注册地（区县）'],
    });
  });

  it('filters the policy list by inForce on the same clock', async () => {
    const list = async (inForce: boolean) =>
      (
        await new Client(server.url).gql<{ policies: { items: { id: string }[] } }>(
          'query ($f: Boolean) { policies(first: 50, filter: { inForce: $f }) { items { id } } }',
          {
            f: inForce,
          },
        )
      )
        .data!.policies.items.map((p) => p.id)
        .sort();
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
    const read = await new Client(server.url).gql<{ policyConditions: { clauses: { field: string; text: string }[] } }>(
      '{ policyConditions(policyId: "f-valid") { clauses { field text } } }',
    );
    expect(read.data!.policyConditions.clauses).toEqual([
      { field: 'RD_STAFF', text: '研发人员不少于5人' },
      { field: 'INDUSTRY', text: '支持智能制造企业' },
    ]);
    expect(codeOf(await librarian.gql(SET, { id: 'f-valid', v: 1, c: { clauses: [{ field: 'AGE', text: '  ' }] } }))).toBe('VALIDATION');
  });
});
