import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { Client, codeOf, startApp, signInCuratorCast } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** Curation over real HTTP: provenance, versions, soft delete, links, merge, audit log. */

const PERSON = 'id name title version deleted provenance { sourceUrl at curator { id } }';

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

  async function createPerson(client: Client, name: string, extra: Record<string, unknown> = {}) {
    const reply = await client.gql<{ createPerson: { id: string; version: number } }>(
      `mutation ($i: PersonInput!) { createPerson(input: $i) { ${PERSON} } }`,
      { i: { name, ...extra } },
    );
    if (!reply.data) throw new Error(JSON.stringify(reply.errors));
    return reply.data.createPerson;
  }
  async function createOrganization(client: Client, name: string, extra: Record<string, unknown> = {}) {
    const reply = await client.gql<{ createOrganization: { id: string; version: number } }>(
      'mutation ($i: OrganizationInput!) { createOrganization(input: $i) { id version } }',
      { i: { name, ...extra } },
    );
    if (!reply.data) throw new Error(JSON.stringify(reply.errors));
    return reply.data.createOrganization;
  }
  const auditCount = async (entityId: string) =>
    (await graph.read<{ n: number }>('MATCH (a:AuditEntry {entityId: $entityId}) RETURN count(a) AS n', { entityId }))[0]!.n;

  it('creates a person with provenance and an audit entry; visitors read it without the curator', async () => {
    const created = await haining.gql<{ createPerson: any }>(`mutation ($i: PersonInput!) { createPerson(input: $i) { ${PERSON} } }`, {
      i: { name: '张三', title: '总经理', sourceUrl: 'https://www.jiaxing.gov.cn/people/1' },
    });
    expect(created.errors).toBeUndefined();
    const person = created.data!.createPerson;
    expect(person).toMatchObject({ name: '张三', title: '总经理', version: 1, deleted: false });
    expect(person.provenance.sourceUrl).toBe('https://www.jiaxing.gov.cn/people/1');
    expect(person.provenance.curator).not.toBeNull();

    const publicView = await anonymous().gql<{ person: any }>(`query ($id: ID!) { person(id: $id) { ${PERSON} } }`, { id: person.id });
    expect(publicView.data!.person).toMatchObject({
      name: '张三',
      provenance: { sourceUrl: 'https://www.jiaxing.gov.cn/people/1', curator: null },
    });

    const history = await haining.gql<{ auditLog: { nodes: any[] } }>(
      'query ($id: ID!) { auditLog(entityId: $id) { nodes { action entityType before after actor { displayName } } } }',
      { id: person.id },
    );
    expect(history.data!.auditLog.nodes).toHaveLength(1);
    const [entry] = history.data!.auditLog.nodes;
    expect(entry).toMatchObject({ action: 'CREATE', entityType: 'Person', before: null, actor: { displayName: 'hn' } });
    expect(JSON.parse(entry.after)).toMatchObject({ name: '张三', version: 1, libraryId: 'haining-library' });
  });

  it('refuses invalid input with VALIDATION and stores nothing', async () => {
    const before = (await graph.read<{ n: number }>('MATCH (n:Person) RETURN count(n) AS n'))[0]!.n;
    for (const input of [{ name: '  ' }, { name: 'x', sourceUrl: 'javascript:alert(1)' }, { name: 'x'.repeat(201) }]) {
      const reply = await haining.gql('mutation ($i: PersonInput!) { createPerson(input: $i) { id } }', { i: input });
      expect(codeOf(reply)).toBe('VALIDATION');
    }
    const bad = await haining.gql('mutation ($i: OrganizationInput!) { createOrganization(input: $i) { id } }', {
      i: { name: '某公司', creditCode: '123' },
    });
    expect(codeOf(bad)).toBe('VALIDATION');
    expect((await graph.read<{ n: number }>('MATCH (n:Person) RETURN count(n) AS n'))[0]!.n).toBe(before);
  });

  it('updates with the current version and refuses a stale one with CONFLICT, losing nothing', async () => {
    const person = await createPerson(haining, '李四');
    const update = `mutation ($id: ID!, $v: Int!, $p: PersonPatch!) { updatePerson(id: $id, version: $v, patch: $p) { name title version } }`;
    const first = await haining.gql<{ updatePerson: any }>(update, { id: person.id, v: 1, p: { title: '教授' } });
    expect(first.data!.updatePerson).toEqual({ name: '李四', title: '教授', version: 2 });
    // A second librarian still holding version 1 must not overwrite the change.
    const stale = await haining2.gql(update, { id: person.id, v: 1, p: { title: '研究员' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    const now = await anonymous().gql<{ person: any }>('query ($id: ID!) { person(id: $id) { title version } }', { id: person.id });
    expect(now.data!.person).toEqual({ title: '教授', version: 2 });
    expect(await auditCount(person.id)).toBe(2);
    const [entry] = (
      await haining.gql<{ auditLog: { nodes: any[] } }>(
        'query ($id: ID!) { auditLog(entityId: $id, first: 1) { nodes { action before after } } }',
        { id: person.id },
      )
    ).data!.auditLog.nodes;
    expect(entry.action).toBe('UPDATE');
    expect(JSON.parse(entry.before).title).toBeNull();
    expect(JSON.parse(entry.after).title).toBe('教授');
  });

  it('concurrent updates with the same version: exactly one wins', async () => {
    const person = await createPerson(haining, '并发');
    const update = `mutation ($id: ID!, $p: PersonPatch!) { updatePerson(id: $id, version: 1, patch: $p) { version } }`;
    const replies = await Promise.all(
      ['甲', '乙', '丙', '丁'].map((title, i) => (i % 2 ? haining : haining2).gql(update, { id: person.id, p: { title } })),
    );
    expect(replies.filter((r) => r.data?.updatePerson).length).toBe(1);
    expect(replies.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(3);
    expect(await auditCount(person.id)).toBe(2);
  });

  it('soft-deletes and restores: visitors lose sight of a deleted person, librarians do not', async () => {
    const person = await createPerson(haining, '王五');
    const del = await haining.gql<{ deletePerson: any }>('mutation ($id: ID!) { deletePerson(id: $id, version: 1) { deleted version } }', {
      id: person.id,
    });
    expect(del.data!.deletePerson).toEqual({ deleted: true, version: 2 });
    expect(
      (await anonymous().gql<{ person: unknown }>('query ($id: ID!) { person(id: $id) { id } }', { id: person.id })).data!.person,
    ).toBeNull();
    const listed = await anonymous().gql<{ people: { nodes: { id: string }[] } }>('{ people(first: 100) { nodes { id } } }');
    expect(listed.data!.people.nodes.map((p) => p.id)).not.toContain(person.id);
    expect(codeOf(await reader.gql('{ people(filter: {includeDeleted: true}) { nodes { id } } }'))).toBe('FORBIDDEN');
    const staff = await haining.gql<{ person: any }>('query ($id: ID!) { person(id: $id) { deleted } }', { id: person.id });
    expect(staff.data!.person).toEqual({ deleted: true });
    const again = await haining.gql('mutation ($id: ID!) { deletePerson(id: $id, version: 2) { id } }', { id: person.id });
    expect(codeOf(again)).toBe('CONFLICT');
    const restored = await haining.gql<{ restorePerson: any }>(
      'mutation ($id: ID!) { restorePerson(id: $id, version: 2) { deleted version } }',
      { id: person.id },
    );
    expect(restored.data!.restorePerson).toEqual({ deleted: false, version: 3 });
    expect(
      (await anonymous().gql<{ person: any }>('query ($id: ID!) { person(id: $id) { name } }', { id: person.id })).data!.person,
    ).toEqual({ name: '王五' });
  });

  it('links people, organisations, projects, industries and regions with provenance; unlink soft-deletes', async () => {
    const person = await createPerson(haining, '赵六');
    const org = await createOrganization(haining, '嘉兴禾创科技有限公司');
    const project = (
      await haining.gql<{ createProject: { id: string } }>('mutation { createProject(input: {name: "智能纺织", status: ACTIVE}) { id } }')
    ).data!.createProject;
    const link = 'mutation ($i: LinkInput!) { link(input: $i) { type fromId toId deleted provenance { sourceUrl } } }';
    const links = [
      { fromId: person.id, type: 'MEMBER_OF', toId: org.id, sourceUrl: 'https://example.org/team' },
      { fromId: person.id, type: 'LEADS', toId: project.id },
      { fromId: project.id, type: 'AFFILIATED_WITH', toId: org.id },
      { fromId: org.id, type: 'LOCATED_IN', toId: '330481' },
    ];
    for (const input of links) {
      const reply = await haining.gql<{ link: any }>(link, { i: input });
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.link).toMatchObject({ type: input.type, fromId: input.fromId, toId: input.toId, deleted: false });
    }
    const industries = await anonymous().gql<{ industries: { code: string }[] }>('{ industries { code } }');
    const industry = industries.data!.industries[0]!.code;
    expect((await haining.gql(link, { i: { fromId: org.id, type: 'IN_INDUSTRY', toId: industry } })).errors).toBeUndefined();

    const view = await anonymous().gql<{ organization: any }>(
      'query ($id: ID!) { organization(id: $id) { members { name } projects { name } regions { name } industries { code } } }',
      { id: org.id },
    );
    expect(view.data!.organization).toEqual({
      members: [{ name: '赵六' }],
      projects: [{ name: '智能纺织' }],
      regions: [{ name: '海宁市' }],
      industries: [{ code: industry }],
    });

    expect(codeOf(await haining.gql(link, { i: { fromId: project.id, type: 'MEMBER_OF', toId: org.id } }))).toBe('VALIDATION');
    expect(codeOf(await haining.gql(link, { i: { fromId: person.id, type: 'MEMBER_OF', toId: 'no-such-org' } }))).toBe('NOT_FOUND');

    const unlink = await haining.gql<{ unlink: any }>('mutation ($i: LinkInput!) { unlink(input: $i) { deleted } }', {
      i: { fromId: person.id, type: 'MEMBER_OF', toId: org.id },
    });
    expect(unlink.data!.unlink).toEqual({ deleted: true });
    const after = await anonymous().gql<{ organization: any }>('query ($id: ID!) { organization(id: $id) { members { name } } }', {
      id: org.id,
    });
    expect(after.data!.organization.members).toEqual([]);
    const actions = await graph.read<{ action: string }>('MATCH (a:AuditEntry {entityId: $id}) RETURN a.action AS action ORDER BY a.id', {
      id: person.id,
    });
    expect(actions.map((a) => a.action)).toEqual(['CREATE', 'LINK', 'LINK', 'UNLINK']);
  });

  it('links projects and organisations to policies (FUNDED_BY) and people to projects', async () => {
    await graph.write("CREATE (:Policy {id: 'policy-funds', title: '嘉兴市科技创新券管理办法'})");
    const project = (await haining.gql<{ createProject: { id: string } }>('mutation { createProject(input: {name: "创新券项目"}) { id } }'))
      .data!.createProject;
    const person = await createPerson(haining, '项目成员');
    const link = 'mutation ($i: LinkInput!) { link(input: $i) { type toId } }';
    expect(
      (
        await haining.gql(link, {
          i: { fromId: project.id, type: 'FUNDED_BY', toId: 'policy-funds', sourceUrl: 'https://kjj.jiaxing.gov.cn/x' },
        })
      ).errors,
    ).toBeUndefined();
    expect((await haining.gql(link, { i: { fromId: person.id, type: 'MEMBER_OF', toId: project.id } })).errors).toBeUndefined();
    expect(codeOf(await haining.gql(link, { i: { fromId: person.id, type: 'FUNDED_BY', toId: 'policy-funds' } }))).toBe('VALIDATION');
    expect(codeOf(await haining.gql(link, { i: { fromId: project.id, type: 'FUNDED_BY', toId: 'no-such-policy' } }))).toBe('NOT_FOUND');
    const view = await anonymous().gql<{ project: any }>(
      'query ($id: ID!) { project(id: $id) { fundedBy { id kind label } members { name } } }',
      { id: project.id },
    );
    expect(view.data!.project).toEqual({
      fundedBy: [{ id: 'policy-funds', kind: 'Policy', label: '嘉兴市科技创新券管理办法' }],
      members: [{ name: '项目成员' }],
    });
    const person2 = await anonymous().gql<{ person: any }>('query ($id: ID!) { person(id: $id) { memberOf { name } } }', { id: person.id });
    expect(person2.data!.person.memberOf).toEqual([]);
  });

  it('merges duplicate organisations: every relationship moves, the old id resolves to the kept one', async () => {
    const keep = await createOrganization(haining, '嘉兴某某科技有限公司');
    const duplicate = await createOrganization(haining, '某某科技', { website: 'https://mm.example.com' });
    const a = await createPerson(haining, '成员甲');
    const b = await createPerson(haining, '成员乙');
    const link = 'mutation ($i: LinkInput!) { link(input: $i) { type } }';
    await haining.gql(link, { i: { fromId: a.id, type: 'MEMBER_OF', toId: keep.id } });
    await haining.gql(link, { i: { fromId: a.id, type: 'MEMBER_OF', toId: duplicate.id } });
    await haining.gql(link, { i: { fromId: b.id, type: 'LEADS', toId: duplicate.id } });
    await haining.gql(link, { i: { fromId: duplicate.id, type: 'LOCATED_IN', toId: '330481' } });

    const merged = await haining.gql<{ mergeOrganizations: any }>(
      'mutation ($k: ID!, $d: ID!) { mergeOrganizations(keep: $k, duplicate: $d) { id aliases website members { name } leaders { name } regions { name } } }',
      { k: keep.id, d: duplicate.id },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeOrganizations).toEqual({
      id: keep.id,
      aliases: ['某某科技'],
      website: 'https://mm.example.com',
      members: [{ name: '成员甲' }],
      leaders: [{ name: '成员乙' }],
      regions: [{ name: '海宁市' }],
    });
    const resolved = await anonymous().gql<{ organization: { id: string } }>('query ($id: ID!) { organization(id: $id) { id } }', {
      id: duplicate.id,
    });
    expect(resolved.data!.organization.id).toBe(keep.id);
    const [left] = await graph.read<{ n: number }>(
      "MATCH (d:Organization {id: $id})-[r]-() WHERE type(r) <> 'MERGED_INTO' RETURN count(r) AS n",
      { id: duplicate.id },
    );
    expect(left!.n).toBe(0);
    const listed = await anonymous().gql<{ organizations: { nodes: { id: string }[] } }>('{ organizations(first: 100) { nodes { id } } }');
    expect(listed.data!.organizations.nodes.map((o) => o.id)).not.toContain(duplicate.id);
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
    expect(
      codeOf(
        await haining.gql('mutation ($k: ID!, $d: ID!) { mergeOrganizations(keep: $k, duplicate: $d) { id } }', {
          k: keep.id,
          d: duplicate.id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('merges duplicate people', async () => {
    const keep = await createPerson(haining, '孙七');
    const duplicate = await createPerson(haining, '孙七', { title: '博士' });
    const org = await createOrganization(haining, '七号研究院');
    await haining.gql('mutation ($i: LinkInput!) { link(input: $i) { type } }', {
      i: { fromId: duplicate.id, type: 'AFFILIATED_WITH', toId: org.id },
    });
    const merged = await haining.gql<{ mergePeople: any }>(
      'mutation ($k: ID!, $d: ID!) { mergePeople(keep: $k, duplicate: $d) { id title affiliations { name } } }',
      {
        k: keep.id,
        d: duplicate.id,
      },
    );
    expect(merged.data!.mergePeople).toEqual({ id: keep.id, title: '博士', affiliations: [{ name: '七号研究院' }] });
    expect(
      (await anonymous().gql<{ person: any }>('query ($id: ID!) { person(id: $id) { id } }', { id: duplicate.id })).data!.person.id,
    ).toBe(keep.id);
  });

  describe('authorisation of every mutation (UNAUTHENTICATED, FORBIDDEN, other library)', () => {
    let ids: { person: string; person2: string; org: string; org2: string; project: string };
    beforeAll(async () => {
      ids = {
        person: (await createPerson(jiashan, '嘉善的人')).id,
        person2: (await createPerson(jiashan, '嘉善的人2')).id,
        org: (await createOrganization(jiashan, '嘉善的公司')).id,
        org2: (await createOrganization(jiashan, '嘉善的公司2')).id,
        project: (await jiashan.gql<{ createProject: { id: string } }>('mutation { createProject(input: {name: "嘉善项目"}) { id } }'))
          .data!.createProject.id,
      };
      await jiashan.gql('mutation ($i: LinkInput!) { link(input: $i) { type } }', {
        i: { fromId: ids.person, type: 'MEMBER_OF', toId: ids.org },
      });
    });

    const mutations = () => [
      { name: 'createPerson', q: 'mutation { createPerson(input: {name: "x"}) { id } }', v: {}, creates: true },
      { name: 'createOrganization', q: 'mutation { createOrganization(input: {name: "x"}) { id } }', v: {}, creates: true },
      { name: 'createProject', q: 'mutation { createProject(input: {name: "x"}) { id } }', v: {}, creates: true },
      {
        name: 'updatePerson',
        q: 'mutation ($id: ID!) { updatePerson(id: $id, version: 1, patch: {name: "改"}) { id } }',
        v: { id: ids.person },
      },
      {
        name: 'updateOrganization',
        q: 'mutation ($id: ID!) { updateOrganization(id: $id, version: 1, patch: {name: "改"}) { id } }',
        v: { id: ids.org },
      },
      {
        name: 'updateProject',
        q: 'mutation ($id: ID!) { updateProject(id: $id, version: 1, patch: {name: "改"}) { id } }',
        v: { id: ids.project },
      },
      { name: 'deletePerson', q: 'mutation ($id: ID!) { deletePerson(id: $id, version: 1) { id } }', v: { id: ids.person } },
      { name: 'deleteOrganization', q: 'mutation ($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }', v: { id: ids.org } },
      { name: 'deleteProject', q: 'mutation ($id: ID!) { deleteProject(id: $id, version: 1) { id } }', v: { id: ids.project } },
      { name: 'restorePerson', q: 'mutation ($id: ID!) { restorePerson(id: $id, version: 1) { id } }', v: { id: ids.person } },
      { name: 'restoreOrganization', q: 'mutation ($id: ID!) { restoreOrganization(id: $id, version: 1) { id } }', v: { id: ids.org } },
      { name: 'restoreProject', q: 'mutation ($id: ID!) { restoreProject(id: $id, version: 1) { id } }', v: { id: ids.project } },
      {
        name: 'mergePeople',
        q: 'mutation ($k: ID!, $d: ID!) { mergePeople(keep: $k, duplicate: $d) { id } }',
        v: { k: ids.person, d: ids.person2 },
      },
      {
        name: 'mergeOrganizations',
        q: 'mutation ($k: ID!, $d: ID!) { mergeOrganizations(keep: $k, duplicate: $d) { id } }',
        v: { k: ids.org, d: ids.org2 },
      },
      {
        name: 'link',
        q: 'mutation ($i: LinkInput!) { link(input: $i) { type } }',
        v: { i: { fromId: ids.person2, type: 'MEMBER_OF', toId: ids.org } },
      },
      {
        name: 'unlink',
        q: 'mutation ($i: LinkInput!) { unlink(input: $i) { type } }',
        v: { i: { fromId: ids.person, type: 'MEMBER_OF', toId: ids.org } },
      },
      {
        name: 'createAccount',
        q: 'mutation { createAccount(input: {email: "n@example.org", password: "long enough pw", displayName: "n", role: ADMIN}) { id } }',
        v: {},
      },
    ];

    const snapshot = async () => ({
      graph: await graph.read(
        'MATCH (n) WHERE n:Person OR n:Organization OR n:Project OR n:Account RETURN n.id AS id, n.version AS version, n.deleted AS deleted, n.role AS role ORDER BY id',
      ),
      rels: (await graph.read<{ n: number }>('MATCH ()-[r]->() WHERE NOT coalesce(r.deleted, false) RETURN count(r) AS n'))[0]!.n,
      audit: (await graph.read<{ n: number }>('MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n,
    });

    it('refuses visitors (UNAUTHENTICATED) and readers (FORBIDDEN), changing nothing', async () => {
      const before = await snapshot();
      for (const m of mutations()) {
        expect([m.name, codeOf(await anonymous().gql(m.q, m.v))]).toEqual([m.name, 'UNAUTHENTICATED']);
        expect([m.name, codeOf(await reader.gql(m.q, m.v))]).toEqual([m.name, 'FORBIDDEN']);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses a librarian every change to another library's entities, and account creation (IDOR)", async () => {
      const before = await snapshot();
      for (const m of mutations().filter((m) => !m.creates)) {
        expect([m.name, codeOf(await haining.gql(m.q, m.v))]).toEqual([m.name, 'FORBIDDEN']);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('answers guessed ids with NOT_FOUND, never another entity', async () => {
      const guess = '01900000-0000-7000-8000-000000000000';
      for (const q of [
        'mutation ($id: ID!) { updatePerson(id: $id, version: 1, patch: {name: "x"}) { id } }',
        'mutation ($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }',
        'mutation ($id: ID!) { restoreProject(id: $id, version: 1) { id } }',
      ]) {
        expect(codeOf(await haining.gql(q, { id: guess }))).toBe('NOT_FOUND');
      }
      expect(
        (await haining.gql<{ person: unknown }>('query ($id: ID!) { person(id: $id) { id } }', { id: guess })).data!.person,
      ).toBeNull();
    });

    it('lets the owning librarian and an admin make the same changes', async () => {
      const update = await jiashan.gql<{ updatePerson: { version: number } }>(
        'mutation ($id: ID!) { updatePerson(id: $id, version: 1, patch: {title: "主任"}) { version } }',
        { id: ids.person },
      );
      expect(update.data!.updatePerson.version).toBe(2);
      const byAdmin = await admin.gql<{ updatePerson: { version: number } }>(
        'mutation ($id: ID!) { updatePerson(id: $id, version: 2, patch: {title: "副主任"}) { version } }',
        { id: ids.person },
      );
      expect(byAdmin.data!.updatePerson.version).toBe(3);
    });
  });

  it('audit log per librarian: a librarian sees their own library, an admin everything, readers nothing', async () => {
    const [hn] = await graph.read<{ id: string }>("MATCH (a:Account {email: 'hn@example.org'}) RETURN a.id AS id");
    const [js] = await graph.read<{ id: string }>("MATCH (a:Account {email: 'js@example.org'}) RETURN a.id AS id");
    const query = 'query ($actor: ID) { auditLog(actor: $actor, first: 100) { nodes { actorId } } }';
    const own = await haining.gql<{ auditLog: { nodes: { actorId: string }[] } }>(query, { actor: hn!.id });
    expect(own.data!.auditLog.nodes.length).toBeGreaterThan(5);
    expect(new Set(own.data!.auditLog.nodes.map((n) => n.actorId))).toEqual(new Set([hn!.id]));
    const other = await haining.gql<{ auditLog: { nodes: unknown[] } }>(query, { actor: js!.id });
    expect(other.data!.auditLog.nodes).toEqual([]);
    const all = await admin.gql<{ auditLog: { nodes: { actorId: string }[] } }>(query, { actor: js!.id });
    expect(all.data!.auditLog.nodes.length).toBeGreaterThan(3);
    expect(codeOf(await reader.gql(query, {}))).toBe('FORBIDDEN');
    expect(codeOf(await anonymous().gql('{ people { nodes { history { action } } } }'))).toBe('UNAUTHENTICATED');
  });

  it('pages with opaque cursors, and a list costs a constant number of Neo4j queries', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const reply: any = await anonymous().gql(
        'query ($after: String) { people(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...reply.data.people.nodes.map((n: { id: string }) => n.id));
      if (!reply.data.people.pageInfo.hasNextPage) break;
      after = reply.data.people.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(codeOf(await anonymous().gql('{ people(after: "not-a-cursor") { nodes { id } } }'))).toBe('VALIDATION');

    const queriesFor = async (first: number) => {
      const before = graph.stats.queries;
      const reply = await anonymous().gql<{ people: { nodes: unknown[] } }>(
        `{ people(first: ${first}) { nodes { name memberOf { name members { name } } leads { name } industries { code } regions { name } } } }`,
        {},
      );
      expect(reply.errors).toBeUndefined();
      return { items: reply.data!.people.nodes.length, queries: graph.stats.queries - before };
    };
    const big = await queriesFor(100);
    expect(big.items).toBeGreaterThanOrEqual(10);
    // One query per relation kind and level (list, 4 relation kinds, members, industries, regions), not per person.
    expect(big.queries).toBeLessThanOrEqual(8);
  });
});
