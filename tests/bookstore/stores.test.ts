import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import type { BookRecord } from '../../domain/purchase/types.js';
import type { BookstoresConfig } from '../../lib/bookstores.js';
import { DEFAULT_BOOKSTORES } from '../../lib/bookstores.js';
import { FakeOnlineStore } from '../../purchases/testing/fake-online-store.js';
import { FakeTill } from '../../purchases/testing/fake-till.js';
import { chinaMonth } from '../../purchases/testing/fake-online-store.js';
import { monthRange } from '../../domain/budget/settlement.js';
import { closeMonth, reconcileWithStore } from '../../services/budget/settlement.js';
import { PATHS } from '../../purchases/bookstore/protocol.js';
import { StoreOutbox } from '../../services/bookstore/outbox.js';
import { addStore, issueCard } from '../../services/purchase/cards.js';
import { requestOnline, requestOnlineInTx } from '../../services/purchase/requests.js';
import { commitCommand } from '../../services/purchase/commit.js';
import { verifyLedger } from '../../services/budget/verify.js';
import { startApp } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { buildBudget, type BuiltBudget } from '../support/factories/budget.js';
import { buildReader } from '../support/factories/account.js';
import { randomIsbn } from '../support/factories/purchase.js';
import { available } from '../../domain/budget/balance.js';

/** The two bookstore adapters over real HTTP: a till and an online store on loopback, real signatures both ways. */

const LIBRARY = 'jx-aas-library';
const TILL_SECRET = 'till-shared-secret-0123456789';
const ONLINE_SECRET = 'online-shared-secret-0123456789';
const unique = Date.now().toString(36);
const tillId = `xinhua-${unique}`;
const onlineId = `jd-${unique}`;

let graph: Graph;
let repos: Repositories;
let app: { url: string; close: () => Promise<void> };
let store: FakeOnlineStore;
let budget: BuiltBudget;
let cardNumber: string;
let readerId: string;
let config: BookstoresConfig;

const book = (isbn: string, title: string, priceFen: number): BookRecord => ({
  isbn,
  title,
  authors: ['作者'],
  publisher: '出版社',
  year: 2024,
  priceFen,
  clcClass: 'I247.5',
  binding: null,
  kind: 'GENERAL',
  volume: null,
});

const budgetNow = async () => (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, budget.budgetId)))!;
const requestOf = async (id: string) => (await repos.purchase.requests.byIds([id]))[0]!;

beforeAll(async () => {
  graph = testGraph();
  repos = createRepositories(graph);
  store = await new FakeOnlineStore(onlineId, ONLINE_SECRET, 'http://127.0.0.1:9').start();
  config = {
    ...DEFAULT_BOOKSTORES,
    stores: [
      { id: tillId, name: '新华书店测试店', channel: 'STORE', baseUrl: null, secret: TILL_SECRET, discountBasisPoints: 0 },
      { id: onlineId, name: '网上书店测试', channel: 'ONLINE', baseUrl: store.url, secret: ONLINE_SECRET, discountBasisPoints: 0 },
    ],
  };
  app = await startApp(graph, { services: { bookstores: config } });
  store.callbackBaseUrl = app.url;
  budget = await buildBudget(graph, { libraryId: LIBRARY, allocatedFen: 20_000 });
  const ctx = { repos };
  await addStore(ctx, CLI_ACTOR, { id: tillId, name: '新华书店测试店', channel: 'STORE' });
  await addStore(ctx, CLI_ACTOR, { id: onlineId, name: '网上书店测试', channel: 'ONLINE' });
  await repos.graph.writeTx((tx) =>
    repos.purchase.books.upsert(
      tx,
      [book('9787020002207', '红楼梦', 4_500), book('9787544253994', '百年孤独', 3_950), book('9787532767014', '夜晚的潜水艇', 12_800)],
      new Date().toISOString(),
    ),
  );
  store.catalogue.push({ isbn: '9787544253994', title: '百年孤独', priceFen: 3_950, stock: 3 });
  const reader = await buildReader(graph);
  readerId = reader.account.id;
  cardNumber = `JXAAS${unique}`.slice(0, 30);
  await issueCard(ctx, CLI_ACTOR, { email: reader.email, cardNumber, homeLibraryId: LIBRARY, validUntil: '2099-12-31', loanCap: 10 });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  await graph?.close();
});

