import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { addStore, assignStoreStaff } from '../../services/purchase/cards.js';
import { requestOnline } from '../../services/purchase/requests.js';
import { typed } from '../gql/index.js';
import { Client, codeOf, PASSWORD, seedAccount, startApp } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { buildPurchaseWorld, purchaseClock, type PurchaseWorld } from '../support/factories/purchase.js';

/** Who may do what with 你选书我买单, over GraphQL: each path against every other role, refused with nothing changed. */

const Till = typed(`
  mutation PurchaseAccessTill($card: String!, $isbn: String!) {
    purchaseAtTill(cardNumber: $card, isbn: $isbn) { created request { id status } refusals { rule message } }
  }
`);
const Pickup = typed(`mutation PurchaseAccessPickup($id: ID!) { confirmPurchasePickup(request: $id) { id status } }`);
const Review = typed(`mutation PurchaseAccessReview($id: ID!) { reviewPurchase(request: $id, approve: true) { id status } }`);
const Return = typed(`mutation PurchaseAccessReturn($id: ID!) { returnPurchase(request: $id) { id status } }`);
const One = typed(`query PurchaseAccessOne($id: ID!) { purchaseRequest(id: $id) { id status timeline { to } } }`);
const Mine = typed(`query PurchaseAccessMine { myPurchaseRequests { edges { node { id } } } }`);
const Ask = typed(
  `mutation PurchaseAccessAsk($isbn: String!, $store: ID!) { requestPurchase(isbn: $isbn, store: $store) { request { id } } }`,
);
const Queue = typed(
  `query PurchaseAccessQueue($library: ID!) { purchaseRequests(library: $library, statuses: [UNDER_REVIEW]) { edges { node { id } } } }`,
);
const Rules = typed(`
  mutation PurchaseAccessRules($library: ID!, $version: Int!, $input: PurchaseRulesInput!) {
    updatePurchaseRules(library: $library, version: $version, input: $input) { version }
  }
`);
const Check = typed(
  `query PurchaseAccessCheck($isbn: String!) { purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } } }`,
);

let graph: Graph;
let server: Awaited<ReturnType<typeof startApp>>;
let world: PurchaseWorld;
let other: PurchaseWorld;
const clients: Record<string, Client> = {};

const login = async (email: string) => new Client(server.url).login(email, PASSWORD);

beforeAll(async () => {
  graph = testGraph();
  server = await startApp(graph, { services: { clock: purchaseClock } });
  [world, other] = await Promise.all([buildPurchaseWorld(graph, { rules: { reviewAboveFen: 0 } }), buildPurchaseWorld(graph)]);
  const admin = await seedAccount(graph, `rda-admin-${Date.now().toString(36)}@test.jxlib.cn`, 'ADMIN');
  const entries = await Promise.all(
    [
      ['reader', world.reader.email],
      ['librarian', world.librarian.email],
      ['staff', world.staff.email],
      ['otherReader', other.reader.email],
      ['otherLibrarian', other.librarian.email],
      ['otherStaff', other.staff.email],
      ['admin', admin.email],
    ].map(async ([name, email]) => [name!, await login(email!)] as const),
  );
  for (const [name, client] of entries) clients[name] = client;
  clients.anonymous = new Client(server.url);
});
afterAll(async () => {
  await server?.close();
  await graph?.close();
});

const auditCount = async (id: string) =>
  (await graph.read<{ n: number }>('MATCH (a:AuditEntry {entityId: $id}) RETURN count(a) AS n', { id }))[0]!.n;
const versionOf = async (id: string) =>
  (await graph.read<{ v: number; s: string }>('MATCH (r:PurchaseRequest {id: $id}) RETURN r.version AS v, r.status AS s', { id }))[0];

