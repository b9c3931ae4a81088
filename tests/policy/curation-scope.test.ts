import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { Client, codeOf, startApp, type Reply, signInCuratorCast } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { typed } from '../gql/index.js';
import {
  CREATE,
  UPDATE,
  DELETE,
  RESTORE,
  LINK,
  UNLINK,
  CONDITIONS,
  CREATE_PERSON,
  HISTORIES,
  PERSON_HISTORY,
  POLICY_HISTORY,
  createPolicy,
  must,
} from './curation-documents.js';

const CROSS_LINK = typed(`
  mutation PolicyCurationCrossLink($i: LinkInput!) { link(input: $i) { type deleted pending } }
`);
const ACCEPT_LINK = typed(`
  mutation PolicyCurationAcceptLink($i: LinkInput!) { acceptLink(input: $i) { type deleted pending } }
`);

const DECLINE_LINK = typed(`
  mutation PolicyCurationDeclineLink($i: LinkInput!) { declineLink(input: $i) { type deleted pending } }
`);
const PENDING_LINKS = typed(`
  query PolicyCurationPendingLinks($first: Int, $after: String) {
    pendingLinks(first: $first, after: $after) {
      edges { node { type fromId fromTitle fromLibrary toId toTitle requestedBy requestedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Who may change a policy: roles and library scope, over real HTTP; each test on a policy of its own. */

describe('policy curation: roles and library scope', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let haining: Client;
  let haining2: Client;
  let jiashan: Client;
  let reader: Client;
  let admin: Client;
  let industry: string;
  const anonymous = () => new Client(server.url);
  const count = async (cypher: string, params = {}) => (await graph.read<{ n: number }>(cypher, params))[0]!.n;

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

  let policy: { id: string };
  /** Every policy mutation on `id`, as `client`. */
  const attempts = (id: string): ((client: Client) => Promise<Reply<unknown>>)[] => [
    (c) => c.gql(CREATE, { i: { title: '越权创建', region: '330481' } }),
    (c) => c.gql(UPDATE, { id, v: 1, p: { title: '越权修改' } }),
    (c) => c.gql(DELETE, { id, v: 1 }),
    (c) => c.gql(RESTORE, { id, v: 1 }),
    (c) => c.gql(LINK, { i: { fromId: id, type: 'SUPPORTS', toId: industry } }),
    (c) => c.gql(UNLINK, { i: { fromId: id, type: 'SUPPORTS', toId: industry } }),
    (c) => c.gql(CONDITIONS, { id, v: 0, c: { minRdStaff: 1 } }),
  ];

  beforeEach(async () => {
    policy = await createPolicy(haining, '权限测试政策');
  });
  const snapshot = async () => ({
    policies: await count('MATCH (p:Policy) RETURN count(p) AS n'),
    audit: await count('MATCH (a:AuditEntry) RETURN count(a) AS n'),
    version: (await graph.read<{ v: number }>('MATCH (p:Policy {id: $id}) RETURN p.version AS v', { id: policy.id }))[0]!.v,
  });

  it('refuses visitors (UNAUTHENTICATED) and readers (FORBIDDEN) every policy mutation, changing nothing', async () => {
    const before = await snapshot();
    for (const attempt of attempts(policy.id)) {
      expect(codeOf(await attempt(anonymous()))).toBe('UNAUTHENTICATED');
      expect(codeOf(await attempt(reader))).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a librarian of another library every change to this library’s policy (IDOR), changing nothing', async () => {
    const before = await snapshot();
    for (const attempt of attempts(policy.id).slice(1)) expect(codeOf(await attempt(jiashan))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('lets another librarian of the same library and an admin make changes', async () => {
    expect(must(await haining2.gql(UPDATE, { id: policy.id, v: 1, p: { title: '同馆修改' } })).updatePolicy.version).toBe(2);
    expect(must(await admin.gql(DELETE, { id: policy.id, v: 2 })).deletePolicy.deleted).toBe(true);
  });

  it('scopes history like the audit log: own library for librarians, all for admins, refused for others', async () => {
    // This library's edit, then an admin's delete.
    must(await haining2.gql(UPDATE, { id: policy.id, v: 1, p: { title: '同馆修改' } }));
    must(await admin.gql(DELETE, { id: policy.id, v: 2 }));
    const person = must(await haining.gql(CREATE_PERSON)).createPerson;
    const vars = { p: policy.id, e: person.id };
    const own = must(await haining.gql(HISTORIES, vars));
    expect(own.policy!.history.edges.length).toBeGreaterThanOrEqual(2); // this library's create and update; the admin's delete is not theirs
    expect(own.person!.history.edges.map((e) => e.node)).toEqual([{ action: 'CREATE' }]);
    const other = must(await jiashan.gql(HISTORIES, vars));
    expect(other).toEqual({ policy: { history: { edges: [] } }, person: { history: { edges: [] } } });
    const all = must(await admin.gql(HISTORIES, vars));
    expect(all.policy!.history.edges.map((e) => e.node.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    expect(own.policy!.history.edges.map((e) => e.node)).toEqual([{ action: 'UPDATE' }, { action: 'CREATE' }]);

    expect(codeOf(await anonymous().gql(PERSON_HISTORY, { e: person.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await reader.gql(PERSON_HISTORY, { e: person.id }))).toBe('FORBIDDEN');
    const live = await createPolicy(haining, '历史可见性测试政策');
    expect(codeOf(await anonymous().gql(POLICY_HISTORY, { p: live.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await reader.gql(POLICY_HISTORY, { p: live.id }))).toBe('FORBIDDEN');
    // The policy is deleted: visitors and readers do not see it at all.
    expect((await anonymous().gql(POLICY_HISTORY, { p: policy.id })).data).toEqual({ policy: null });
    expect((await reader.gql(POLICY_HISTORY, { p: policy.id })).data).toEqual({ policy: null });
  });

  it('needs the other library’s consent to repeal its policy; that library can always remove the link', async () => {
    const theirs = await createPolicy(haining, '海宁市旧政策');
    const ours = await createPolicy(jiashan, '嘉善县新政策');
    const live = () =>
      count('MATCH (:Policy {id: $from})-[r:REPEALS]->(:Policy {id: $to}) WHERE NOT coalesce(r.deleted, false) RETURN count(r) AS n', {
        from: ours.id,
        to: theirs.id,
      });
    const input = { fromId: ours.id, type: 'REPEALS', toId: theirs.id } as const;
    const asked = must(await jiashan.gql(CROSS_LINK, { i: input })).link;
    expect(asked).toMatchObject({ pending: true, deleted: true });
    expect(await live()).toBe(0); // haining's policy stays in force
    // Only haining (or an admin) may accept; jiashan cannot accept its own request.
    expect(codeOf(await jiashan.gql(ACCEPT_LINK, { i: input }))).toBe('FORBIDDEN');
    expect(must(await haining2.gql(ACCEPT_LINK, { i: input })).acceptLink).toMatchObject({ pending: false, deleted: false });
    expect(await live()).toBe(1);
    // The target's library removes it although the link starts at another library's policy.
    expect(must(await haining.gql(UNLINK, { i: input })).unlink.deleted).toBe(true);
    expect(await live()).toBe(0);
    // An admin's link needs nobody's consent.
    expect(must(await admin.gql(CROSS_LINK, { i: input })).link).toMatchObject({ pending: false, deleted: false });
    expect(await live()).toBe(1);
  });

  it('lists pending links to the target library only, and a decline ends the request, audited, changing nothing else', async () => {
    const theirs = await createPolicy(haining, '海宁市待审政策');
    const ours = await createPolicy(jiashan, '嘉善县修订政策');
    const other = await createPolicy(jiashan, '嘉善县替代政策');
    const amends = { fromId: ours.id, type: 'AMENDS', toId: theirs.id } as const;
    const replaces = { fromId: other.id, type: 'REPLACES', toId: theirs.id } as const;
    must(await jiashan.gql(CROSS_LINK, { i: amends }));
    must(await jiashan.gql(CROSS_LINK, { i: replaces }));
    const pendingOf = async (client: Client) =>
      must(await client.gql(PENDING_LINKS, { first: 100 }))
        .pendingLinks.edges.map((e) => e.node)
        .filter((link) => link.toId === theirs.id);
    const seen = await pendingOf(haining2);
    expect(seen).toEqual([
      expect.objectContaining({ type: 'AMENDS', fromTitle: '嘉善县修订政策', toTitle: '海宁市待审政策', requestedBy: 'js' }),
      expect.objectContaining({ type: 'REPLACES', fromTitle: '嘉善县替代政策', toTitle: '海宁市待审政策', requestedBy: 'js' }),
    ]);
    expect(seen[0]!.fromLibrary).toBeTruthy();
    // Pages follow the cursor; the asking library and readers see none of it.
    const firstPage = must(await haining.gql(PENDING_LINKS, { first: 1 })).pendingLinks;
    const second = must(await haining.gql(PENDING_LINKS, { first: 1, after: firstPage.pageInfo.endCursor })).pendingLinks;
    expect(second.edges[0]?.node).not.toEqual(firstPage.edges[0]?.node);
    expect(await pendingOf(jiashan)).toEqual([]);
    expect(codeOf(await reader.gql(PENDING_LINKS, {}))).toBe('FORBIDDEN');
    expect((await pendingOf(admin)).length).toBe(2);

    const versionOf = async () =>
      (await graph.read<{ v: number }>('MATCH (p:Policy {id: $id}) RETURN p.version AS v', { id: theirs.id }))[0]!.v;
    const before = { version: await versionOf(), audit: await count('MATCH (a:AuditEntry) RETURN count(a) AS n') };
    expect(codeOf(await jiashan.gql(DECLINE_LINK, { i: amends }))).toBe('FORBIDDEN');
    expect(must(await haining.gql(DECLINE_LINK, { i: amends })).declineLink).toMatchObject({ pending: false, deleted: true });
    expect(await versionOf()).toBe(before.version);
    expect(await count('MATCH (a:AuditEntry) RETURN count(a) AS n')).toBe(before.audit + 1);
    expect(await count("MATCH (a:AuditEntry {action: 'LINK_DECLINED', entityId: $id}) RETURN count(a) AS n", { id: ours.id })).toBe(1);
    expect(
      await count('MATCH (:Policy {id: $from})-[r:AMENDS]->(:Policy {id: $to}) WHERE NOT coalesce(r.deleted, false) RETURN count(r) AS n', {
        from: ours.id,
        to: theirs.id,
      }),
    ).toBe(0);
    // Declined is answered: neither accept nor decline finds it again; the other request still waits.
    expect(codeOf(await haining.gql(ACCEPT_LINK, { i: amends }))).toBe('NOT_FOUND');
    expect(codeOf(await haining.gql(DECLINE_LINK, { i: amends }))).toBe('NOT_FOUND');
    expect((await pendingOf(haining)).map((link) => link.type)).toEqual(['REPLACES']);
  });
});
