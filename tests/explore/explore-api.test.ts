import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { typed } from '../gql/index.js';
import { Client, codeOf, startApp } from '../support/client.js';
import { buildLibrarian, signIn } from '../support/factories/account.js';
import { anIndustryCode, buildLink, buildOrganization, buildPerson, buildProject, deleteEntity } from '../support/factories/entity.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** Neighbourhoods, paths and search over real HTTP on a small hand-built graph, built once: no test changes it. */

const NEIGHBOURHOOD = typed(`
  query ExploreNeighbourhood($id: ID!, $hops: Int, $limit: Int) {
    neighbourhood(id: $id, hops: $hops, limit: $limit) { nodes { id kind label } edges { from to type } truncated }
  }
`);
const PATHS = typed(`
  query ExplorePaths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops) { nodes { id } edges { from to type } } }
`);
const SEARCH = typed(`
  query ExploreSearch($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) {
      edges { score node { id kind label } entity { __typename ... on Project { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const SEARCH_KIND_OF = typed(`
  query ExploreSearchKindOf($query: String!, $kinds: [SearchKind!]) { search(query: $query, kinds: $kinds) { edges { node { id kind } } } }
`);

describe('exploration', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  const ids: Record<string, string> = {};
  let industry: string;
  let librarian: Awaited<ReturnType<typeof buildLibrarian>>;
  const client = () => new Client(server.url);

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    librarian = await buildLibrarian(graph, 'haining-library');
    ids.founder = (await buildPerson(graph, { name: '陈创业', title: '创始人' })).id;
    ids.engineer = (await buildPerson(graph, { name: '林工程' })).id;
    const ghost = await buildPerson(graph, { name: '已删除的人' });
    ids.ghost = ghost.id;
    ids.company = (await buildOrganization(graph, { name: '嘉兴禾创智能科技有限公司', aliases: ['禾创智能'] })).id;
    ids.university = (await buildOrganization(graph, { name: '嘉兴大学' })).id;
    ids.project = (await buildProject(graph, { name: '柔性电子传感器研发' })).id;
    for (let i = 0; i < 30; i += 1) ids[`staff${i}`] = (await buildPerson(graph, { name: `员工${i}` })).id;
    industry = await anIndustryCode(graph);
    await buildLink(graph, ids.founder, 'LEADS', ids.company);
    await buildLink(graph, ids.founder, 'LEADS', ids.project);
    await buildLink(graph, ids.engineer, 'MEMBER_OF', ids.company);
    await buildLink(graph, ids.ghost, 'MEMBER_OF', ids.company);
    await buildLink(graph, ids.engineer, 'AFFILIATED_WITH', ids.university);
    await buildLink(graph, ids.company, 'IN_INDUSTRY', industry);
    await buildLink(graph, ids.company, 'LOCATED_IN', '330481');
    for (let i = 0; i < 30; i += 1) await buildLink(graph, ids[`staff${i}`]!, 'MEMBER_OF', ids.university);
    await deleteEntity(graph, ghost);
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
    const reply = await client().gql(NEIGHBOURHOOD, { id: ids.company!, hops: 1 });
    const { nodes, edges, truncated } = reply.data!.neighbourhood!;
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set([ids.company, ids.founder, ids.engineer, industry, '330481']));
    expect(nodes.find((n) => n.id === ids.founder)).toEqual({ id: ids.founder, kind: 'Person', label: '陈创业' });
    expect(edges).toContainEqual({ from: ids.founder, to: ids.company, type: 'LEADS' });
    expect(edges).toContainEqual({ from: ids.company, to: '330481', type: 'LOCATED_IN' });
    expect(truncated).toBe(false);
  });

  it('two hops reach further but never accounts, sessions or the audit log; the limit caps and says so', async () => {
    const reply = await client().gql(NEIGHBOURHOOD, { id: '330481', hops: 3, limit: 200 });
    const kinds = new Set(reply.data!.neighbourhood!.nodes.map((n) => n.kind));
    expect(reply.data!.neighbourhood!.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([ids.company, ids.engineer, 'haining-library']),
    );
    expect(
      [...kinds].every((k) =>
        ['Person', 'Organization', 'Project', 'Industry', 'Region', 'Policy', 'Library', 'Document', 'NewsItem', 'Topic'].includes(k),
      ),
    ).toBe(true);
    const capped = await client().gql(NEIGHBOURHOOD, { id: ids.university!, hops: 2, limit: 10 });
    expect(capped.data!.neighbourhood!.nodes).toHaveLength(10);
    expect(capped.data!.neighbourhood!.truncated).toBe(true);
    for (const args of [{ hops: 4 }, { limit: 201 }, { hops: 0 }]) {
      expect(codeOf(await client().gql(NEIGHBOURHOOD, { id: ids.company!, ...args }))).toBe('VALIDATION');
    }
    expect((await client().gql(NEIGHBOURHOOD, { id: 'nothing-here' })).data!.neighbourhood).toBeNull();
  });

  it('a neighbourhood costs a query for its start and one per hop, not per node', async () => {
    const before = graph.stats.queries;
    await client().gql(NEIGHBOURHOOD, { id: ids.university!, hops: 2, limit: 200 });
    expect(graph.stats.queries - before).toBeLessThanOrEqual(3);
  });

  it('finds the shortest paths between two entities, through live nodes only', async () => {
    const reply = await client().gql(PATHS, { from: ids.engineer!, to: industry });
    expect(reply.data!.paths).toHaveLength(1);
    expect(reply.data!.paths[0]!.nodes.map((n) => n.id)).toEqual([ids.engineer, ids.company, industry]);
    expect(reply.data!.paths[0]!.edges.map((e) => e.type)).toEqual(['MEMBER_OF', 'IN_INDUSTRY']);
    const none = await client().gql(PATHS, { from: ids.engineer!, to: industry, maxHops: 1 });
    expect(none.data!.paths).toEqual([]);
    const ghost = await client().gql(PATHS, { from: ids.ghost!, to: ids.company! });
    expect(ghost.data!.paths).toEqual([]);
    expect(codeOf(await client().gql(PATHS, { from: ids.engineer!, to: industry, maxHops: 7 }))).toBe('VALIDATION');
  });

  it('searches across people, organisations, projects, policies and documents in Chinese', async () => {
    const reply = await client().gql(SEARCH, { query: '传感器' });
    const hits = reply.data!.search.edges;
    expect(hits.map((h) => h.node.id)).toEqual(expect.arrayContaining([ids.project, 'policy-1', 'doc-1']));
    expect(hits.find((h) => h.node.id === ids.project)!.entity).toEqual({ __typename: 'Project', name: '柔性电子传感器研发' });
    expect(hits.find((h) => h.node.id === 'policy-1')!.entity).toBeNull();

    const alias = await client().gql(SEARCH_KIND_OF, { query: '禾创智能', kinds: ['ORGANIZATION'] });
    expect(alias.data!.search.edges.map((h) => h.node)).toEqual([{ id: ids.company, kind: 'Organization' }]);
  });

  it('pages search results with cursors and hides deleted entities from visitors', async () => {
    const pageAfter = async (after: string | null) =>
      (await client().gql(SEARCH, { query: '员工', kinds: ['PERSON'], first: 7, after })).data!.search;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { edges, pageInfo } = await pageAfter(after);
      seen.push(...edges.map((h) => h.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor ?? null;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);

    const visitor = await client().gql(SEARCH, { query: '已删除的人', kinds: ['PERSON'] });
    expect(visitor.data!.search.edges).toEqual([]);
    const staff = await (await signIn(server.url, librarian)).gql(SEARCH, { query: '已删除的人', kinds: ['PERSON'] });
    expect(staff.data!.search.edges).toHaveLength(1);
  });

  it('treats Lucene syntax as text and refuses empty, long or forged-cursor searches', async () => {
    for (const query of ['AND OR NOT', '"unterminated', 'a:b*~^2 (x', '\\\\']) {
      const reply = await client().gql(SEARCH, { query });
      expect([query, reply.errors]).toEqual([query, undefined]);
    }
    expect(codeOf(await client().gql(SEARCH, { query: '   ' }))).toBe('VALIDATION');
    expect(codeOf(await client().gql(SEARCH, { query: '长'.repeat(201) }))).toBe('VALIDATION');
    expect(codeOf(await client().gql(SEARCH, { query: '员工', after: 'bm9wZQ' }))).toBe('VALIDATION');
  });
});
