import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { loadPersistedDocuments, persistedDocumentsFile } from '../../server/http/persisted-documents.js';
import { loadConfig } from '../../lib/config.js';
import { Client, codeOf, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** Hostile documents are refused before any resolver runs: no Neo4j query is spent on them. */

const nest = (depth: number) => {
  let selection = 'name';
  for (let i = 0; i < depth; i += 1) selection = `memberOf { members { ${selection} } }`;
  return `{ people { edges { node { ${selection} } } } }`;
};

describe('API hardening', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let locked: Awaited<ReturnType<typeof startApp>>;
  let closed: Awaited<ReturnType<typeof startApp>>;
  const client = () => new Client(server.url);

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
    locked = await startApp(graph, { api: { introspection: false, arbitraryDocuments: false } });
    closed = await startApp(graph, { api: { introspection: false } });
  });
  afterAll(async () => {
    await server.close();
    await locked.close();
    await closed.close();
    await graph.close();
  });

  async function rejectedCheaply(query: string, limit: string, variables: Record<string, unknown> = {}) {
    const before = graph.stats.queries;
    const reply = await client().gql(query, variables);
    expect(reply.data ?? null).toBeNull();
    expect(codeOf(reply)).toBe('VALIDATION');
    expect(reply.errors![0]!.extensions).toMatchObject({ limit });
    expect(graph.stats.queries - before).toBe(0);
  }

  it('accepts an ordinary nested query', async () => {
    const reply = await client().gql(nest(1));
    expect(reply.errors).toBeUndefined();
  });

  it('rejects a deep query', () => rejectedCheaply(nest(6), 'maxDepth'));

  it('rejects an alias bomb', () =>
    rejectedCheaply(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: industries { code }`).join(' ')} }`, 'maxAliases'));

  it('rejects a wide, costly query', async () => {
    const wide = 'name description version deleted createdAt updatedAt';
    const people = (inner: string) => `members { ${wide} ${inner} } leaders { ${wide} ${inner} } affiliatedPeople { ${wide} ${inner} }`;
    const orgs = (inner: string) =>
      `memberOf { ${wide} ${inner} } affiliations { ${wide} ${inner} } leadsOrganizations { ${wide} ${inner} }`;
    await rejectedCheaply(`{ people(first: 100) { edges { node { ${wide} ${orgs(people(orgs('')))} } } } }`, 'maxCost');
  });

  it('counts `first` given as a variable, which the static cost limit cannot see', async () => {
    const query = 'query ($n: Int) { people(first: $n) { edges { node { name memberOf { name members { name memberOf { name } } } } } } }';
    const small = await client().gql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
    await rejectedCheaply(query, 'maxRows', { n: 100 });
  });

  it('counts relation lists without `first` as lists, not as one object', () =>
    rejectedCheaply('{ industries { children { children { children { regions { name } } } } } }', 'maxRows'));

  it('rejects a directive flood', () => rejectedCheaply(`{ version ${'@include(if: true) '.repeat(50)} }`, 'maxDirectives'));

  it('rejects a token flood before parsing it all', async () => {
    const before = graph.stats.queries;
    const reply = await client().gql(`{ ${'version '.repeat(5000)} }`);
    expect(codeOf(reply)).toBe('VALIDATION');
    expect(graph.stats.queries - before).toBe(0);
  });

  it('introspection is configurable', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await client().gql(query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const refused = await new Client(closed.url).gql(query);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0]!.message).toMatch(/introspection/i);
    const typename = await new Client(closed.url).gql<{ __typename: string }>('{ __typename }');
    expect(typename.data).toEqual({ __typename: 'Query' });
  });

  it('runs only the web client’s persisted documents when arbitrary documents are off', async () => {
    const documents = loadPersistedDocuments(persistedDocumentsFile(loadConfig({}).projectRoot));
    expect(documents.size).toBeGreaterThan(0);
    const [hash] = [...documents].find(([, text]) => text.startsWith('query IndustriesPage ')) ?? [];
    expect(hash).toBeDefined();
    const post = (body: unknown) =>
      fetch(`${locked.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }>);

    const persisted = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(persisted.errors).toBeUndefined();
    expect(persisted.data).toHaveProperty('industries');

    const arbitrary = await post({ query: '{ version }' });
    expect(codeOf(arbitrary)).toBe('FORBIDDEN');
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(codeOf(unknown)).toBe('VALIDATION');
    // The open server accepts both.
    expect((await client().gql('{ version }')).data).toEqual({ version: 'test' });
  });

  it('masks unexpected errors but keeps the typed codes', async () => {
    // A graph whose every read fails with an internal detail the client must not see.
    const broken = Object.create(graph, {
      read: { value: () => Promise.reject(new Error('connection to bolt://10.0.0.7:7687 refused (secret detail)')) },
      readTx: { value: () => Promise.reject(new Error('connection to bolt://10.0.0.7:7687 refused (secret detail)')) },
      scoped: { value: () => broken },
    }) as Graph;
    const app = await startApp(graph);
    const brokenApp = await (async () => {
      const { createApp } = await import('../../server/http/app.js');
      const { createLogger } = await import('../../server/logger.js');
      const { listen } = await import('../support/http.js');
      const { app: express } = createApp({
        graph: broken,
        log: createLogger({ logLevel: 'silent' }),
        serviceVersion: 'test',
        webDist: '/nonexistent',
        graphiql: false,
      });
      return listen(express);
    })();
    try {
      const reply = await new Client(brokenApp.url).gql('{ industries { code } }');
      expect(codeOf(reply)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(reply.errors)).not.toMatch(/bolt|secret|refused/i);
      const typed = await new Client(app.url).gql('{ people(first: 1000) { edges { node { id } } } }');
      expect(codeOf(typed)).toBe('VALIDATION');
      expect(typed.errors![0]!.message).toBe('first: expected 1 to 100');
    } finally {
      await brokenApp.close();
      await app.close();
    }
  });
});
