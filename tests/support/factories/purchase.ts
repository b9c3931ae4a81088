import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../../domain/account/access.js';
import type { BookRecord } from '../../../domain/purchase/types.js';
import type { RuleSettings } from '../../../domain/purchase/rules.js';
import type { Clock } from '../../../lib/clock.js';
import { addStore, assignStoreStaff, issueCard } from '../../../services/purchase/cards.js';
import type { PurchaseContext } from '../../../services/purchase/context.js';
import { getRules, updateRules } from '../../../services/purchase/rules.js';
import type { Mailer } from '../../../services/purchase/notify.js';
import type { Role } from '../../../domain/account/types.js';
import { PASSWORD, seedAccount } from '../client.js';
import type { BuiltAccount } from './account.js';
import { buildBudget, type BuiltBudget } from './budget.js';

/**
 * A member library of its own (so its 你选书我买单 fund is the only one), with a budget, a
 * librarian, a reader holding a card, a partner bookstore at the till with one staff account, an
 * online store, and books with valid, unique ISBNs. Everything is made through the services.
 */

let sequence = 0;

/** An account of this world (no reference data needed: the world brings its own library). */
async function account(graph: Graph, role: Role, libraryId: string | null = null): Promise<BuiltAccount> {
  const email = `rda-${role.toLowerCase()}-${unique()}@test.jxlib.cn`;
  const created = await seedAccount(graph, email, role, libraryId);
  return { account: created, email, password: PASSWORD, viewer: { id: created.id, role: created.role, libraryId: created.libraryId } };
}
const unique = () => `${Date.now().toString(36)}${(sequence += 1).toString(36)}`;

/** "Today" of the purchase tests: inside the example fiscal year FY2026. */
export const PURCHASE_TODAY = new Date('2026-06-15T02:00:00Z');
export const purchaseClock: Clock = () => PURCHASE_TODAY;

/** A valid ISBN-13 of 作家出版社 (978-7-5063-…) with a random article number. */
export function randomIsbn(): string {
  const body = `9787506${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export const buildBookRecord = (overrides: Partial<BookRecord> = {}): BookRecord => ({
  isbn: randomIsbn(),
  title: `测试图书${unique()}`,
  authors: ['余华'],
  publisher: '作家出版社',
  year: 2022,
  priceFen: 4500,
  clcClass: 'I247.57',
  binding: '平装',
  kind: 'GENERAL',
  volume: null,
  ...overrides,
});

export interface PurchaseWorld {
  ctx: PurchaseContext;
  libraryId: string;
  budget: BuiltBudget;
  librarian: BuiltAccount;
  reader: BuiltAccount;
  cardNumber: string;
  staff: BuiltAccount;
  storeId: string;
  onlineStoreId: string;
  onlineStoreName: string;
  books: (overrides?: Partial<BookRecord>) => Promise<BookRecord>;
}

export async function buildPurchaseWorld(
  graph: Graph,
  options: { allocatedFen?: number; rules?: Partial<RuleSettings>; mailer?: Mailer | null } = {},
): Promise<PurchaseWorld> {
  const repos = createRepositories(graph);
  const ctx: PurchaseContext = { repos, clock: purchaseClock, mailer: options.mailer ?? null };
  const id = unique();
  const libraryId = `rda-library-${id}`;
  await repos.graph.writeTx((tx) =>
    repos.libraries.save(tx, [{ id: libraryId, name: `测试图书馆${id}`, kind: 'PUBLIC', regionCode: '330400', confidence: 'test' }]),
  );
  const budget = await buildBudget(graph, { libraryId, allocatedFen: options.allocatedFen ?? 100_000 });
  const [librarian, reader, staff] = await Promise.all([
    account(graph, 'LIBRARIAN', libraryId),
    account(graph, 'READER'),
    account(graph, 'BOOKSTORE'),
  ]);
  const cardNumber = `JX${id}`.toUpperCase().slice(0, 32);
  await issueCard(ctx, CLI_ACTOR, { email: reader.email, cardNumber, homeLibraryId: libraryId, validUntil: '2027-12-31', loanCap: 10 });
  const storeId = `xinhua-${id}`;
  const onlineStoreId = `online-${id}`;
  await addStore(ctx, CLI_ACTOR, { id: storeId, name: `新华书店测试店${id}`, channel: 'STORE' });
  const onlineStoreName = `网上书城${id}`;
  await addStore(ctx, CLI_ACTOR, { id: onlineStoreId, name: onlineStoreName, channel: 'ONLINE' });
  await assignStoreStaff(ctx, CLI_ACTOR, { email: staff.email, storeId });
  if (options.rules) {
    const current = await getRules(ctx, libraryId);
    const { libraryId: _l, version, updatedAt: _u, updatedBy: _b, ...settings } = current;
    await updateRules(ctx, CLI_ACTOR, { libraryId, expectedVersion: version, settings: { ...settings, ...options.rules } });
  }
  const books = async (overrides: Partial<BookRecord> = {}) => {
    const book = buildBookRecord(overrides);
    await repos.graph.writeTx((tx) => repos.purchase.books.upsert(tx, [book], PURCHASE_TODAY.toISOString()));
    return book;
  };
  return { ctx, libraryId, budget, librarian, reader, cardNumber, staff, storeId, onlineStoreId, onlineStoreName, books };
}

/** The encumbered fen of the world's budget, as the ledger keeps it. */
export async function encumberedFen(graph: Graph, budget: BuiltBudget): Promise<number> {
  const budgets = await createRepositories(graph).budgetQueries.budgetsOfYear(budget.fiscalYear);
  return budgets.find((b) => b.id === budget.budgetId)?.encumberedFen ?? Number.NaN;
}
