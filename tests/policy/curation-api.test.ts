import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { Client, codeOf, startApp, type Reply, signInCuratorCast } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** Policies curated over real HTTP: provenance, versions, soft delete per role, links, audit, roles and library scope. */

const POLICY =
  'id title documentNumber validity level url version deleted region { code } revisions { number } provenance { sourceUrl curator { id } }';
const CREATE = `mutation ($i: PolicyInput!) { createPolicy(input: $i) { ${POLICY} } }`;
const UPDATE =
  'mutation ($id: ID!, $v: Int!, $p: PolicyPatch!) { updatePolicy(id: $id, version: $v, patch: $p) { title version curatedFields } }';
const DELETE = 'mutation ($id: ID!, $v: Int!) { deletePolicy(id: $id, version: $v) { deleted version } }';
const RESTORE = 'mutation ($id: ID!, $v: Int!) { restorePolicy(id: $id, version: $v) { deleted version } }';
const LINK = 'mutation ($i: LinkInput!) { link(input: $i) { type origin fromId toId deleted provenance { curator { id } } } }';
const UNLINK = 'mutation ($i: LinkInput!) { unlink(input: $i) { type deleted } }';
const CONDITIONS =
  'mutation ($id: ID!, $v: Int!, $c: PolicyConditionsInput!) { setPolicyConditions(policyId: $id, version: $v, conditions: $c) { version } }';

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

  const must = <T>(reply: Reply<T>): T => {
    if (reply.errors || !reply.data) throw new Error(JSON.stringify(reply.errors));
    return reply.data;
  };
  async function createPolicy(client: Client, title: string, extra: Record<string, unknown> = {}) {
    return must(await client.gql<{ createPolicy: any }>(CREATE, { i: { title, region: '330481', ...extra } })).createPolicy;
  }
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

    const visitor = must(
      await anonymous().gql<{ policy: any }>(`query ($id: ID!) { policy(id: $id) { ${POLICY} html } }`, { id: policy.id }),
    ).policy;
    expect(visitor).toMatchObject({ title: policy.title, provenance: { curator: null } });
    expect(visitor.html).toBe('<p>一、对新认定的高新技术企业给予奖励。</p>\n<p>二、研发人员不少于10人的企业优先。</p>');

    const history = must(
      await haining.gql<{ policy: { history: any[] } }>(
        'query ($id: ID!) { policy(id: $id) { history { action entityType before after } } }',
        { id: policy.id },
      ),
    );
    expect(history.policy.history).toHaveLength(1);
    expect(history.policy.history[0]).toMatchObject({ action: 'CREATE', entityType: 'Policy', before: null });
    expect(JSON.parse(history.policy.history[0].after)).toMatchObject({
      title: policy.title,
      libraryId: 'haining-library',
      regionCode: '330481',
    });
    const mine = must(
      await admin.gql<{ auditLog: { nodes: { entityId: string }[] } }>('query ($a: ID!) { auditLog(actor: $a) { nodes { entityId } } }', {
        a: await accountId('hn@example.org'),
      }),
    );
    expect(mine.auditLog.nodes.map((n) => n.entityId)).toEqual(expect.arrayContaining([policy.id, paper.id]));
  });

  it('refuses invalid input with a typed error and stores nothing', async () => {
    const before = await count('MATCH (p:Policy) RETURN count(p) AS n');
    const bad: [Record<string, unknown>, string][] = [
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
    expect(codeOf(await haining.gql(UPDATE, { id: policy.id, v: 1, p: { expiryDate: '2024-12-31' } }))).toBe('VALIDATION');
    expect(codeOf(await haining.gql(UPDATE, { id: policy.id, v: 1, p: { title: null } }))).toBe('VALIDATION');
    expect(codeOf(await haining.gql(UPDATE, { id: policy.id, v: 1, p: { region: 'nowhere' } }))).toBe('NOT_FOUND');
    expect(codeOf(await haining.gql(UPDATE, { id: 'no-such-policy', v: 1, p: { title: 'x' } }))).toBe('NOT_FOUND');
    expect(
      must(
        await haining.gql<{ policy: { version: number; title: string } }>('query ($id: ID!) { policy(id: $id) { version title } }', {
          id: policy.id,
        }),
      ).policy,
    ).toEqual({
      version: 1,
      title: '用于校验修改的政策',
    });
  });

  it('updates with the current version and refuses a stale one with CONFLICT, losing nothing', async () => {
    const policy = await createPolicy(haining, '版本测试政策');
    const first = must(
      await haining.gql<{ updatePolicy: any }>(UPDATE, { id: policy.id, v: 1, p: { validity: 'EXPIRED', category: '科技' } }),
    );
    expect(first.updatePolicy).toMatchObject({ version: 2 });
    expect(first.updatePolicy.curatedFields.sort()).toEqual(['category', 'validity']);
    const stale = await haining2.gql(UPDATE, { id: policy.id, v: 1, p: { category: '工业' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    const now = must(
      await anonymous().gql<{ policy: any }>('query ($id: ID!) { policy(id: $id) { validity category version } }', { id: policy.id }),
    );
    expect(now.policy).toEqual({ validity: 'EXPIRED', category: '科技', version: 2 });
    const [entry] = must(
      await haining.gql<{ auditLog: { nodes: any[] } }>(
        'query ($id: ID!) { auditLog(entityId: $id, first: 1) { nodes { action before after } } }',
        { id: policy.id },
      ),
    ).auditLog.nodes;
    expect(entry.action).toBe('UPDATE');
    expect(JSON.parse(entry.before)).toMatchObject({ validity: null, category: null, version: 1 });
    expect(JSON.parse(entry.after)).toMatchObject({ validity: '失效', category: '科技', version: 2 });
  });

  it('soft-deletes: hidden from visitors and readers everywhere, visible to librarians; restore brings it back', async () => {
    const policy = await createPolicy(haining, '禾创软删除验证专项扶持政策', { region: '330400', text: '软删除验证专项扶持' });
    must(await haining.gql(LINK, { i: { fromId: policy.id, type: 'SUPPORTS', toId: industry } }));
    must(await haining.gql(CONDITIONS, { id: policy.id, v: 0, c: { clauses: [{ field: 'INDUSTRY', text: '软删除验证专项扶持' }] } }));
    const conditionsOf = async (client: Client) =>
      (
        await client.gql<{ policyConditions: { version: number } | null }>(
          'query ($id: ID!) { policyConditions(policyId: $id) { version } }',
          { id: policy.id },
        )
      ).data!.policyConditions;
    const visible = async (client: Client) => {
      const one = await client.gql<{ policy: { deleted: boolean } | null }>('query ($id: ID!) { policy(id: $id) { deleted } }', {
        id: policy.id,
      });
      const list = await client.gql<{ policies: { items: { id: string }[] } }>('{ policies(first: 100) { items { id } } }');
      const found = await client.gql<{ search: { hits: { node: { id: string } }[] } }>(
        '{ search(query: "软删除验证", kinds: [POLICY]) { hits { node { id } } } }',
      );
      const around = await client.gql<{ neighbourhood: { nodes: { id: string }[] } | null }>(
        'query ($id: ID!) { neighbourhood(id: $id) { nodes { id } } }',
        { id: policy.id },
      );
      const matched = await client.gql<{ matchPolicies: { policy: { id: string } }[] }>(
        'query ($p: CompanyProfile!) { matchPolicies(profile: $p) { policy { id } } }',
        { p: { industries: [industry], region: '330481' } },
      );
      const feed = await (await fetch(`${server.url}/feeds/policies.atom`)).text();
      return {
        policy: one.data!.policy !== null,
        list: list.data!.policies.items.some((p) => p.id === policy.id),
        search: found.data!.search.hits.some((h) => h.node.id === policy.id),
        neighbourhood: around.data!.neighbourhood !== null,
        matching: matched.data!.matchPolicies.some((m) => m.policy.id === policy.id),
        feed: feed.includes(policy.title),
      };
    };
    const everywhere = { policy: true, list: true, search: true, neighbourhood: true, matching: true, feed: true };
    expect(await visible(anonymous())).toEqual(everywhere);

    const deleted = must(await haining.gql<{ deletePolicy: any }>(DELETE, { id: policy.id, v: 1 }));
    expect(deleted.deletePolicy).toEqual({ deleted: true, version: 2 });
    const nowhere = { policy: false, list: false, search: false, neighbourhood: false, matching: false, feed: false };
    expect(await visible(anonymous())).toEqual(nowhere);
    expect(await visible(reader)).toEqual(nowhere);
    expect(await conditionsOf(anonymous())).toBeNull();
    expect(await conditionsOf(jiashan)).toEqual({ version: 1 });
    // Librarians still see it (by id, in search and in lists that ask for deleted policies); matching and feeds stay honest.
    expect(await visible(jiashan)).toMatchObject({ policy: true, search: true, matching: false, feed: false });
    const withDeleted = must(
      await jiashan.gql<{ policies: { items: { id: string; deleted: boolean }[] } }>(
        '{ policies(first: 100, filter: { includeDeleted: true }) { items { id deleted } } }',
      ),
    );
    expect(withDeleted.policies.items).toContainEqual({ id: policy.id, deleted: true });
    expect(codeOf(await reader.gql('{ policies(filter: { includeDeleted: true }) { hasMore } }'))).toBe('FORBIDDEN');
    expect(codeOf(await haining.gql(DELETE, { id: policy.id, v: 2 }))).toBe('CONFLICT');
    expect(codeOf(await haining.gql(UPDATE, { id: policy.id, v: 2, p: { title: '改' } }))).toBe('CONFLICT');

    const restored = must(await haining.gql<{ restorePolicy: any }>(RESTORE, { id: policy.id, v: 2 }));
    expect(restored.restorePolicy).toEqual({ deleted: false, version: 3 });
    expect(await visible(anonymous())).toEqual(everywhere);
    const actions = must(
      await haining.gql<{ policy: { history: { action: string }[] } }>('query ($id: ID!) { policy(id: $id) { history { action } } }', {
        id: policy.id,
      }),
    );
    expect(actions.policy.history.map((h) => h.action)).toEqual(['RESTORE', 'DELETE', 'CONDITIONS', 'LINK', 'CREATE']);
  });

  it('links policies to industries, issuers, regions and other policies, and news to what it mentions', async () => {
    const policy = await createPolicy(haining, '关联测试政策');
    const older = await createPolicy(haining, '被废止的旧政策');
    const issuer = must(
      await haining.gql<{ createOrganization: { id: string } }>(
        'mutation { createOrganization(input: { name: "海宁市科学技术局", kind: GOVERNMENT }) { id } }',
      ),
    ).createOrganization;
    const me = await accountId('hn@example.org');

    const supports = must(await haining.gql<{ link: any }>(LINK, { i: { fromId: policy.id, type: 'SUPPORTS', toId: industry } })).link;
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
    const view = must(
      await anonymous().gql<{ policy: any }>(
        'query ($id: ID!) { policy(id: $id) { level region { code } industries { code } issuerOrganization { id } links { kind direction policy { id } } } }',
        { id: policy.id },
      ),
    ).policy;
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
    expect(must(await haining.gql<{ unlink: any }>(UNLINK, { i: { fromId: policy.id, type: 'REPEALS', toId: older.id } })).unlink).toEqual({
      type: 'REPEALS',
      deleted: true,
    });
    expect(
      must(
        await anonymous().gql<{ policy: { links: unknown[] } }>('query ($id: ID!) { policy(id: $id) { links { kind } } }', {
          id: older.id,
        }),
      ).policy.links,
    ).toEqual([]);

    await graph.write(
      `CREATE (:NewsItem {id: 'news-1', url: 'https://news.example/1', title: '海宁科技企业获政策支持', summary: '', text: '', html: '',
                          level: '区县', regionCode: '330481', revision: 1, firstSeenAt: datetime()})`,
    );
    must(await haining.gql(LINK, { i: { fromId: 'news-1', type: 'MENTIONS', toId: policy.id } }));
    must(await haining.gql(LINK, { i: { fromId: 'news-1', type: 'MENTIONS', toId: issuer.id } }));
    const news = must(await anonymous().gql<{ newsItem: { mentions: any[] } }>('{ newsItem(id: "news-1") { mentions { id kind name } } }'));
    expect(news.newsItem.mentions).toEqual([
      { id: policy.id, kind: 'POLICY', name: '关联测试政策' },
      { id: issuer.id, kind: 'ORGANIZATION', name: '海宁市科学技术局' },
    ]);

    const refused: [Record<string, unknown>, string][] = [
      [{ fromId: policy.id, type: 'AMENDS', toId: policy.id }, 'VALIDATION'],
      [{ fromId: issuer.id, type: 'SUPPORTS', toId: industry }, 'VALIDATION'],
      [{ fromId: policy.id, type: 'LEADS', toId: older.id }, 'VALIDATION'],
      [{ fromId: policy.id, type: 'IN_REGION', toId: '999999' }, 'NOT_FOUND'],
      [{ fromId: policy.id, type: 'SUPPORTS', toId: 'jx-nothing' }, 'NOT_FOUND'],
      [{ fromId: 'news-1', type: 'MENTIONS', toId: 'nobody' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of refused) expect(codeOf(await haining.gql(LINK, { i: input }))).toBe(code);
    // A policy keeps one region: it is replaced by linking another, never removed.
    expect(codeOf(await haining.gql(UNLINK, { i: { fromId: policy.id, type: 'IN_REGION', toId: '330400' } }))).toBe('VALIDATION');

    const history = must(
      await haining.gql<{ policy: { history: { action: string; after: string }[] } }>(
        'query ($id: ID!) { policy(id: $id) { history(first: 10) { action after } } }',
        { id: policy.id },
      ),
    );
    expect(history.policy.history.map((h) => h.action)).toEqual(['UNLINK', 'LINK', 'LINK', 'LINK', 'LINK', 'CREATE']);
    expect(JSON.parse(history.policy.history[1]!.after)).toMatchObject({ type: 'IN_REGION', toKey: '330400' });
  });

  describe('roles and library scope', () => {
    let policy: { id: string };
    const attempts = (id: string) =>
      [
        [CREATE, { i: { title: '越权创建', region: '330481' } }],
        [UPDATE, { id, v: 1, p: { title: '越权修改' } }],
        [DELETE, { id, v: 1 }],
        [RESTORE, { id, v: 1 }],
        [LINK, { i: { fromId: id, type: 'SUPPORTS', toId: industry } }],
        [UNLINK, { i: { fromId: id, type: 'SUPPORTS', toId: industry } }],
        [CONDITIONS, { id, v: 0, c: { minRdStaff: 1 } }],
      ] as const;

    beforeAll(async () => {
      policy = await createPolicy(haining, '权限测试政策');
    });
    const snapshot = async () => ({
      policies: await count('MATCH (p:Policy) RETURN count(p) AS n'),
      audit: await count('MATCH (a:AuditEntry) RETURN count(a) AS n'),
      version: (await graph.read<{ v: number }>('MATCH (p:Policy {id: $id}) RETURN p.version AS v', { id: policy.id }))[0]!.v,
    });

    it('refuses visitors (UNAUTHENTICATED) and readers (FORBIDDEN) every policy mutation, changing nothing', async () => {
      const before = await snapshot();
      for (const [query, variables] of attempts(policy.id)) {
        expect(codeOf(await anonymous().gql(query, variables))).toBe('UNAUTHENTICATED');
        expect(codeOf(await reader.gql(query, variables))).toBe('FORBIDDEN');
      }
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a librarian of another library every change to this library’s policy (IDOR), changing nothing', async () => {
      const before = await snapshot();
      for (const [query, variables] of attempts(policy.id).slice(1)) expect(codeOf(await jiashan.gql(query, variables))).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });

    it('lets another librarian of the same library and an admin make changes', async () => {
      expect(
        must(await haining2.gql<{ updatePolicy: { version: number } }>(UPDATE, { id: policy.id, v: 1, p: { title: '同馆修改' } }))
          .updatePolicy.version,
      ).toBe(2);
      expect(must(await admin.gql<{ deletePolicy: { deleted: boolean } }>(DELETE, { id: policy.id, v: 2 })).deletePolicy.deleted).toBe(
        true,
      );
    });

    it('scopes history like the audit log: own library for librarians, all for admins, refused for others', async () => {
      const person = must(
        await haining.gql<{ createPerson: { id: string } }>('mutation { createPerson(input: { name: "历史测试" }) { id } }'),
      ).createPerson;
      const HISTORY = 'query ($p: ID!, $e: ID!) { policy(id: $p) { history { action } } person(id: $e) { history { action } } }';
      const vars = { p: policy.id, e: person.id };
      const own = must(await haining.gql<{ policy: { history: unknown[] }; person: { history: unknown[] } }>(HISTORY, vars));
      expect(own.policy.history.length).toBeGreaterThanOrEqual(2); // this library's create and update; the admin's delete is not theirs
      expect(own.person.history).toEqual([{ action: 'CREATE' }]);
      const other = must(await jiashan.gql<{ policy: { history: unknown[] }; person: { history: unknown[] } }>(HISTORY, vars));
      expect(other).toEqual({ policy: { history: [] }, person: { history: [] } });
      const all = must(await admin.gql<{ policy: { history: { action: string }[] } }>(HISTORY, vars));
      expect(all.policy.history.map((h) => h.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
      expect(own.policy.history).toEqual([{ action: 'UPDATE' }, { action: 'CREATE' }]);

      const PERSON_HISTORY = 'query ($e: ID!) { person(id: $e) { history { action } } }';
      expect(codeOf(await anonymous().gql(PERSON_HISTORY, { e: person.id }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await reader.gql(PERSON_HISTORY, { e: person.id }))).toBe('FORBIDDEN');
      const live = await createPolicy(haining, '历史可见性测试政策');
      const POLICY_HISTORY = 'query ($p: ID!) { policy(id: $p) { history { action } } }';
      expect(codeOf(await anonymous().gql(POLICY_HISTORY, { p: live.id }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await reader.gql(POLICY_HISTORY, { p: live.id }))).toBe('FORBIDDEN');
      const deletedPolicyHistory = POLICY_HISTORY;
      // The policy is deleted: visitors and readers do not see it at all.
      expect((await anonymous().gql<{ policy: null }>(deletedPolicyHistory, { p: policy.id })).data).toEqual({ policy: null });
      expect((await reader.gql<{ policy: null }>(deletedPolicyHistory, { p: policy.id })).data).toEqual({ policy: null });
    });
  });
});
