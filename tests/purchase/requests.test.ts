import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { isAppError } from '../../lib/errors.js';
import { createMailer, type Mailer } from '../../services/purchase/notify.js';
import { applyStoreEvent, requestAtStore, requestOnline } from '../../services/purchase/requests.js';
import { cancelRequest, catalogueBook, returnBook, reviewRequest } from '../../services/purchase/librarian.js';
import { checkEligibility } from '../../services/purchase/eligibility.js';
import { myQuota } from '../../services/purchase/queries.js';
import { getRules, updateRules } from '../../services/purchase/rules.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { testGraph } from '../support/graph.js';
import { buildPurchaseWorld, encumberedFen } from '../support/factories/purchase.js';
import { startSmtp } from './smtp.js';

let graph: Graph;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let mailer: Mailer;

beforeAll(async () => {
  graph = testGraph();
  smtp = await startSmtp();
  mailer = createMailer({ smtpUrl: smtp.url, from: 'rda@test.jxlib.cn' })!;
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
  await graph.close();
});

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, message: error.message, details: error.details };
  }
};

const countOf = async (cypher: string, params: Record<string, unknown>) => (await graph.read<{ n: number }>(cypher, params))[0]?.n ?? -1;

// Each test builds its own library, budget, accounts and stores; on a shared, loaded machine that takes a while.
describe('purchase requests', { timeout: 180_000 }, () => {
  it('the till approves, encumbers once, hands over on the sale confirmation, and a repeat changes nothing', async () => {
    const world = await buildPurchaseWorld(graph, { mailer });
    const book = await world.books({ priceFen: 4500 });
    const till = { storeId: world.storeId, cardNumber: world.cardNumber, isbn: book.isbn, actor: world.staff.viewer };

    const first = await requestAtStore(world.ctx, till);
    expect(first).toMatchObject({
      created: true,
      refusals: [],
      request: { status: 'APPROVED', priceFen: 4500, fundCode: world.budget.fundCode },
    });
    const again = await requestAtStore(world.ctx, till);
    expect(again.created).toBe(false);
    expect(again.request.id).toBe(first.request.id);
    expect(await encumberedFen(graph, world.budget)).toBe(4500);

    const sold = await applyStoreEvent(world.ctx, { requestId: first.request.id, event: 'PICKED_UP', storeRef: 'T-0001', priceFen: 4200 });
    expect(sold.changed).toBe(true);
    expect(sold.request).toMatchObject({ status: 'ON_LOAN', salePriceFen: 4200, dueDate: '2026-07-15' });
    const twice = await applyStoreEvent(world.ctx, { requestId: first.request.id, event: 'PICKED_UP', storeRef: 'T-0001' });
    const late = await applyStoreEvent(world.ctx, { requestId: first.request.id, event: 'ORDERED', storeRef: 'T-0001' });
    expect([twice.changed, late.changed]).toEqual([false, false]);

    const timeline = await graph.read<{ to: string }>(
      'MATCH (t:PurchaseTransition {requestId: $id}) RETURN t.to AS to ORDER BY t.at, t.seq',
      {
        id: first.request.id,
      },
    );
    expect(timeline.map((t) => t.to)).toEqual(['REQUESTED', 'APPROVED', 'PICKED_UP', 'ON_LOAN']);
    expect(await countOf('MATCH (a:AuditEntry {entityId: $id}) RETURN count(a) AS n', { id: first.request.id })).toBe(4);
    const quota = await myQuota(world.ctx, world.reader.viewer);
    expect(quota).toMatchObject({ booksUsed: 1, fenUsed: 4500, loansOut: 1, card: { loanCount: 1 } });

    const messages = await world.ctx.repos.purchase.messages.list(world.reader.account.id, 10, null);
    expect(messages.items.map((m) => m.subject)).toEqual([
      `你选书我买单：《${book.title}》借阅中`,
      `你选书我买单：《${book.title}》已批准`,
    ]);
    expect(smtp.received.filter((m) => m.to.includes(world.reader.email)).map((m) => m.subject)).toEqual([
      `你选书我买单：《${book.title}》已批准`,
      `你选书我买单：《${book.title}》借阅中`,
    ]);
  });

  it('refuses at the till with the rule and the figures, keeps the refusal, and encumbers nothing', async () => {
    const world = await buildPurchaseWorld(graph);
    const dear = await world.books({ priceFen: 12_800 });
    const outcome = await requestAtStore(world.ctx, {
      storeId: world.storeId,
      cardNumber: world.cardNumber,
      isbn: dear.isbn,
      actor: world.staff.viewer,
    });
    expect(outcome.request.status).toBe('REJECTED');
    expect(outcome.refusals).toEqual([{ rule: 'PRICE_CAP', message: '单册定价 128.00 元，超过本馆上限 100.00 元' }]);
    const repeated = await requestAtStore(world.ctx, {
      storeId: world.storeId,
      cardNumber: world.cardNumber,
      isbn: dear.isbn,
      actor: world.staff.viewer,
    });
    expect(repeated).toMatchObject({ created: false, request: { id: outcome.request.id, status: 'REJECTED' } });
    expect(await encumberedFen(graph, world.budget)).toBe(0);
    const bad = await failure(
      requestAtStore(world.ctx, { storeId: world.storeId, cardNumber: world.cardNumber, isbn: '9787506300000', actor: world.staff.viewer }),
    );
    expect(bad).toMatchObject({ code: 'VALIDATION', message: 'ISBN "9787506300000" 无效：校验位不符' });
  });

  it('online: a librarian reviews, a cancellation gives the money back, and a fund too small refuses with nothing written', async () => {
    const world = await buildPurchaseWorld(graph, { allocatedFen: 6000, rules: { reviewAboveFen: 5000 } });
    const cheap = await world.books({ priceFen: 3000 });
    const dear = await world.books({ priceFen: 5500 });
    const reviewed = await requestOnline(world.ctx, { readerId: world.reader.account.id, isbn: dear.isbn, storeId: world.onlineStoreId });
    expect(reviewed.request.status).toBe('UNDER_REVIEW');
    expect(reviewed.request.reviewReason).toBe('单册定价 55.00 元，超过本馆免审上限 50.00 元');
    expect(await encumberedFen(graph, world.budget)).toBe(0);
    expect((await reviewRequest(world.ctx, world.librarian.viewer, { requestId: reviewed.request.id, approve: true })).request.status).toBe(
      'APPROVED',
    );
    expect(await encumberedFen(graph, world.budget)).toBe(5500);

    const before = await countOf('MATCH (r:PurchaseRequest {readerId: $id}) RETURN count(r) AS n', { id: world.reader.account.id });
    const short = await failure(
      requestOnline(world.ctx, { readerId: world.reader.account.id, isbn: cheap.isbn, storeId: world.onlineStoreId }),
    );
    expect(short?.code).toBe('VALIDATION');
    expect(short?.message).toMatch(/可用/);
    expect(await countOf('MATCH (r:PurchaseRequest {readerId: $id}) RETURN count(r) AS n', { id: world.reader.account.id })).toBe(before);

    const cancelled = await cancelRequest(world.ctx, world.reader.viewer, { requestId: reviewed.request.id, reason: '不需要了' });
    expect(cancelled.request.status).toBe('CANCELLED');
    expect(await encumberedFen(graph, world.budget)).toBe(0);
    const cheapOne = await requestOnline(world.ctx, { readerId: world.reader.account.id, isbn: cheap.isbn, storeId: world.onlineStoreId });
    expect(cheapOne.request.status).toBe('APPROVED');

    const repeat = await requestOnline(world.ctx, { readerId: world.reader.account.id, isbn: cheap.isbn, storeId: world.onlineStoreId });
    expect(repeat).toMatchObject({ created: false, request: { id: cheapOne.request.id, status: 'APPROVED' } });
    const check = await checkEligibility(world.ctx, { cardNumber: world.cardNumber, isbn: cheap.isbn, channel: 'STORE' });
    expect(check.refusals).toEqual([{ rule: 'ONE_PER_TITLE', message: '您已申请过这本书，同一读者同一书名限一册' }]);
  });

  it('a delivered loan is returned and catalogued into the holdings the next check counts', async () => {
    const world = await buildPurchaseWorld(graph, { rules: { maxHoldingCopies: 1 } });
    const book = await world.books();
    const { request } = await requestOnline(world.ctx, {
      readerId: world.reader.account.id,
      isbn: book.isbn,
      storeId: world.onlineStoreId,
    });
    await applyStoreEvent(world.ctx, { requestId: request.id, event: 'ORDERED', storeRef: 'JD-1' });
    expect((await applyStoreEvent(world.ctx, { requestId: request.id, event: 'DELIVERED', storeRef: 'JD-1' })).request.status).toBe(
      'ON_LOAN',
    );
    expect((await returnBook(world.ctx, world.librarian.viewer, request.id)).request.status).toBe('RETURNED');
    expect((await catalogueBook(world.ctx, world.librarian.viewer, request.id)).request.status).toBe('CATALOGUED');
    expect((await catalogueBook(world.ctx, world.librarian.viewer, request.id)).changed).toBe(false);
    const card = await world.ctx.repos.purchase.cards.byNumber(world.cardNumber);
    expect(card?.loanCount).toBe(0);
    const check = await checkEligibility(world.ctx, { cardNumber: world.cardNumber, isbn: book.isbn, channel: 'STORE' });
    expect(check.allianceCopies).toBe(1);
    expect(check.refusals.map((r) => r.message)).toContain('联盟已藏 1 册，达到馆藏上限 1 册');
    const afterHandover = await failure(cancelRequest(world.ctx, CLI_ACTOR, { requestId: request.id }));
    expect(afterHandover?.code).toBe('CONFLICT');
  });

  it('answers a check in one statement, and sees a rule change at once (the rules are kept in memory by revision)', async () => {
    const world = await buildPurchaseWorld(graph, { rules: { maxPriceFen: 10_000 } });
    const book = await world.books({ priceFen: 6_000 });
    const counted = graph.scoped();
    const ctx = { ...world.ctx, repos: createRepositories(counted) };
    const check = () => checkEligibility(ctx, { cardNumber: world.cardNumber, isbn: book.isbn, channel: 'STORE' });
    expect((await check()).eligible).toBe(true);
    const before = counted.stats.queries;
    expect((await check()).eligible).toBe(true);
    expect(counted.stats.queries - before).toBe(1);

    const current = await getRules(world.ctx, world.libraryId);
    const { libraryId: _l, version, updatedAt: _u, updatedBy: _b, ...settings } = current;
    await updateRules(world.ctx, world.librarian.viewer, {
      libraryId: world.libraryId,
      expectedVersion: version,
      settings: { ...settings, maxPriceFen: 5_000 },
    });
    expect((await check()).refusals.map((r) => r.message)).toEqual(['单册定价 60.00 元，超过本馆上限 50.00 元']);
  });
});
