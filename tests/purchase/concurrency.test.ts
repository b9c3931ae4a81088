import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { available } from '../../domain/budget/balance.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { DEFAULT_BOOKSTORES } from '../../lib/bookstores.js';
import { isAppError } from '../../lib/errors.js';
import { FakeTill } from '../../purchases/testing/fake-till.js';
import { verifyLedger } from '../../services/budget/verify.js';
import { issueCard } from '../../services/purchase/cards.js';
import { reviewRequest } from '../../services/purchase/librarian.js';
import { requestOnline } from '../../services/purchase/requests.js';
import { buildReader } from '../support/factories/account.js';
import { buildPurchaseWorld, type PurchaseWorld } from '../support/factories/purchase.js';
import { startApp } from '../support/client.js';
import { testGraph } from '../support/graph.js';

/**
 * One tight fund, many commands at once: till sales over the signed HTTP endpoint and librarians'
 * approvals of requests under review, all taking the one lock order. Every answer is a yes or a
 * budget refusal (never a 5xx, never a deadlock that ran out of retries), the fund is left with less
 * than the cheapest book, and the running totals equal the sum of the transactions.
 */

const TILL_PRICE = 4_500;
const REVIEW_PRICE = 6_000;
const SALES = 14;
const REVIEWS = 4;
const ROOM = 4 * TILL_PRICE + 1_000;
const SECRET = 'concurrency-till-secret-0123456789';

let graph: Graph;
let world: PurchaseWorld;
let app: { url: string; close: () => Promise<void> };

async function readerWithCard(n: number): Promise<string> {
  const reader = await buildReader(graph);
  const cardNumber = `C${Date.now().toString(36)}${n}`.toUpperCase();
  await issueCard(world.ctx, CLI_ACTOR, {
    email: reader.email,
    cardNumber,
    homeLibraryId: world.libraryId,
    validUntil: '2099-12-31',
    loanCap: 10,
  });
  return cardNumber;
}

beforeAll(async () => {
  graph = testGraph();
  world = await buildPurchaseWorld(graph, { allocatedFen: ROOM, rules: { maxHoldingCopies: 1_000, reviewAboveFen: 5_000 } });
  app = await startApp(graph, {
    services: {
      bookstores: {
        ...DEFAULT_BOOKSTORES,
        stores: [{ id: world.storeId, name: '新华书店', channel: 'STORE', baseUrl: null, secret: SECRET, discountBasisPoints: 0 }],
      },
    },
  });
});

afterAll(async () => {
  await app?.close();
  await graph?.close();
});

describe('many money commands at once on one tight fund', () => {
  it('approves exactly what the fund holds, refuses the rest clearly, and the balances equal the transactions', async () => {
    const repos = createRepositories(graph);
    // One book for every till sale: every request links to the same Book node, the contention that used to deadlock.
    const tillBook = await world.books({ priceFen: TILL_PRICE });
    const reviewBook = await world.books({ priceFen: REVIEW_PRICE });
    const cards = await Promise.all(Array.from({ length: SALES + REVIEWS }, (_, i) => readerWithCard(i)));
    const underReview: string[] = [];
    for (const cardNumber of cards.slice(SALES)) {
      const card = (await repos.purchase.cards.byNumber(cardNumber))!;
      const { request } = await requestOnline(world.ctx, { readerId: card.accountId, isbn: reviewBook.isbn, storeId: world.onlineStoreId });
      expect(request.status).toBe('UNDER_REVIEW');
      underReview.push(request.id);
    }

    const till = new FakeTill(world.storeId, SECRET, app.url);
    const soldAt = new Date().toISOString();
    const sales = cards
      .slice(0, SALES)
      .map((cardNumber, i) =>
        till.sell({ saleRef: `CC-${cardNumber}-${i}`, cardNumber, isbn: tillBook.isbn, priceFen: TILL_PRICE, soldAt }),
      );
    const approvals = underReview.map((requestId) =>
      reviewRequest(world.ctx, world.librarian.viewer, { requestId, approve: true }).then(
        () => 'APPROVED' as const,
        (error: unknown) => (isAppError(error) ? (error.details.rule as string) : `crash: ${String(error).slice(0, 1500)}`),
      ),
    );
    const [sold, reviewed] = await Promise.all([Promise.all(sales), Promise.all(approvals)]);

    const unclear = sold.filter(
      (a) =>
        !(a.status === 200 && a.body.approved === true && a.body.status === 'ON_LOAN') &&
        !(a.status === 422 && (a.body.error as { rule?: string } | undefined)?.rule === 'BUDGET_AVAILABLE'),
    );
    expect(unclear).toEqual([]);
    for (const outcome of reviewed) expect(['APPROVED', 'BUDGET_AVAILABLE']).toContain(outcome);
    const soldCount = sold.filter((a) => a.status === 200).length;
    const approvedCount = reviewed.filter((o) => o === 'APPROVED').length;
    const committedFen = soldCount * TILL_PRICE + approvedCount * REVIEW_PRICE;

    const budget = (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, world.budget.budgetId)))!;
    expect(budget.expendedFen).toBe(soldCount * TILL_PRICE);
    expect(budget.encumberedFen).toBe(approvedCount * REVIEW_PRICE);
    expect(available(budget)).toBe(ROOM - committedFen);
    // Exactly the room: whatever was refused could not have fitted any more.
    expect(available(budget)).toBeGreaterThanOrEqual(0);
    expect(available(budget)).toBeLessThan(TILL_PRICE);
    expect(soldCount + approvedCount).toBeGreaterThanOrEqual(Math.floor(ROOM / REVIEW_PRICE));
    expect((await verifyLedger(repos)).problems).toEqual([]);
  }, 180_000);
});