describe('the till (the store calls us)', () => {
  it('answers yes or no with the reason, confirms a sale once and pays it from the library fund', async () => {
    const till = new FakeTill(tillId, TILL_SECRET, app.url);
    const before = await budgetNow();
    const check = await till.check(cardNumber, '9787020002207');
    expect(check).toMatchObject({ status: 200, body: { eligible: true, book: { title: '红楼梦', priceFen: 4_500 } } });
    const tooDear = await till.check(cardNumber, '9787532767014');
    expect(tooDear.body.eligible).toBe(false);
    expect(JSON.stringify(tooDear.body.refusals)).toContain('超过本馆上限');

    const sale = { saleRef: `S-${unique}-1`, cardNumber, isbn: '9787020002207', priceFen: 4_500, soldAt: new Date().toISOString() };
    const sold = await till.sell(sale);
    expect(sold).toMatchObject({ status: 200, body: { approved: true, status: 'ON_LOAN' } });
    expect(await budgetNow()).toMatchObject({ encumberedFen: before.encumberedFen, expendedFen: before.expendedFen + 4_500 });

    const again = await till.sell(sale);
    expect(again.body).toMatchObject({ approved: true, requestId: sold.body.requestId, repeated: true });
    expect(await budgetNow()).toMatchObject({ expendedFen: before.expendedFen + 4_500 });
  });

  it('refuses a replayed, forged or stale request, and an online store using the till', async () => {
    const till = new FakeTill(tillId, TILL_SECRET, app.url);
    await till.check(cardNumber, '9787020002207');
    expect(await till.replayLast()).toMatchObject({ status: 401, body: { error: { code: 'REPLAYED_NONCE' } } });
    expect(await till.forged(PATHS.tillCheck, { cardNumber, isbn: '9787020002207' })).toMatchObject({
      status: 401,
      body: { error: { code: 'BAD_SIGNATURE' } },
    });
    expect(await till.stale(PATHS.tillCheck, { cardNumber, isbn: '9787020002207' }, 3_600)).toMatchObject({
      status: 401,
      body: { error: { code: 'STALE_TIMESTAMP' } },
    });
    const impostor = new FakeTill(onlineId, ONLINE_SECRET, app.url);
    expect((await impostor.check(cardNumber, '9787020002207')).status).toBe(403);
  });

  it('refuses a replayed check after a clean restart, and a replayed sale in this process and at a second one on the same graph', async () => {
    // A check is refused on replay from the process's window of nonces, persisted in the background; a clean shutdown commits them.
    const first = await startApp(graph, { services: { bookstores: config } });
    const till = new FakeTill(tillId, TILL_SECRET, first.url);
    expect((await till.check(cardNumber, '9787020002207')).status).toBe(200);
    await first.close();
    const restarted = await startApp(graph, { services: { bookstores: config } });
    try {
      const replayer = new FakeTill(tillId, TILL_SECRET, restarted.url);
      replayer.lastRequest = till.lastRequest;
      expect(await replayer.replayLast()).toMatchObject({ status: 401, body: { error: { code: 'REPLAYED_NONCE' } } });
      expect((await replayer.check(cardNumber, '9787020002207')).status).toBe(200);
    } finally {
      await restarted.close();
    }

    // A sale (a write) is answered only after its nonce is committed: refused again here and by any other process.
    const isbn = randomIsbn();
    await repos.graph.writeTx((tx) => repos.purchase.books.upsert(tx, [book(isbn, '活着', 2_000)], new Date().toISOString()));
    // A reader of its own: the suite's reader's daily quota stays the other tests'.
    const buyer = await buildReader(graph);
    const buyerCard = `JXRP${unique}`.slice(0, 30);
    await issueCard({ repos }, CLI_ACTOR, {
      email: buyer.email,
      cardNumber: buyerCard,
      homeLibraryId: LIBRARY,
      validUntil: '2099-12-31',
      loanCap: 10,
    });
    const seller = new FakeTill(tillId, TILL_SECRET, app.url);
    const saleAt = new Date().toISOString();
    const sold = await seller.sell({ saleRef: `S-${unique}-replay`, cardNumber: buyerCard, isbn, priceFen: 2_000, soldAt: saleAt });
    expect(sold.body).toMatchObject({ approved: true });
    const before = await budgetNow();
    expect(await seller.replayLast()).toMatchObject({ status: 401, body: { error: { code: 'REPLAYED_NONCE' } } });
    const second = await startApp(graph, { services: { bookstores: config } });
    try {
      const replayer = new FakeTill(tillId, TILL_SECRET, second.url);
      replayer.lastRequest = seller.lastRequest;
      expect(await replayer.replayLast()).toMatchObject({ status: 401, body: { error: { code: 'REPLAYED_NONCE' } } });
    } finally {
      await second.close();
    }
    expect(await budgetNow()).toEqual(before);
  });
});

