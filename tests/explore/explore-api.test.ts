import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { createEntity, linkEntities, setDeleted } from '../../services/entity/curation.js';
import { Client, codeOf, seedAccount, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** Neighbourhoods, paths and search over real HTTP on a small hand-built graph. */

interface Node {
  id: string;
  kind: string;
  label: string;
}

describe('exploration', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  const ids: Record<string, string> = {};
  let industry: string;
  const client = () => new Client(server.url);

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    await seedAccount(graph, 'lib@example.org', 'LIBRARIAN', 'haining-library');
    const repos = createRepositories(graph);
    const make = async (key: string, type: 'Person' | 'Organization' | 'Project', fields: Record<string, unknown>) => {
      ids[key] = (await createEntity(repos, CLI_ACTOR, type, fields)).id;
    };
    await make('founder', 'Person', { name: '陈创业', title: '创始人' });
    await make('engineer', 'Person', { name: '林工程' });
    await make('ghost', 'Person', { name: '已删除的人' });
    await make('company', 'Organization', { name: '嘉兴禾创智能科技有限公司', aliases: ['禾创智能'] });
    await make('university', 'Organization', { name: '嘉兴大学' });
    await make('project', 'Project', { name: '柔性电子传感器研发' });
    for (let i = 0; i < 30; i += 1) await make(`staff${i}`, 'Person', { name: `员工${i}` });
    industry = (await graph.read<{ code: string }>('MATCH (i:Industry) RETURN i.code AS code ORDER BY code LIMIT 1'))[0]!.code;
    const link = (fromId: string, type: 'LEADS' | 'MEMBER_OF' | 'AFFILIATED_WITH' | 'IN_INDUSTRY' | 'LOCATED_IN', toId: string) =>
      linkEntities(repos, CLI_ACTOR, { fromId, type, toId });
    await link(ids.founder!, 'LEADS', ids.company!);
    await link(ids.founder!, 'LEADS', ids.project!);
    await link(ids.engineer!, 'MEMBER_OF', ids.company!);
    await link(ids.ghost!, 'MEMBER_OF', ids.company!);
    await link(ids.engineer!, 'AFFILIATED_WITH', ids.university!);
    await link(ids.company!, 'IN_INDUSTRY', industry);
    await link(ids.company!, 'LOCATED_IN', '330481');
    for (let i = 0; i < 30; i += 1) await link(ids[`staff${i}`]!, 'MEMBER_OF', ids.university!);
    await setDeleted(repos, CLI_ACTOR, 'Person', ids.ghost!, 1, true);
    // Content owned by other modules, as their importers would leave it.
    await graph.write(
      `MATCH (i:Industry {code: $industry})
       CREATE (:Policy {id: 'policy-1', title: '嘉兴市支持智能科技企业发展的若干政策', documentNumber: '嘉政发〔2025〕1号', text: '对智能传感器企业给予研发补助'})-[:SUPPORTS]->(i)
       CREATE (:Document {id: 'doc-1', title: '柔性电子传感器综述', abstract: '传感器材料'})`,
      { industry },
    );
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('gives the one-hop neighbourhood of an organisation, without deleted people', async () => {
    const reply = await client().gql<{
      neighbourhood: { nodes: Node[]; edges: { from: string; to: string; type: string }[]; truncated: boolean };
    }>('query ($id: ID!) { neighbourhood(id: $id, hops: 1) { nodes { id kind label } edges { from to type } truncated } }', {
      id: ids.company,
    });
    const { nodes, edges, truncated } = reply.data!.neighbourhood;
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set([ids.company, ids.founder, ids.engineer, industry, '330481']));
    expect(nodes.find((n) => n.id === ids.founder)).toEqual({ id: ids.founder, kind: 'Person', label: '陈创业' });
    expect(edges).toContainEqual({ from: ids.founder, to: ids.company, type: 'LEADS' });
    expect(edges).toContainEqual({ from: ids.company, to: '330481', type: 'LOCATED_IN' });
    expect(truncated).toBe(false);
  });

  it('two hops reach further but never accounts, sessions or the audit log; the limit caps and says so', async () => {
    const reply = await client().gql<{ neighbourhood: { nodes: Node[]; truncated: boolean } }>(
      'query ($id: ID!) { neighbourhood(id: $id, hops: 3, limit: 200) { nodes { id kind } truncated } }',
      { id: '330481' },
    );
    const kinds = new Set(reply.data!.neighbourhood.nodes.map((n) => n.kind));
    expect(reply.data!.neighbourhood.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([ids.company, ids.engineer, 'haining-library']),
    );
    expect(
      [...kinds].every((k) =>
        ['Person', 'Organization', 'Project', 'Industry', 'Region', 'Policy', 'Library', 'Document', 'NewsItem', 'Topic'].includes(k),
      ),
    ).toBe(true);
    const capped = await client().gql<{ neighbourhood: { nodes: Node[]; truncated: boolean } }>(
      'query ($id: ID!) { neighbourhood(id: $id, hops: 2, limit: 10) { nodes { id } truncated } }',
      { id: ids.university },
    );
    expect(capped.data!.neighbourhood.nodes).toHaveLength(10);
    expect(capped.data!.neighbourhood.truncated).toBe(true);
    for (const args of ['hops: 4', 'limit: 201', 'hops: 0']) {
      expect(codeOf(await client().gql(`query ($id: ID!) { neighbourhood(id: $id, ${args}) { truncated } }`, { id: ids.company }))).toBe(
        'VALIDATION',
      );
    }
    expect(
      (await client().gql<{ neighbourhood: unknown }>('{ neighbourhood(id: "nothing-here") { truncated } }')).data!.neighbourhood,
    ).toBeNull();
  });

  it('a neighbourhood costs a query per hop, not per node', async () => {
    const before = graph.stats.queries;
    await client().gql('query ($id: ID!) { neighbourhood(id: $id, hops: 2, limit: 200) { nodes { id } } }', { id: ids.university });
    expect(graph.stats.queries - before).toBeLessThanOrEqual(4);
  });

  it('finds the shortest paths between two entities, through live nodes only', async () => {
    const reply = await client().gql<{ paths: { nodes: Node[]; edges: { type: string }[] }[] }>(
      'query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { nodes { id } edges { from to type } } }',
      { a: ids.engineer, b: industry },
    );
    expect(reply.data!.paths).toHaveLength(1);
    expect(reply.data!.paths[0]!.nodes.map((n) => n.id)).toEqual([ids.engineer, ids.company, industry]);
    expect(reply.data!.paths[0]!.edges.map((e) => e.type)).toEqual(['MEMBER_OF', 'IN_INDUSTRY']);
    const none = await client().gql<{ paths: unknown[] }>(
      'query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 1) { nodes { id } } }',
      {
        a: ids.engineer,
        b: industry,
      },
    );
    expect(none.data!.paths).toEqual([]);
    const ghost = await client().gql<{ paths: unknown[] }>('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { nodes { id } } }', {
      a: ids.ghost,
      b: ids.company,
    });
    expect(ghost.data!.paths).toEqual([]);
    expect(
      codeOf(
        await client().gql('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 7) { nodes { id } } }', {
          a: ids.engineer,
          b: industry,
        }),
      ),
    ).toBe('VALIDATION');
  });

  it('searches across people, organisations, projects, policies and documents in Chinese', async () => {
    const reply = await client().gql<{ search: { hits: { node: Node; entity: { __typename: string; name: string } | null }[] } }>(
      '{ search(query: "传感器") { hits { node { id kind label } entity { __typename ... on Project { name } } } } }',
    );
    const found = reply.data!.search.hits.map((h) => h.node.id);
    expect(found).toEqual(expect.arrayContaining([ids.project, 'policy-1', 'doc-1']));
    expect(reply.data!.search.hits.find((h) => h.node.id === ids.project)!.entity).toEqual({
      __typename: 'Project',
      name: '柔性电子传感器研发',
    });
    expect(reply.data!.search.hits.find((h) => h.node.id === 'policy-1')!.entity).toBeNull();

    const alias = await client().gql<{ search: { hits: { node: Node }[] } }>(
      '{ search(query: "禾创智能", kinds: [ORGANIZATION]) { hits { node { id kind } } } }',
    );
    expect(alias.data!.search.hits.map((h) => h.node)).toEqual([{ id: ids.company, kind: 'Organization' }]);
  });

  it('pages search results with cursors and hides deleted entities from visitors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const reply: any = await client().gql(
        'query ($after: String) { search(query: "员工", kinds: [PERSON], first: 7, after: $after) { hits { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...reply.data.search.hits.map((h: { node: Node }) => h.node.id));
      if (!reply.data.search.pageInfo.hasNextPage) break;
      after = reply.data.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);

    const visitor = await client().gql<{ search: { hits: unknown[] } }>(
      '{ search(query: "已删除的人", kinds: [PERSON]) { hits { score } } }',
    );
    expect(visitor.data!.search.hits).toEqual([]);
    const librarian = await new Client(server.url).login('lib@example.org');
    const staff = await librarian.gql<{ search: { hits: unknown[] } }>(
      '{ search(query: "已删除的人", kinds: [PERSON]) { hits { score } } }',
    );
    expect(staff.data!.search.hits).toHaveLength(1);
  });

  it('treats Lucene syntax as text and refuses empty, long or forged-cursor searches', async () => {
    for (const query of ['AND OR NOT', '"unterminated', 'a:b*~^2 (x', '\\\\']) {
      const reply = await client().gql('query ($q: String!) { search(query: $q) { hits { score } } }', { q: query });
      expect([query, reply.errors]).toEqual([query, undefined]);
    }
    expect(codeOf(await client().gql('{ search(query: "   ") { hits { score } } }'))).toBe('VALIDATION');
    expect(codeOf(await client().gql('query ($q: String!) { search(query: $q) { hits { score } } }', { q: '长'.repeat(201) }))).toBe(
      'VALIDATION',
    );
    expect(codeOf(await client().gql('{ search(query: "员工", after: "bm9wZQ") { hits { score } } }'))).toBe('VALIDATION');
  });
});
