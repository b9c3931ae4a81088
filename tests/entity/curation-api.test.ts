import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { Client, codeOf, startApp, signInCuratorCast } from '../support/client.js';
import { anIndustryCode } from '../support/factories/entity.js';
import { resetGraph, testGraph } from '../support/graph.js';
import * as doc from './curation-documents.js';

/**
 * Curation over real HTTP: provenance, versions, soft delete, links, merge, audit log. The
 * signed-in cast is shared (no test changes an account); every test makes its own entities.
 */

const json = (text: string | null | undefined) => JSON.parse(text ?? 'null') as Record<string, unknown>;

describe('curation', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let haining: Client;
  let haining2: Client;
  let jiashan: Client;
  let reader: Client;
  let admin: Client;
  const anonymous = () => new Client(server.url);

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    ({ haining, haining2, jiashan, reader, admin } = await signInCuratorCast(graph, server.url));
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  async function createPerson(client: Client, name: string, extra: { title?: string } = {}) {
    const reply = await client.gql(doc.CREATE_PERSON, { input: { name, ...extra } });
    if (!reply.data) throw new Error(JSON.stringify(reply.errors));
    return reply.data.createPerson;
  }
  async function createOrganization(client: Client, name: string, extra: { website?: string } = {}) {
    const reply = await client.gql(doc.CREATE_ORGANIZATION, { input: { name, ...extra } });
    if (!reply.data) throw new Error(JSON.stringify(reply.errors));
    return reply.data.createOrganization;
  }
  async function createProject(client: Client, name: string) {
    const reply = await client.gql(doc.CREATE_PROJECT, { input: { name } });
    if (!reply.data) throw new Error(JSON.stringify(reply.errors));
    return reply.data.createProject;
  }
  const auditCount = async (entityId: string) =>
    (await graph.read<{ n: number }>('MATCH (a:AuditEntry {entityId: $entityId}) RETURN count(a) AS n', { entityId }))[0]!.n;

  it('creates a person with provenance and an audit entry; visitors read it without the curator', async () => {
    const created = await haining.gql(doc.CREATE_PERSON, {
      input: { name: '张三', title: '总经理', sourceUrl: 'https://www.jiaxing.gov.cn/people/1' },
    });
    expect(created.errors).toBeUndefined();
    const person = created.data!.createPerson;
    expect(person).toMatchObject({ name: '张三', title: '总经理', version: 1, deleted: false });
    expect(person.provenance.sourceUrl).toBe('https://www.jiaxing.gov.cn/people/1');
    expect(person.provenance.curator).not.toBeNull();

    const publicView = await anonymous().gql(doc.PERSON, { id: person.id });
    expect(publicView.data!.person).toMatchObject({
      name: '张三',
      provenance: { sourceUrl: 'https://www.jiaxing.gov.cn/people/1', curator: null },
    });

    const history = await haining.gql(doc.AUDIT_OF_ENTITY, { id: person.id });
    const entries = history.data!.auditLog.edges.map((e) => e.node);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ action: 'CREATE', entityType: 'Person', before: null, actor: { displayName: 'hn' } });
    expect(json(entry!.after)).toMatchObject({ name: '张三', version: 1, libraryId: 'haining-library' });
  });

  it('refuses invalid input with VALIDATION and stores nothing', async () => {
    const before = (await graph.read<{ n: number }>('MATCH (n:Person) RETURN count(n) AS n'))[0]!.n;
    for (const input of [{ name: '  ' }, { name: 'x', sourceUrl: 'javascript:alert(1)' }, { name: 'x'.repeat(201) }]) {
      const reply = await haining.gql(doc.CREATE_PERSON_ID, { input });
      expect(codeOf(reply)).toBe('VALIDATION');
    }
    const bad = await haining.gql(doc.CREATE_ORGANIZATION, { input: { name: '某公司', creditCode: '123' } });
    expect(codeOf(bad)).toBe('VALIDATION');
    expect((await graph.read<{ n: number }>('MATCH (n:Person) RETURN count(n) AS n'))[0]!.n).toBe(before);
  });

  it('updates with the current version and refuses a stale one with CONFLICT, losing nothing', async () => {
    const person = await createPerson(haining, '李四');
    const first = await haining.gql(doc.UPDATE_PERSON, { id: person.id, version: 1, patch: { title: '教授' } });
    expect(first.data!.updatePerson).toEqual({ name: '李四', title: '教授', version: 2 });
    // A second librarian still holding version 1 must not overwrite the change.
    const stale = await haining2.gql(doc.UPDATE_PERSON, { id: person.id, version: 1, patch: { title: '研究员' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    const now = await anonymous().gql(doc.PERSON_TITLE, { id: person.id });
    expect(now.data!.person).toEqual({ title: '教授', version: 2 });
    expect(await auditCount(person.id)).toBe(2);
    const [entry] = (await haining.gql(doc.AUDIT_OF_ENTITY, { id: person.id, first: 1 })).data!.auditLog.edges.map((e) => e.node);
    expect(entry!.action).toBe('UPDATE');
    expect(json(entry!.before).title).toBeNull();
    expect(json(entry!.after).title).toBe('教授');
  });

  it('concurrent updates with the same version: exactly one wins', async () => {
    const person = await createPerson(haining, '并发');
    const replies = await Promise.all(
      ['甲', '乙', '丙', '丁'].map((title, i) =>
        (i % 2 ? haining : haining2).gql(doc.UPDATE_PERSON_VERSION, { id: person.id, version: 1, patch: { title } }),
      ),
    );
    expect(replies.filter((r) => r.data?.updatePerson).length).toBe(1);
    expect(replies.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(3);
    expect(await auditCount(person.id)).toBe(2);
  });

  it('soft-deletes and restores: visitors lose sight of a deleted person, librarians do not', async () => {
    const person = await createPerson(haining, '王五');
    const del = await haining.gql(doc.DELETE_PERSON, { id: person.id, version: 1 });
    expect(del.data!.deletePerson).toEqual({ deleted: true, version: 2 });
    expect((await anonymous().gql(doc.PERSON_ID, { id: person.id })).data!.person).toBeNull();
    const listed = await anonymous().gql(doc.PEOPLE, { first: 100 });
    expect(listed.data!.people.edges.map((e) => e.node.id)).not.toContain(person.id);
    expect(codeOf(await reader.gql(doc.PEOPLE, { filter: { includeDeleted: true } }))).toBe('FORBIDDEN');
    const staff = await haining.gql(doc.PERSON_DELETED, { id: person.id });
    expect(staff.data!.person).toEqual({ deleted: true });
    const again = await haining.gql(doc.DELETE_PERSON, { id: person.id, version: 2 });
    expect(codeOf(again)).toBe('CONFLICT');
    const restored = await haining.gql(doc.RESTORE_PERSON, { id: person.id, version: 2 });
    expect(restored.data!.restorePerson).toEqual({ deleted: false, version: 3 });
    expect((await anonymous().gql(doc.PERSON_NAME, { id: person.id })).data!.person).toEqual({ name: '王五' });
  });

  it('links people, organisations, projects, industries and regions with provenance; unlink soft-deletes', async () => {
    const person = await createPerson(haining, '赵六');
    const org = await createOrganization(haining, '嘉兴禾创科技有限公司');
    const project = (await haining.gql(doc.CREATE_PROJECT, { input: { name: '智能纺织', status: 'ACTIVE' } })).data!.createProject;
    const links = [
      { fromId: person.id, type: 'MEMBER_OF', toId: org.id, sourceUrl: 'https://example.org/team' },
      { fromId: person.id, type: 'LEADS', toId: project.id },
      { fromId: project.id, type: 'AFFILIATED_WITH', toId: org.id },
      { fromId: org.id, type: 'LOCATED_IN', toId: '330481' },
    ] as const;
    for (const input of links) {
      const reply = await haining.gql(doc.LINK, { input });
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.link).toMatchObject({ type: input.type, fromId: input.fromId, toId: input.toId, deleted: false });
    }
    const industries = await anonymous().gql(doc.INDUSTRY_CODES);
    const industry = industries.data!.industries[0]!.code;
    expect((await haining.gql(doc.LINK, { input: { fromId: org.id, type: 'IN_INDUSTRY', toId: industry } })).errors).toBeUndefined();

    const view = await anonymous().gql(doc.ORGANIZATION_VIEW, { id: org.id });
    expect(view.data!.organization).toEqual({
      members: [{ name: '赵六' }],
      projects: [{ name: '智能纺织' }],
      regions: [{ name: '海宁市' }],
      industries: [{ code: industry }],
    });

    expect(codeOf(await haining.gql(doc.LINK, { input: { fromId: project.id, type: 'MEMBER_OF', toId: org.id } }))).toBe('VALIDATION');
    expect(codeOf(await haining.gql(doc.LINK, { input: { fromId: person.id, type: 'MEMBER_OF', toId: 'no-such-org' } }))).toBe('NOT_FOUND');

    const unlink = await haining.gql(doc.UNLINK, { input: { fromId: person.id, type: 'MEMBER_OF', toId: org.id } });
    expect(unlink.data!.unlink).toEqual({ deleted: true });
    const after = await anonymous().gql(doc.ORGANIZATION_MEMBERS, { id: org.id });
    expect(after.data!.organization!.members).toEqual([]);
    const actions = await graph.read<{ action: string }>('MATCH (a:AuditEntry {entityId: $id}) RETURN a.action AS action ORDER BY a.id', {
      id: person.id,
    });
    expect(actions.map((a) => a.action)).toEqual(['CREATE', 'LINK', 'LINK', 'UNLINK']);
  });

  it('links projects and organisations to policies (FUNDED_BY) and people to projects', async () => {
    await graph.write("CREATE (:Policy {id: 'policy-funds', title: '嘉兴市科技创新券管理办法'})");
    const project = await createProject(haining, '创新券项目');
    const person = await createPerson(haining, '项目成员');
    expect(
      (
        await haining.gql(doc.LINK, {
          input: { fromId: project.id, type: 'FUNDED_BY', toId: 'policy-funds', sourceUrl: 'https://kjj.jiaxing.gov.cn/x' },
        })
      ).errors,
    ).toBeUndefined();
    expect((await haining.gql(doc.LINK, { input: { fromId: person.id, type: 'MEMBER_OF', toId: project.id } })).errors).toBeUndefined();
    expect(codeOf(await haining.gql(doc.LINK, { input: { fromId: person.id, type: 'FUNDED_BY', toId: 'policy-funds' } }))).toBe(
      'VALIDATION',
    );
    expect(codeOf(await haining.gql(doc.LINK, { input: { fromId: project.id, type: 'FUNDED_BY', toId: 'no-such-policy' } }))).toBe(
      'NOT_FOUND',
    );
    const view = await anonymous().gql(doc.PROJECT_VIEW, { id: project.id });
    expect(view.data!.project).toEqual({
      fundedBy: [{ id: 'policy-funds', kind: 'Policy', label: '嘉兴市科技创新券管理办法' }],
      members: [{ name: '项目成员' }],
    });
    const person2 = await anonymous().gql(doc.PERSON_MEMBER_OF, { id: person.id });
    expect(person2.data!.person!.memberOf).toEqual([]);
  });

  it('merges duplicate organisations: every relationship moves, the old id resolves to the kept one', async () => {
    const keep = await createOrganization(haining, '嘉兴某某科技有限公司');
    const duplicate = await createOrganization(haining, '某某科技', { website: 'https://mm.example.com' });
    const a = await createPerson(haining, '成员甲');
    const b = await createPerson(haining, '成员乙');
    await haining.gql(doc.LINK, { input: { fromId: a.id, type: 'MEMBER_OF', toId: keep.id } });
    await haining.gql(doc.LINK, { input: { fromId: a.id, type: 'MEMBER_OF', toId: duplicate.id } });
    await haining.gql(doc.LINK, { input: { fromId: b.id, type: 'LEADS', toId: duplicate.id } });
    await haining.gql(doc.LINK, { input: { fromId: duplicate.id, type: 'LOCATED_IN', toId: '330481' } });

    const merged = await haining.gql(doc.MERGE_ORGANIZATIONS, { keep: keep.id, duplicate: duplicate.id });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeOrganizations).toEqual({
      id: keep.id,
      aliases: ['某某科技'],
      website: 'https://mm.example.com',
      members: [{ name: '成员甲' }],
      leaders: [{ name: '成员乙' }],
      regions: [{ name: '海宁市' }],
    });
    const resolved = await anonymous().gql(doc.ORGANIZATION_ID, { id: duplicate.id });
    expect(resolved.data!.organization!.id).toBe(keep.id);
    const [left] = await graph.read<{ n: number }>(
      "MATCH (d:Organization {id: $id})-[r]-() WHERE type(r) <> 'MERGED_INTO' RETURN count(r) AS n",
      { id: duplicate.id },
    );
    expect(left!.n).toBe(0);
    const listed = await anonymous().gql(doc.ORGANIZATIONS, { first: 100 });
    expect(listed.data!.organizations.edges.map((e) => e.node.id)).not.toContain(duplicate.id);
    const actions = await graph.read<{ action: string; entityId: string }>(
      "MATCH (a:AuditEntry) WHERE a.action IN ['MERGE', 'MERGED_INTO'] RETURN a.action AS action, a.entityId AS entityId",
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'MERGE', entityId: keep.id },
        { action: 'MERGED_INTO', entityId: duplicate.id },
      ]),
    );
    // Merging again is refused: the duplicate no longer exists as such.
    expect(codeOf(await haining.gql(doc.MERGE_ORGANIZATIONS, { keep: keep.id, duplicate: duplicate.id }))).toBe('NOT_FOUND');
  });

  it('merges duplicate people', async () => {
    const keep = await createPerson(haining, '孙七');
    const duplicate = await createPerson(haining, '孙七', { title: '博士' });
    const org = await createOrganization(haining, '七号研究院');
    await haining.gql(doc.LINK, { input: { fromId: duplicate.id, type: 'AFFILIATED_WITH', toId: org.id } });
    const merged = await haining.gql(doc.MERGE_PEOPLE, { keep: keep.id, duplicate: duplicate.id });
    expect(merged.data!.mergePeople).toEqual({ id: keep.id, title: '博士', affiliations: [{ name: '七号研究院' }] });
    expect((await anonymous().gql(doc.PERSON_ID, { id: duplicate.id })).data!.person!.id).toBe(keep.id);
  });

  describe('authorisation of every mutation (UNAUTHENTICATED, FORBIDDEN, other library)', () => {
    /** Entities of 嘉善's library, made by its librarian, fresh for each test. */
    async function jiashanEntities() {
      const ids = {
        person: (await createPerson(jiashan, '嘉善的人')).id,
        person2: (await createPerson(jiashan, '嘉善的人2')).id,
        org: (await createOrganization(jiashan, '嘉善的公司')).id,
        org2: (await createOrganization(jiashan, '嘉善的公司2')).id,
        project: (await createProject(jiashan, '嘉善项目')).id,
      };
      await jiashan.gql(doc.ANY_LINK, { input: { fromId: ids.person, type: 'MEMBER_OF', toId: ids.org } });
      return ids;
    }

    const mutations = (ids: Awaited<ReturnType<typeof jiashanEntities>>) => [
      { name: 'createPerson', run: (c: Client) => c.gql(doc.ANY_CREATE_PERSON), creates: true },
      { name: 'createOrganization', run: (c: Client) => c.gql(doc.ANY_CREATE_ORGANIZATION), creates: true },
      { name: 'createProject', run: (c: Client) => c.gql(doc.ANY_CREATE_PROJECT), creates: true },
      { name: 'updatePerson', run: (c: Client) => c.gql(doc.ANY_UPDATE_PERSON, { id: ids.person }) },
      { name: 'updateOrganization', run: (c: Client) => c.gql(doc.ANY_UPDATE_ORGANIZATION, { id: ids.org }) },
      { name: 'updateProject', run: (c: Client) => c.gql(doc.ANY_UPDATE_PROJECT, { id: ids.project }) },
      { name: 'deletePerson', run: (c: Client) => c.gql(doc.ANY_DELETE_PERSON, { id: ids.person }) },
      { name: 'deleteOrganization', run: (c: Client) => c.gql(doc.ANY_DELETE_ORGANIZATION, { id: ids.org }) },
      { name: 'deleteProject', run: (c: Client) => c.gql(doc.ANY_DELETE_PROJECT, { id: ids.project }) },
      { name: 'restorePerson', run: (c: Client) => c.gql(doc.ANY_RESTORE_PERSON, { id: ids.person }) },
      { name: 'restoreOrganization', run: (c: Client) => c.gql(doc.ANY_RESTORE_ORGANIZATION, { id: ids.org }) },
      { name: 'restoreProject', run: (c: Client) => c.gql(doc.ANY_RESTORE_PROJECT, { id: ids.project }) },
      { name: 'mergePeople', run: (c: Client) => c.gql(doc.ANY_MERGE_PEOPLE, { keep: ids.person, duplicate: ids.person2 }) },
      { name: 'mergeOrganizations', run: (c: Client) => c.gql(doc.ANY_MERGE_ORGANIZATIONS, { keep: ids.org, duplicate: ids.org2 }) },
      { name: 'link', run: (c: Client) => c.gql(doc.ANY_LINK, { input: { fromId: ids.person2, type: 'MEMBER_OF', toId: ids.org } }) },
      { name: 'unlink', run: (c: Client) => c.gql(doc.ANY_UNLINK, { input: { fromId: ids.person, type: 'MEMBER_OF', toId: ids.org } }) },
      { name: 'createAccount', run: (c: Client) => c.gql(doc.ANY_CREATE_ACCOUNT) },
    ];

    const snapshot = async () => ({
      graph: await graph.read(
        'MATCH (n) WHERE n:Person OR n:Organization OR n:Project OR n:Account RETURN n.id AS id, n.version AS version, n.deleted AS deleted, n.role AS role ORDER BY id',
      ),
      rels: (await graph.read<{ n: number }>('MATCH ()-[r]->() WHERE NOT coalesce(r.deleted, false) RETURN count(r) AS n'))[0]!.n,
      audit: (await graph.read<{ n: number }>('MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n,
    });

    it('refuses visitors (UNAUTHENTICATED) and readers (FORBIDDEN), changing nothing', async () => {
      const ids = await jiashanEntities();
      const before = await snapshot();
      for (const m of mutations(ids)) {
        expect([m.name, codeOf(await m.run(anonymous()))]).toEqual([m.name, 'UNAUTHENTICATED']);
        expect([m.name, codeOf(await m.run(reader))]).toEqual([m.name, 'FORBIDDEN']);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses a librarian every change to another library's entities, and account creation (IDOR)", async () => {
      const ids = await jiashanEntities();
      const before = await snapshot();
      for (const m of mutations(ids).filter((m) => !m.creates)) {
        expect([m.name, codeOf(await m.run(haining))]).toEqual([m.name, 'FORBIDDEN']);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('answers guessed ids with NOT_FOUND, never another entity', async () => {
      const guess = '01900000-0000-7000-8000-000000000000';
      expect(codeOf(await haining.gql(doc.ANY_UPDATE_PERSON, { id: guess }))).toBe('NOT_FOUND');
      expect(codeOf(await haining.gql(doc.ANY_DELETE_ORGANIZATION, { id: guess }))).toBe('NOT_FOUND');
      expect(codeOf(await haining.gql(doc.ANY_RESTORE_PROJECT, { id: guess }))).toBe('NOT_FOUND');
      expect((await haining.gql(doc.PERSON_ID, { id: guess })).data!.person).toBeNull();
    });

    it('lets the owning librarian and an admin make the same changes', async () => {
      const ids = await jiashanEntities();
      const update = await jiashan.gql(doc.UPDATE_PERSON_VERSION, { id: ids.person, version: 1, patch: { title: '主任' } });
      expect(update.data!.updatePerson.version).toBe(2);
      const byAdmin = await admin.gql(doc.UPDATE_PERSON_VERSION, { id: ids.person, version: 2, patch: { title: '副主任' } });
      expect(byAdmin.data!.updatePerson.version).toBe(3);
    });
  });

  it('audit log per librarian: a librarian sees their own library, an admin everything, readers nothing', async () => {
    for (let i = 0; i < 6; i += 1) await createPerson(haining, `海宁审计${i}`);
    for (let i = 0; i < 4; i += 1) await createPerson(jiashan, `嘉善审计${i}`);
    const [hn] = await graph.read<{ id: string }>("MATCH (a:Account {email: 'hn@example.org'}) RETURN a.id AS id");
    const [js] = await graph.read<{ id: string }>("MATCH (a:Account {email: 'js@example.org'}) RETURN a.id AS id");
    const own = (await haining.gql(doc.AUDIT_OF_ACTOR, { actor: hn!.id })).data!.auditLog.edges.map((e) => e.node);
    expect(own.length).toBeGreaterThan(5);
    expect(new Set(own.map((n) => n.actorId))).toEqual(new Set([hn!.id]));
    const other = await haining.gql(doc.AUDIT_OF_ACTOR, { actor: js!.id });
    expect(other.data!.auditLog.edges).toEqual([]);
    const all = await admin.gql(doc.AUDIT_OF_ACTOR, { actor: js!.id });
    expect(all.data!.auditLog.edges.length).toBeGreaterThan(3);
    expect(codeOf(await reader.gql(doc.AUDIT_OF_ACTOR, {}))).toBe('FORBIDDEN');
    expect(codeOf(await anonymous().gql(doc.PEOPLE_HISTORY))).toBe('UNAUTHENTICATED');
  });

  it('pages with opaque cursors, and a list costs a constant number of Neo4j queries', async () => {
    const industry = await anIndustryCode(graph);
    const org = await createOrganization(haining, '分页机构');
    for (let i = 0; i < 10; i += 1) {
      const person = await createPerson(haining, `分页${i}`);
      await haining.gql(doc.LINK, { input: { fromId: person.id, type: 'MEMBER_OF', toId: org.id } });
      await haining.gql(doc.LINK, { input: { fromId: person.id, type: 'IN_INDUSTRY', toId: industry } });
    }
    const pageAfter = async (after: string | null) => (await anonymous().gql(doc.PEOPLE, { first: 3, after })).data!.people;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await pageAfter(after);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(codeOf(await anonymous().gql(doc.PEOPLE, { after: 'not-a-cursor' }))).toBe('VALIDATION');

    const queriesFor = async (first: number) => {
      const before = graph.stats.queries;
      const reply = await anonymous().gql(doc.PEOPLE_WITH_RELATIONS, { first });
      expect(reply.errors).toBeUndefined();
      return { items: reply.data!.people.edges.length, queries: graph.stats.queries - before };
    };
    const big = await queriesFor(100);
    expect(big.items).toBeGreaterThanOrEqual(10);
    // One query per relation kind and level (list, 4 relation kinds, members, industries, regions), not per person.
    expect(big.queries).toBeLessThanOrEqual(8);
  });
});
