import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import type { PolicyInput, PolicyPatch } from '../gql/graphql.js';
import { Client, codeOf, startApp, signInCuratorCast } from '../support/client.js';
import {
  CREATE,
  VIEW,
  HISTORY,
  AUDIT_BY_ACTOR,
  LAST_AUDIT,
  UPDATE,
  VERSION,
  CURATED,
  DELETE,
  RESTORE,
  LINK,
  LINK_TEXT,
  UNLINK,
  CONDITIONS,
  CONDITIONS_OF,
  VISIBLE,
  WITH_DELETED,
  WITH_DELETED_PAGE,
  CREATE_ISSUER,
  LINKED,
  LINK_KINDS,
  MENTIONS,
  createPolicy,
  must,
} from './curation-documents.js';
import { buildNewsItem } from '../support/factories/news.js';
import { resetGraph, testGraph } from '../support/graph.js';

/**
 * Policies curated over real HTTP: provenance, versions, soft delete per role, links and
 * audit (roles and library scope: curation-scope.test.ts). The accounts are signed in once;
 * every test creates the policies it works on.
 */

describe('policy curation', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let haining: Client;
  let haining2: Client;
  let jiashan: Client;
  let reader: Client;
  let admin: Client;
  let industry: string;
  const anonymous = () => new Client(server.url);

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    ({ haining, haining2, jiashan, reader, admin } = await signInCuratorCast(graph, server.url));
    industry = (
      await graph.read<{ code: string }>('MATCH (i:Industry)-[:PART_OF]->(:Industry) RETURN i.code AS code ORDER BY i.code LIMIT 1')
    )[0]!.code;
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  const count = async (cypher: string, params = {}) => (await graph.read<{ n: number }>(cypher, params))[0]!.n;
  const accountId = async (email: string) =>
    (await graph.read<{ id: string }>('MATCH (a:Account {email: $email}) RETURN a.id AS id', { email }))[0]!.id;

  it('creates a policy entered by hand, with provenance, a first revision and an audit entry', async () => {
    const policy = await createPolicy(haining, '海宁市促进科技企业发展的若干政策（纸质文件）', {
      documentNumber: '海政发〔2025〕3号',
      validity: 'VALID',
      effectiveDate: '2025-01-01',
      expiryDate: '2027-12-31',
      text: '一、对新认定的高新技术企业给予奖励。\n二、研发人员不少于10人的企业优先。',
      sourceUrl: 'https://www.haining.gov.cn/art/2025/1/1/art_1.html',
    });
    expect(policy).toMatchObject({
      documentNumber: '海政发〔2025〕3号',
      validity: 'VALID',
      level: 'COUNTY',
      url: 'https://www.haining.gov.cn/art/2025/1/1/art_1.html',
      version: 1,
      deleted: false,
      region: { code: '330481' },
      revisions: [{ number: 1 }],
      provenance: { sourceUrl: 'https://www.haining.gov.cn/art/2025/1/1/art_1.html', curator: { id: await accountId('hn@example.org') } },
    });
    const paper = await createPolicy(haining, '只有纸质文件的政策', { text: null, documentNumber: null });
    expect(paper).toMatchObject({ url: '', provenance: { sourceUrl: null } });

    const visitor = must(await anonymous().gql(VIEW, { id: policy.id })).policy!;
    expect(visitor).toMatchObject({ title: policy.title, provenance: { curator: null } });
    expect(visitor.html).toBe('<p>一、对新认定的高新技术企业给予奖励。</p>\n<p>二、研发人员不少于10人的企业优先。</p>');

    const history = must(await haining.gql(HISTORY, { id: policy.id })).policy!.history.edges.map((e) => e.node);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'CREATE', entityType: 'Policy', before: null });
    expect(JSON.parse(history[0]!.after!)).toMatchObject({
      title: policy.title,
      libraryId: 'haining-library',
      regionCode: '330481',
    });
    const mine = must(await admin.gql(AUDIT_BY_ACTOR, { a: await accountId('hn@example.org') }));
    expect(mine.auditLog.edges.map((e) => e.node.entityId)).toEqual(expect.arrayContaining([policy.id, paper.id]));
  });

  it('refuses invalid input with a typed error and stores nothing', async () => {
    const before = await count('MATCH (p:Policy) RETURN count(p) AS n');
    const bad: [PolicyInput, string][] = [
      [{ title: '  ', region: '330481' }, 'VALIDATION'],
      [{ title: 'x'.repeat(501), region: '330481' }, 'VALIDATION'],
      [{ title: '日期错误', region: '330481', effectiveDate: '2025-13-01' }, 'VALIDATION'],
      [{ title: '先失效后生效', region: '330481', effectiveDate: '2026-01-01', expiryDate: '2025-01-01' }, 'VALIDATION'],
      [{ title: '来源错误', region: '330481', sourceUrl: 'javascript:alert(1)' }, 'VALIDATION'],
      [{ title: '无此地区', region: '999999' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of bad) expect(codeOf(await haining.gql(CREATE, { i: input }))).toBe(code);
    expect(await count('MATCH (p:Policy) RETURN count(p) AS n')).toBe(before);

    const policy = await createPolicy(haining, '用于校验修改的政策', { effectiveDate: '2025-01-01' });
    const patches: [string, PolicyPatch, string][] = [
      [policy.id, { expiryDate: '2024-12-31' }, 'VALIDATION'],
      [policy.id, { title: null }, 'VALIDATION'],
      [policy.id, { region: 'nowhere' }, 'NOT_FOUND'],
      ['no-such-policy', { title: 'x' }, 'NOT_FOUND'],
    ];
    for (const [id, p, code] of patches) expect(codeOf(await haining.gql(UPDATE, { id, v: 1, p }))).toBe(code);
    expect(must(await haining.gql(VERSION, { id: policy.id })).policy).toEqual({
      version: 1,
      title: '用于校验修改的政策',
    });
  });

  it('updates with the current version and refuses a stale one with CONFLICT, losing nothing', async () => {
    const policy = await createPolicy(haining, '版本测试政策');
    const first = must(await haining.gql(UPDATE, { id: policy.id, v: 1, p: { validity: 'EXPIRED', category: '科技' } }));
    expect(first.updatePolicy).toMatchObject({ version: 2 });
    expect([...first.updatePolicy.curatedFields].sort()).toEqual(['category', 'validity']);
    const stale = await haining2.gql(UPDATE, { id: policy.id, v: 1, p: { category: '工业' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    const now = must(await anonymous().gql(CURATED, { id: policy.id }));
    expect(now.policy).toEqual({ validity: 'EXPIRED', category: '科技', version: 2 });
    const [entry] = must(await haining.gql(LAST_AUDIT, { id: policy.id })).auditLog.edges.map((e) => e.node);
    expect(entry!.action).toBe('UPDATE');
    expect(JSON.parse(entry!.before!)).toMatchObject({ validity: null, category: null, version: 1 });
    expect(JSON.parse(entry!.after!)).toMatchObject({ validity: '失效', category: '科技', version: 2 });
  });

  it('soft-deletes: hidden from visitors and readers everywhere, visible to librarians; restore brings it back', async () => {
    const policy = await createPolicy(haining, '禾创软删除验证专项扶持政策', { region: '330400', text: '软删除验证专项扶持' });
    must(await haining.gql(LINK, { i: { fromId: policy.id, type: 'SUPPORTS', toId: industry } }));
    must(await haining.gql(CONDITIONS, { id: policy.id, v: 0, c: { clauses: [{ field: 'INDUSTRY', text: '软删除验证专项扶持' }] } }));
    const conditionsOf = async (client: Client) => (await client.gql(CONDITIONS_OF, { id: policy.id })).data!.policyConditions;
    const visible = async (client: Client) => {
      const seen = (await client.gql(VISIBLE, { id: policy.id, p: { industries: [industry], region: '330481' } })).data!;
      const feed = await (await fetch(`${server.url}/feeds/policies.atom`)).text();
      return {
        policy: seen.policy !== null,
        list: seen.policies.edges.some((e) => e.node.id === policy.id),
        search: seen.search.edges.some((h) => h.node.id === policy.id),
        neighbourhood: seen.neighbourhood !== null,
        matching: seen.matchPolicies.edges.some((e) => e.node.policy.id === policy.id),
        feed: feed.includes(policy.title),
      };
    };
    const everywhere = { policy: true, list: true, search: true, neighbourhood: true, matching: true, feed: true };
    expect(await visible(anonymous())).toEqual(everywhere);

    const deleted = must(await haining.gql(DELETE, { id: policy.id, v: 1 }));
    expect(deleted.deletePolicy).toEqual({ deleted: true, version: 2 });
    const nowhere = { policy: false, list: false, search: false, neighbourhood: false, matching: false, feed: false };
    expect(await visible(anonymous())).toEqual(nowhere);
    expect(await visible(reader)).toEqual(nowhere);
    expect(await conditionsOf(anonymous())).toBeNull();
    expect(await conditionsOf(jiashan)).toEqual({ version: 1 });
    // Librarians still see it (by id, in search and in lists that ask for deleted policies); matching and feeds stay honest.
    expect(await visible(jiashan)).toMatchObject({ policy: true, search: true, matching: false, feed: false });
    const withDeleted = must(await jiashan.gql(WITH_DELETED));
    expect(withDeleted.policies.edges.map((e) => e.node)).toContainEqual({ id: policy.id, deleted: true });
    expect(codeOf(await reader.gql(WITH_DELETED_PAGE))).toBe('FORBIDDEN');
    expect(codeOf(await haining.gql(DELETE, { id: policy.id, v: 2 }))).toBe('CONFLICT');
    expect(codeOf(await haining.gql(UPDATE, { id: policy.id, v: 2, p: { title: '改' } }))).toBe('CONFLICT');

    const restored = must(await haining.gql(RESTORE, { id: policy.id, v: 2 }));
    expect(restored.restorePolicy).toEqual({ deleted: false, version: 3 });
    expect(await visible(anonymous())).toEqual(everywhere);
    const actions = must(await haining.gql(HISTORY, { id: policy.id })).policy!.history.edges.map((e) => e.node);
    expect(actions.map((h) => h.action)).toEqual(['RESTORE', 'DELETE', 'CONDITIONS', 'LINK', 'CREATE']);
  });

  it('links policies to industries, issuers, regions and other policies, and news to what it mentions', async () => {
    const policy = await createPolicy(haining, '关联测试政策');
    const older = await createPolicy(haining, '被废止的旧政策');
    const issuer = must(await haining.gql(CREATE_ISSUER)).createOrganization;
    const me = await accountId('hn@example.org');

    const supports = must(await haining.gql(LINK, { i: { fromId: policy.id, type: 'SUPPORTS', toId: industry } })).link;
    expect(supports).toEqual({
      type: 'SUPPORTS',
      origin: 'LIBRARIAN',
      fromId: policy.id,
      toId: industry,
      deleted: false,
      provenance: { curator: { id: me } },
    });
    must(await haining.gql(LINK, { i: { fromId: policy.id, type: 'ISSUED_BY', toId: issuer.id } }));
    must(await haining.gql(LINK, { i: { fromId: policy.id, type: 'REPEALS', toId: older.id } }));
    must(await haining.gql(LINK, { i: { fromId: policy.id, type: 'IN_REGION', toId: '330400' } }));
    const before = graph.stats.queries;
    const view = must(await anonymous().gql(LINKED, { id: policy.id })).policy;
    // The record with its issuer and links in one statement; region and industries one each (from memory in `hechuang start`).
    expect(graph.stats.queries - before).toBeLessThanOrEqual(3);
    expect(view).toEqual({
      level: 'CITY',
      region: { code: '330400' },
      industries: [{ code: industry }],
      issuerOrganization: { id: issuer.id },
      links: [{ kind: 'REPEALS', direction: 'OUT', policy: { id: older.id } }],
    });
    // One region at a time: the previous one is kept soft-deleted.
    expect(await count('MATCH (:Policy {id: $id})-[r:IN_REGION]->() WHERE NOT r.deleted RETURN count(r) AS n', { id: policy.id })).toBe(1);
    expect(
      await count('MATCH (:Policy {id: $id})-[r:IN_REGION {deleted: true}]->(:Region {code: "330481"}) RETURN count(r) AS n', {
        id: policy.id,
      }),
    ).toBe(1);

    // Unlinking the repeal: the old policy is no longer linked.
    expect(must(await haining.gql(UNLINK, { i: { fromId: policy.id, type: 'REPEALS', toId: older.id } })).unlink).toEqual({
      type: 'REPEALS',
      deleted: true,
    });
    expect(must(await anonymous().gql(LINK_KINDS, { id: older.id })).policy!.links).toEqual([]);

    const news = await buildNewsItem(graph, { title: '海宁科技企业获政策支持', regionCode: '330481', level: '区县' });
    must(await haining.gql(LINK, { i: { fromId: news.id, type: 'MENTIONS', toId: policy.id } }));
    must(await haining.gql(LINK, { i: { fromId: news.id, type: 'MENTIONS', toId: issuer.id } }));
    expect(must(await anonymous().gql(MENTIONS, { id: news.id })).newsItem!.mentions).toEqual([
      { id: policy.id, kind: 'POLICY', name: '关联测试政策' },
      { id: issuer.id, kind: 'ORGANIZATION', name: '海宁市科学技术局' },
    ]);

    const refused: [Record<string, unknown>, string][] = [
      [{ fromId: policy.id, type: 'AMENDS', toId: policy.id }, 'VALIDATION'],
      [{ fromId: issuer.id, type: 'SUPPORTS', toId: industry }, 'VALIDATION'],
      [{ fromId: policy.id, type: 'LEADS', toId: older.id }, 'VALIDATION'],
      [{ fromId: policy.id, type: 'IN_REGION', toId: '999999' }, 'NOT_FOUND'],
      [{ fromId: policy.id, type: 'SUPPORTS', toId: 'jx-nothing' }, 'NOT_FOUND'],
      [{ fromId: news.id, type: 'MENTIONS', toId: 'nobody' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of refused) expect(codeOf(await haining.gql(LINK_TEXT, { i: input }))).toBe(code);
    // A policy keeps one region: it is replaced by linking another, never removed.
    expect(codeOf(await haining.gql(UNLINK, { i: { fromId: policy.id, type: 'IN_REGION', toId: '330400' } }))).toBe('VALIDATION');

    const history = must(await haining.gql(HISTORY, { id: policy.id, first: 10 })).policy!.history.edges.map((e) => e.node);
    expect(history.map((h) => h.action)).toEqual(['UNLINK', 'LINK', 'LINK', 'LINK', 'LINK', 'CREATE']);
    expect(JSON.parse(history[1]!.after!)).toMatchObject({ type: 'IN_REGION', toKey: '330400' });
  });
});
