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
});