describe("the month's statement of a till", () => {
  it("settles a sale the till reports late in the month the store sold it, and reconciles with the till's own statement", async () => {
    const till = await new FakeTill(tillId, TILL_SECRET, app.url).serveStatements();
    try {
      till.discountBasisPoints = 1_000;
      const isbn = randomIsbn();
      await repos.graph.writeTx((tx) => repos.purchase.books.upsert(tx, [book(isbn, '额尔古纳河右岸', 3_200)], new Date().toISOString()));
      // 23:00 on the last day of last month, China time: the till was offline then and reports the sale now.
      const soldAt = new Date(Date.parse(monthRange(chinaMonth(new Date().toISOString())).from) - 3_600_000).toISOString();
      const month = chinaMonth(soldAt);
      const saleRef = `S-${unique}-late`;
      expect((await till.sell({ saleRef, cardNumber, isbn, priceFen: 3_200, soldAt })).body).toMatchObject({ approved: true });

      const stores = config.stores.map((s) => (s.id === tillId ? { ...s, baseUrl: till.statementUrl, discountBasisPoints: 1_000 } : s));
      const statement = await closeMonth(repos, CLI_ACTOR, stores, { storeId: tillId, month });
      expect(statement).toMatchObject({ lineCount: 1, salesFen: 3_200, discountFen: 320, netFen: 2_880 });
      till.statementAdjustments.set(saleRef, 100);
      await reconcileWithStore(repos, CLI_ACTOR, { ...config, stores }, statement.id);
      expect((await repos.settlement.statement(statement.id))?.mismatches.map((m) => m.kind)).toEqual(['AMOUNT_DIFFERS', 'NET_DIFFERS']);
      till.statementAdjustments.clear();
      expect((await reconcileWithStore(repos, CLI_ACTOR, { ...config, stores }, statement.id)).mismatchCount).toBe(0);
    } finally {
      await till.close();
    }
  });
});

