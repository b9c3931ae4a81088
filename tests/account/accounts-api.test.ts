import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { typed } from '../gql/index.js';
import { Client, codeOf, PASSWORD, startApp } from '../support/client.js';
import { buildAdmin, buildReader, signIn } from '../support/factories/account.js';
import { resetGraph, testGraph } from '../support/graph.js';

/**
 * Accounts over real HTTP: cookies, sessions, CSRF, rate limiting, roles. One app (its sign-in
 * budget per IP is shared by the file); every test makes its own accounts.
 */

const LIBRARIES = typed(`query AccountLibraries { libraries { id name region { name } } }`);
const REGISTER = typed(`mutation AccountRegister($input: RegisterInput!) { register(input: $input) { message } }`);
const ME = typed(`query AccountMe { me { email role } }`);
const MY_ROLE = typed(`query AccountMyRole { me { role } }`);
const LOGOUT = typed(`mutation AccountLogout { logout }`);
const LOGIN = typed(
  `mutation AccountLogin($email: String!, $password: String!) { login(email: $email, password: $password) { csrfToken } }`,
);
const CREATE_PERSON = typed(`mutation AccountCreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }`);
const CREATE_ACCOUNT = typed(`
  mutation AccountCreate($input: CreateAccountInput!) { createAccount(input: $input) { id role library { name } } }
`);
const ACCOUNT_IDS = typed(`query AccountIds { accounts { edges { node { id } } } }`);
const ACCOUNT_EMAILS = typed(`query AccountEmails($first: Int) { accounts(first: $first) { edges { node { email } } } }`);