describe('purchase access', { timeout: 180_000 }, () => {
  it('the till is for the staff of a store only; a till request is seen by its reader and store, not by others', async () => {
    const book = await world.books();
    for (const name of ['anonymous', 'reader', 'librarian', 'admin']) {
      const reply = await clients[name]!.gql(Till, { card: world.cardNumber, isbn: book.isbn });
      expect([name, codeOf(reply)]).toEqual([name, name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
    expect(
      (await graph.read<{ n: number }>('MATCH (r:PurchaseRequest {isbn: $isbn}) RETURN count(r) AS n', { isbn: book.isbn }))[0]!.n,
    ).toBe(0);

    const made = await clients.staff!.gql(Till, { card: world.cardNumber, isbn: book.isbn });
    const id = made.data!.purchaseAtTill.request.id;
    expect(made.data!.purchaseAtTill.request.status).toBe('UNDER_REVIEW');
    for (const name of ['reader', 'staff', 'librarian', 'admin'])
      expect([name, (await clients[name]!.gql(One, { id })).data?.purchaseRequest.id]).toEqual([name, id]);
    for (const name of ['otherReader', 'otherStaff', 'otherLibrarian'])
      expect([name, codeOf(await clients[name]!.gql(One, { id }))]).toEqual([name, 'FORBIDDEN']);
  });

  it('review belongs to the librarians of the library, the hand-over to the store, the return to the library', async () => {
    const book = await world.books();
    const { request } = await requestOnline(
      { ...world.ctx },
      { readerId: world.reader.account.id, isbn: book.isbn, storeId: world.onlineStoreId },
    );
    const id = request.id;
    const before = { version: await versionOf(id), audit: await auditCount(id) };
    for (const name of ['reader', 'staff', 'otherLibrarian', 'otherStaff', 'otherReader'])
      expect([name, codeOf(await clients[name]!.gql(Review, { id }))]).toEqual([name, 'FORBIDDEN']);
    expect({ version: await versionOf(id), audit: await auditCount(id) }).toEqual(before);

    expect((await clients.librarian!.gql(Review, { id })).data?.reviewPurchase.status).toBe('APPROVED');
    const afterReview = await auditCount(id);
    for (const name of ['reader', 'librarian', 'otherStaff', 'staff'])
      expect([name, codeOf(await clients[name]!.gql(Pickup, { id }))]).toEqual([name, 'FORBIDDEN']);
    for (const name of ['reader', 'staff', 'otherLibrarian'])
      expect([name, codeOf(await clients[name]!.gql(Return, { id }))]).toEqual([name, 'FORBIDDEN']);
    expect(await auditCount(id)).toBe(afterReview);
    expect((await versionOf(id))?.s).toBe('APPROVED');
  });

  it('readers ask and see only their own; staff cannot ask; queues and rules are the library’s', async () => {
    const book = await world.books();
    const asked = await clients.reader!.gql(Ask, { isbn: book.isbn, store: world.onlineStoreId });
    expect(asked.errors).toBeUndefined();
    for (const name of ['librarian', 'staff', 'admin'])
      expect([name, codeOf(await clients[name]!.gql(Ask, { isbn: book.isbn, store: world.onlineStoreId }))]).toEqual([name, 'FORBIDDEN']);
    const mine = await clients.reader!.gql(Mine);
    const theirs = await clients.otherReader!.gql(Mine);
    expect(mine.data!.myPurchaseRequests.edges.map((e) => e.node.id)).toContain(asked.data!.requestPurchase.request.id);
    expect(theirs.data!.myPurchaseRequests.edges.map((e) => e.node.id)).not.toContain(asked.data!.requestPurchase.request.id);
    expect(codeOf(await clients.librarian!.gql(Mine))).toBe('FORBIDDEN');

    expect((await clients.librarian!.gql(Queue, { library: world.libraryId })).data?.purchaseRequests.edges.length).toBeGreaterThan(0);
    for (const name of ['reader', 'staff', 'otherLibrarian'])
      expect([name, codeOf(await clients[name]!.gql(Queue, { library: world.libraryId }))]).toEqual([name, 'FORBIDDEN']);

    const input = {
      maxPriceFen: 8000,
      maxBooksPerOrder: 5,
      periodDays: 365,
      maxBooksPerPeriod: 10,
      maxFenPerPeriod: 50_000,
      maxHoldingCopies: 5,
      onePerReaderPerTitle: true,
      minPublicationYear: 2016,
      excludedClcPrefixes: ['G63'],
      excludedKinds: ['TEXTBOOK' as const],
      returnBeforeNext: false,
      loanDays: 28,
      // The other tests of this file count on review for every request, in any order.
      reviewAboveFen: 0,
      channels: ['STORE' as const, 'ONLINE' as const],
    };
    for (const name of ['reader', 'staff', 'otherLibrarian'])
      expect([name, codeOf(await clients[name]!.gql(Rules, { library: world.libraryId, version: 1, input }))]).toEqual([name, 'FORBIDDEN']);
    expect((await clients.librarian!.gql(Rules, { library: world.libraryId, version: 1, input })).data?.updatePurchaseRules.version).toBe(
      2,
    );
    expect(codeOf(await clients.librarian!.gql(Rules, { library: world.libraryId, version: 1, input }))).toBe('CONFLICT');

    const dear = await world.books({ priceFen: 12_800 });
    const check = await clients.reader!.gql(Check, { isbn: dear.isbn });
    expect(check.data?.purchaseEligibility.refusals).toEqual([{ rule: 'PRICE_CAP', message: '单册定价 128.00 元，超过本馆上限 80.00 元' }]);
    expect((await clients.reader!.gql(Check, { isbn: '9787506300000' })).errors?.[0]?.message).toBe(
      'ISBN "9787506300000" 无效：校验位不符',
    );
  });

  it('a bookstore account of no store, or an admin-made store without staff, works no till', async () => {
    const loose = await seedAccount(graph, `rda-loose-${Date.now().toString(36)}@test.jxlib.cn`, 'BOOKSTORE');
    const client = await login(loose.email);
    expect(codeOf(await client.gql(Till, { card: world.cardNumber, isbn: (await world.books()).isbn }))).toBe('FORBIDDEN');
    await addStore(world.ctx, CLI_ACTOR, { id: `loose-${Date.now().toString(36)}`, name: '空店', channel: 'STORE' });
    await expect(assignStoreStaff(world.ctx, world.librarian.viewer, { email: loose.email, storeId: world.storeId })).rejects.toThrow(
      /管理员/,
    );
  });
});