describe('the online store (we call the store, it calls us back)', () => {
  it('pays a delivery in the transaction that records it: a delivery the fund cannot pay leaves the order as it was', async () => {
    const isbn = randomIsbn();
    await repos.graph.writeTx((tx) => repos.purchase.books.upsert(tx, [book(isbn, '云边有个小卖部', 3_200)], new Date().toISOString()));
    const { request } = await requestOnline({ repos }, { readerId, isbn, storeId: onlineId });
    expect(request.status).toBe('APPROVED');
    const storeRef = `JD-${unique}-pay`;
    const at = new Date().toISOString();
    expect(await store.sendEvent({ orderRef: request.id, event: 'ORDERED', storeRef, at })).toMatchObject({ status: 200 });
    const before = await budgetNow();

    // The store bills more than the encumbrance and the fund can cover: refused whole, not delivered-but-unpaid.
    const tooDear = 3_200 + available(before) + 100;
    const refused = await store.sendEvent({ orderRef: request.id, event: 'DELIVERED', storeRef, priceFen: tooDear, at });
    expect(refused).toMatchObject({ status: 422, body: { error: { rule: 'BUDGET_AVAILABLE' } } });
    expect((await requestOf(request.id)).status).toBe('ORDERED');
    expect(await budgetNow()).toMatchObject({ encumberedFen: before.encumberedFen, expendedFen: before.expendedFen });

    const corrected = await store.sendEvent({ orderRef: request.id, event: 'DELIVERED', storeRef: `${storeRef}-2`, priceFen: 3_200, at });
    expect(corrected).toMatchObject({ status: 200, body: { status: 'ON_LOAN', changed: true } });
    expect(await budgetNow()).toMatchObject({ encumberedFen: before.encumberedFen - 3_200, expendedFen: before.expendedFen + 3_200 });
    const audit = await repos.audit.list({ entityId: request.id, actor: null, actorLibraryId: null, first: 20, after: null });
    const delivery = audit.items.find((entry) => entry.action === 'purchase.deliver')!;
    expect(JSON.parse(delivery.after!)).toMatchObject({ status: 'DELIVERED', paidFen: 3_200 });
  });

  it('keeps an order in the outbox while the store is down, sends it once it is back, and takes its signed callbacks once', async () => {
    const before = await budgetNow();
    const { request } = await requestOnline({ repos }, { readerId, isbn: '9787544253994', storeId: onlineId });
    expect(request.status).toBe('APPROVED');
    let now = new Date();
    const outbox = new StoreOutbox({ repos, purchase: { repos }, config: { ...config, maxAttempts: 1 }, clock: () => now });

    // The order was written with the approval, before any outbox ran.
    expect(await repos.storeMessages.byKey(`ORDER:${request.id}`)).toMatchObject({ status: 'PENDING', attempts: 0 });
    store.mode = 'error';
    // Orders other files left for stores this process does not know also wait: only this one is looked at.
    expect((await outbox.tick()).sent).toBe(0);
    const waiting = await repos.storeMessages.byKey(`ORDER:${request.id}`);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(waiting!.lastError).toContain('503');
    expect((await requestOf(request.id)).status).toBe('APPROVED');
    expect(await outbox.tick()).toMatchObject({ sent: 0 }); // not due yet

    store.mode = 'up';
    now = new Date(now.getTime() + 3_600_000);
    expect(await outbox.tick()).toMatchObject({ sent: 1 });
    const ordered = await requestOf(request.id);
    expect(ordered.status).toBe('ORDERED');
    expect(store.orders.get(request.id)?.storeRef).toBe(ordered.storeRef);

    const delivered = await store.sendEvent({
      orderRef: request.id,
      event: 'DELIVERED',
      storeRef: ordered.storeRef!,
      priceFen: 3_950,
      at: new Date().toISOString(),
    });
    expect(delivered).toMatchObject({ status: 200, body: { status: 'ON_LOAN', changed: true } });
    expect(await store.replayLastCallback()).toMatchObject({ status: 401, body: { error: { code: 'REPLAYED_NONCE' } } });
    const resent = await store.sendEvent({
      orderRef: request.id,
      event: 'DELIVERED',
      storeRef: ordered.storeRef!,
      priceFen: 3_950,
      at: new Date().toISOString(),
    });
    expect(resent.body).toMatchObject({ repeated: true });
    expect(await budgetNow()).toMatchObject({ encumberedFen: before.encumberedFen, expendedFen: before.expendedFen + 3_950 });
    expect((await verifyLedger(repos)).problems).toEqual([]);
  });

  it('writes an approval and its order in one transaction: a crash between leaves neither, and a restarted outbox sends a committed one', async () => {
    const isbn = randomIsbn();
    await repos.graph.writeTx((tx) => repos.purchase.books.upsert(tx, [book(isbn, '人间词话', 2_800)], new Date().toISOString()));
    store.catalogue.push({ isbn, title: '人间词话', priceFen: 2_800, stock: 2 });
    store.mode = 'up';
    const before = await budgetNow();

    // A crash after the approval, before its transaction commits: no approved request, no order, no money moved.
    const crash = new Error('the process died after the approval');
    let approvedId = '';
    await expect(
      commitCommand({ repos }, async (tx, notices) => {
        const { request } = await requestOnlineInTx({ repos }, tx, notices, { readerId, isbn, storeId: onlineId });
        expect(request.status).toBe('APPROVED');
        approvedId = request.id;
        throw crash;
      }),
    ).rejects.toBe(crash);
    expect(await repos.purchase.requests.byIds([approvedId])).toEqual([null]);
    expect(await repos.storeMessages.byKey(`ORDER:${approvedId}`)).toBeNull();
    expect((await budgetNow()).encumberedFen).toBe(before.encumberedFen);

    // Committed: the approval carries its order; the service that committed it stopped before sending.
    let woken = 0;
    const { request } = await requestOnline({ repos, onOrderQueued: () => (woken += 1) }, { readerId, isbn, storeId: onlineId });
    expect(request.status).toBe('APPROVED');
    expect(woken).toBe(1);
    expect(await repos.storeMessages.byKey(`ORDER:${request.id}`)).toMatchObject({ status: 'PENDING', attempts: 0 });

    // A process without this store in its configuration leaves the order waiting, with the reason.
    const unconfigured = new StoreOutbox({
      repos,
      purchase: { repos },
      config: { ...config, stores: config.stores.filter((s) => s.id !== onlineId) },
    });
    expect((await unconfigured.tick()).sent).toBe(0);
    const waiting = await repos.storeMessages.byKey(`ORDER:${request.id}`);
    expect(waiting).toMatchObject({ status: 'PENDING' });
    expect(waiting!.lastError).toContain('不在本服务的配置中');
    expect(await requestOf(request.id)).toMatchObject({ status: 'APPROVED' });

    // The restarted service's outbox, once the wait is over, sends it, once.
    const later = () => new Date(Date.now() + 31 * 60_000);
    const restarted = new StoreOutbox({ repos, purchase: { repos }, config, clock: later });
    await restarted.tick();
    expect(await repos.storeMessages.byKey(`ORDER:${request.id}`)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(await requestOf(request.id)).toMatchObject({ status: 'ORDERED' });
    expect(store.orders.get(request.id)).toBeDefined();
    await restarted.tick();
    expect(await repos.storeMessages.byKey(`ORDER:${request.id}`)).toMatchObject({ status: 'SENT', attempts: 2 });
  });
});