describe('accounts and sessions', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph, { auth: { loginMaxFailuresPerAccount: 3, loginMaxAttemptsPerIp: 25 } });
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('seeds the member libraries of the alliance with their regions', async () => {
    const reply = await new Client(server.url).gql(LIBRARIES);
    const names = reply.data!.libraries.map((l) => l.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '嘉兴市图书馆',
        '嘉善县图书馆',
        '平湖市图书馆',
        '海宁市图书馆',
        '桐乡市图书馆',
        '嘉兴大学图书馆',
        '嘉兴市农业科学研究院',
      ]),
    );
    expect(reply.data!.libraries.find((l) => l.id === 'haining-library')?.region?.name).toBe('海宁市');
  });

  it('registers a reader, who then signs in with a httpOnly SameSite=Lax session cookie and is known on the next request', async () => {
    const client = new Client(server.url);
    const reply = await client.gql(REGISTER, { input: { email: 'Reader@Example.org', password: PASSWORD, displayName: '读者' } });
    expect(reply.errors).toBeUndefined();
    expect(client.cookie).toBeUndefined(); // registering never signs in: its answer must not depend on the e-mail
    const login = await client.gql(LOGIN, { email: 'reader@example.org', password: PASSWORD });
    expect(login.errors).toBeUndefined();
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('hechuang_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http on loopback with COOKIE_SECURE=auto
    client.csrf = login.data!.login.csrfToken;
    const me = await client.gql(ME);
    expect(me.data!.me).toEqual({ email: 'reader@example.org', role: 'READER' });
    const stored = await graph.read<{ hash: string }>("MATCH (a:Account {email: 'reader@example.org'}) RETURN a.passwordHash AS hash");
    expect(stored[0]!.hash).toMatch(/^\$argon2id\$/);
    const sessions = await graph.read<{ hash: string }>('MATCH (s:Session) RETURN s.tokenHash AS hash');
    expect(sessions.some((s) => client.cookie!.includes(s.hash))).toBe(false); // only the hash is stored
  });

  it('answers a registration for an e-mail that has an account exactly as for a new one, and changes nothing', async () => {
    const existing = await buildReader(graph);
    const fresh = `new-${Date.now().toString(36)}@example.org`;
    const client = new Client(server.url);
    const again = await client.gql(REGISTER, { input: { email: existing.email, password: 'another long password', displayName: 'x' } });
    const created = await client.gql(REGISTER, { input: { email: fresh, password: PASSWORD, displayName: 'y' } });
    expect(again.status).toBe(created.status);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(created.data);
    expect(again.headers.getSetCookie()).toEqual(created.headers.getSetCookie());
    expect(client.cookie).toBeUndefined();
    // The existing account keeps its password and name; the new one exists.
    await new Client(server.url).login(existing.email);
    const [row] = await graph.read<{ name: string }>('MATCH (a:Account {email: $e}) RETURN a.displayName AS name', { e: existing.email });
    expect(row!.name).not.toBe('x');
    expect(await graph.read('MATCH (a:Account {email: $e}) RETURN a', { e: fresh })).toHaveLength(1);
    const weak = await client.gql(REGISTER, { input: { email: 'weak@example.org', password: 'short', displayName: 'x' } });
    expect(codeOf(weak)).toBe('VALIDATION');
  });

  it('logs in and out; after logout the old cookie is worthless', async () => {
    const client = await signIn(server.url, await buildReader(graph));
    const oldCookie = client.cookie;
    expect((await client.gql(MY_ROLE)).data).toEqual({ me: { role: 'READER' } });
    const out = await client.gql(LOGOUT);
    expect(out.data).toEqual({ logout: true });
    expect(client.cookie).toBeUndefined();
    const replay = new Client(server.url);
    replay.cookie = oldCookie;
    expect((await replay.gql(MY_ROLE)).data).toEqual({ me: null });
  });

  it('refuses an expired session and sweeps expired sessions at the next sign-in', async () => {
    const reader = await buildReader(graph);
    const client = await signIn(server.url, reader);
    await graph.write('MATCH (s:Session) SET s.expiresAt = datetime() - duration({minutes: 1})');
    expect((await client.gql(MY_ROLE)).data).toEqual({ me: null });
    await signIn(server.url, reader);
    const [left] = await graph.read<{ n: number }>('MATCH (s:Session) WHERE s.expiresAt <= datetime() RETURN count(s) AS n');
    expect(left!.n).toBe(0);
  });

  it('refuses cookie-authenticated mutations without the session CSRF token', async () => {
    const client = await signIn(server.url, await buildAdmin(graph));
    const input = { name: '张三' };
    const missing = await client.gql(CREATE_PERSON, { input }, { csrf: null });
    expect(codeOf(missing)).toBe('FORBIDDEN');
    expect(missing.errors![0]!.extensions).toMatchObject({ reason: 'CSRF' });
    const wrong = await client.gql(CREATE_PERSON, { input }, { csrf: 'guessed' });
    expect(codeOf(wrong)).toBe('FORBIDDEN');
    expect((await graph.read("MATCH (p:Person {name: '张三'}) RETURN p")).length).toBe(0);
    // Anonymous mutations (login) need the header too: a cross-site form cannot send it.
    const anonymous = await new Client(server.url).gql(LOGIN, { email: 'a@b.cn', password: 'x' }, { csrf: null });
    expect(codeOf(anonymous)).toBe('FORBIDDEN');
    const ok = await client.gql(CREATE_PERSON, { input });
    expect(ok.data!.createPerson.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rate-limits failed logins per account, even with the right password afterwards', async () => {
    const target = await buildReader(graph);
    const attacker = new Client(server.url);
    for (let i = 0; i < 3; i += 1) {
      const reply = await attacker.gql(LOGIN, { email: target.email, password: 'wrong password!' });
      expect(codeOf(reply)).toBe('UNAUTHENTICATED');
    }
    const blocked = await attacker.gql(LOGIN, { email: target.email, password: PASSWORD });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0]!.extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) as unknown });
    expect(attacker.cookie).toBeUndefined();
    // Another account from the same IP is not locked out by this one.
    await signIn(server.url, await buildAdmin(graph));
  });

  it('rate-limits login attempts per IP across accounts', async () => {
    const limited = await startApp(graph, { auth: { loginMaxAttemptsPerIp: 4 } });
    try {
      const client = new Client(limited.url);
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 6; i += 1) {
        codes.push(codeOf(await client.gql(LOGIN, { email: `nobody${i}@example.org`, password: 'wrong password!' })));
      }
      expect(codes.slice(0, 4)).toEqual(Array(4).fill('UNAUTHENTICATED'));
      expect(codes.slice(4)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });

  it('lets only admins create accounts, and librarians only for a member library', async () => {
    const input = {
      email: 'lib@example.org',
      password: PASSWORD,
      displayName: '馆员',
      role: 'LIBRARIAN',
      library: 'haining-library',
    } as const;
    expect(codeOf(await new Client(server.url).gql(CREATE_ACCOUNT, { input }))).toBe('UNAUTHENTICATED');
    const reader = await signIn(server.url, await buildReader(graph));
    expect(codeOf(await reader.gql(CREATE_ACCOUNT, { input }))).toBe('FORBIDDEN');
    const admin = await signIn(server.url, await buildAdmin(graph));
    const noLibrary = await admin.gql(CREATE_ACCOUNT, { input: { ...input, library: null } });
    expect(codeOf(noLibrary)).toBe('VALIDATION');
    const unknown = await admin.gql(CREATE_ACCOUNT, { input: { ...input, library: 'no-such-library' } });
    expect(codeOf(unknown)).toBe('VALIDATION');
    const made = await admin.gql(CREATE_ACCOUNT, { input });
    expect(made.data!.createAccount).toMatchObject({ role: 'LIBRARIAN', library: { name: '海宁市图书馆' } });
    const librarian = await new Client(server.url).login('lib@example.org');
    expect(codeOf(await librarian.gql(CREATE_ACCOUNT, { input: { ...input, email: 'lib2@example.org' } }))).toBe('FORBIDDEN');
  });

  it('shows a reader only their own profile: no account listing, no other emails', async () => {
    const built = await buildReader(graph);
    const reader = await signIn(server.url, built);
    expect(codeOf(await reader.gql(ACCOUNT_IDS))).toBe('FORBIDDEN');
    expect(codeOf(await new Client(server.url).gql(ACCOUNT_IDS))).toBe('UNAUTHENTICATED');
    const admin = await signIn(server.url, await buildAdmin(graph));
    const all = await admin.gql(ACCOUNT_EMAILS, { first: 100 });
    expect(all.data!.accounts.edges.map((e) => e.node.email)).toContain(built.email);
  });
});
