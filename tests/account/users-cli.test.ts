import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { typed } from '../gql/index.js';
import { Client, startApp } from '../support/client.js';
import { runCli } from '../support/cli.js';
import { buildAdmin, buildLibrarian, signIn } from '../support/factories/account.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/** `hechuang users add|role|list` against the test Neo4j, then signing in over HTTP with what it made. Each test starts from an empty graph. */

const CREATE_STAFF = typed(`
  mutation AccountCliCreateStaff($input: CreateAccountInput!) { createAccount(input: $input) { role library { id } } }
`);
const MY_ROLE = typed(`query AccountCliMyRole { me { role } }`);
const MY_ROLE_AND_LIBRARY = typed(`query AccountCliMyRoleAndLibrary { me { role library { id } } }`);

describe('hechuang users', { timeout: 180_000 }, () => {
  let graph: Graph;
  let env: Record<string, string>;
  let server: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    const neo4j = testNeo4j();
    env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
    server = await startApp(graph);
  });
  beforeEach(() => resetGraph(graph));
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('creates the first admin with the password from stdin, who can then sign in and create staff', async () => {
    const added = await runCli(
      ['users', 'add', '--email', 'Boss@Example.org', '--name', '馆长', '--role', 'admin'],
      env,
      'a long admin secret\n',
    );
    expect(added.output).toMatch(/created admin boss@example\.org/);
    expect(added.code).toBe(0);
    const stored = await graph.read<{ hash: string; role: string }>(
      "MATCH (a:Account {email: 'boss@example.org'}) RETURN a.passwordHash AS hash, a.role AS role",
    );
    expect(stored[0]).toMatchObject({ role: 'ADMIN', hash: expect.stringMatching(/^\$argon2id\$/) as unknown });

    const admin = await new Client(server.url).login('boss@example.org', 'a long admin secret');
    const created = await admin.gql(CREATE_STAFF, {
      input: { email: 'lib@example.org', password: 'librarian secret', displayName: '馆员', role: 'LIBRARIAN', library: 'haining-library' },
    });
    expect(created.data).toEqual({ createAccount: { role: 'LIBRARIAN', library: { id: 'haining-library' } } });
  });

  it('refuses a weak password, an unknown role or library, and a duplicate email in one line each, storing nothing', async () => {
    await buildAdmin(graph, { email: 'boss@example.org' });
    const weak = await runCli(['users', 'add', '--email', 'x@example.org', '--name', 'x'], env, 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.output.trim().split('\n').at(-1)).toBe('hechuang: password: a password needs at least 10 characters');
    const role = await runCli(['users', 'add', '--email', 'x@example.org', '--name', 'x', '--role', 'root'], env, 'long enough secret\n');
    expect(role.output).toContain('role must be reader, bookstore, librarian or admin');
    const library = await runCli(
      ['users', 'add', '--email', 'x@example.org', '--name', 'x', '--role', 'librarian', '--library', 'nowhere'],
      env,
      'long enough secret\n',
    );
    expect(library.output).toContain('unknown library "nowhere"');
    const duplicate = await runCli(['users', 'add', '--email', 'boss@example.org', '--name', 'x'], env, 'long enough secret\n');
    expect(duplicate.code).toBe(1);
    expect(duplicate.output).toContain('an account with this email exists');
    const [count] = await graph.read<{ n: number }>("MATCH (a:Account {email: 'x@example.org'}) RETURN count(a) AS n");
    expect(count!.n).toBe(0);
  });

  it('changes a role, ending the sessions of that account', async () => {
    await buildAdmin(graph, { email: 'boss@example.org' });
    const built = await buildLibrarian(graph, 'haining-library', { email: 'lib@example.org' });
    const librarian = await signIn(server.url, built);
    expect((await librarian.gql(MY_ROLE)).data).toEqual({ me: { role: 'LIBRARIAN' } });
    const changed = await runCli(['users', 'role', 'lib@example.org', 'reader'], env);
    expect(changed.output).toContain('lib@example.org is now reader');
    expect((await librarian.gql(MY_ROLE)).data).toEqual({ me: null });
    const again = await signIn(server.url, built);
    expect((await again.gql(MY_ROLE_AND_LIBRARY)).data).toEqual({ me: { role: 'READER', library: null } });
    const missing = await runCli(['users', 'role', 'nobody@example.org', 'admin'], env);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('not found');
    const listed = await runCli(['users', 'list'], env);
    expect(listed.output).toMatch(/boss@example\.org\tadmin/);
    expect(listed.output).toMatch(/lib@example\.org\treader/);
  });
});
