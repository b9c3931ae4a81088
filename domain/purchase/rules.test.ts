import { describe, expect, it } from 'vitest';
import {
  checkRules,
  DEFAULT_RULES,
  dueDate,
  needsReview,
  reviewReason,
  periodStart,
  validateRuleSettings,
  type PurchaseRules,
  type RuleInput,
} from './rules.js';

const rules: PurchaseRules = {
  ...DEFAULT_RULES,
  libraryId: 'lib-a',
  version: 1,
  updatedAt: null,
  updatedBy: null,
  minPublicationYear: 2016,
};

const input = (over: Partial<RuleInput> = {}): RuleInput => ({
  rules,
  book: {
    isbn: '9787020002207',
    title: '红楼梦',
    authors: ['曹雪芹'],
    publisher: '人民文学出版社',
    year: 2020,
    priceFen: 5990,
    clcClass: 'I242.4',
    binding: '平装',
    kind: 'GENERAL',
    volume: null,
  },
  card: {
    cardNumber: 'C1',
    accountId: 'a',
    homeLibraryId: 'lib-a',
    validUntil: '2027-12-31',
    loanCount: 2,
    loanCap: 10,
    hasOverdue: false,
  },
  history: { booksInPeriod: 0, fenInPeriod: 0, booksToday: 0, hasSameTitle: false, purchaseLoansOut: 0, purchaseOverdue: 0 },
  allianceCopies: 0,
  channel: 'STORE',
  today: '2026-12-01',
  ...over,
});

const codes = (over: Partial<RuleInput>) => checkRules(input(over)).map((r) => r.rule);

describe('purchase rules', () => {
  it('lets a qualifying book through', () => {
    expect(checkRules(input())).toEqual([]);
  });

  it('names the price cap with both figures', () => {
    expect(checkRules(input({ book: { ...input().book, priceFen: 12800 } }))).toEqual([
      { rule: 'PRICE_CAP', message: '单册定价 128.00 元，超过本馆上限 100.00 元' },
    ]);
  });

  it('refuses by card, class, kind, year, holdings and quota', () => {
    const card = input().card;
    const book = input().book;
    const history = input().history;
    expect(codes({ card: { ...card, validUntil: '2026-11-30' } })).toEqual(['CARD_VALID']);
    expect(codes({ card: { ...card, hasOverdue: true } })).toEqual(['OVERDUE']);
    expect(codes({ history: { ...history, purchaseLoansOut: 1, purchaseOverdue: 1 } })).toEqual(['OVERDUE']);
    expect(codes({ card: { ...card, loanCount: 10 } })).toEqual(['LOAN_CAP']);
    expect(codes({ book: { ...book, clcClass: 'G634.41' } })).toEqual(['EXCLUDED_CLASS']);
    expect(codes({ book: { ...book, kind: 'EXAM_GUIDE' } })).toEqual(['EXCLUDED_KIND']);
    expect(codes({ book: { ...book, year: 2015 } })).toEqual(['PUBLICATION_YEAR']);
    expect(codes({ allianceCopies: 5 })).toEqual(['HOLDINGS_CAP']);
    expect(codes({ allianceCopies: 4 })).toEqual([]);
    expect(codes({ history: { ...history, hasSameTitle: true } })).toEqual(['ONE_PER_TITLE']);
    expect(codes({ history: { ...history, booksToday: 5 } })).toEqual(['BOOKS_PER_ORDER']);
    expect(codes({ history: { ...history, booksInPeriod: 20 } })).toEqual(['BOOKS_PER_PERIOD']);
    expect(codes({ history: { ...history, fenInPeriod: 95_000 } })).toEqual(['MONEY_PER_PERIOD']);
    expect(codes({ rules: { ...rules, returnBeforeNext: true }, history: { ...history, purchaseLoansOut: 1 } })).toEqual([
      'RETURN_BEFORE_NEXT',
    ]);
    expect(codes({ rules: { ...rules, channels: ['ONLINE'] } })).toEqual(['CHANNEL']);
  });

  it('states the money quota in yuan', () => {
    const [refusal] = checkRules(input({ history: { ...input().history, fenInPeriod: 95_000 } }));
    expect(refusal?.message).toBe('365 天内已用 950.00 元，加上本书 59.90 元 超过每位读者上限 1000.00 元');
  });

  it('sends requests above the review threshold to a librarian', () => {
    expect(needsReview(rules, 9000)).toBe(false);
    expect(needsReview({ ...rules, reviewAboveFen: 5000 }, 9000)).toBe(true);
    expect(needsReview({ ...rules, reviewAboveFen: 0 }, 1)).toBe(true);
    expect(reviewReason(rules, 9000)).toBeNull();
    expect(reviewReason({ ...rules, reviewAboveFen: 5000 }, 9000)).toBe('单册定价 90.00 元，超过本馆免审上限 50.00 元');
  });

  it('validates what a librarian sets', () => {
    expect(() => validateRuleSettings({ ...DEFAULT_RULES, maxPriceFen: -1 })).toThrow(/maxPriceFen/);
    expect(() => validateRuleSettings({ ...DEFAULT_RULES, maxPriceFen: 99.5 })).toThrow(/whole/);
    expect(validateRuleSettings({ ...DEFAULT_RULES, excludedClcPrefixes: [' h31 ', 'H31'] }).excludedClcPrefixes).toEqual(['H31']);
  });

  it('computes the period start and due date by calendar day', () => {
    expect(periodStart('2026-12-01', 31)).toBe('2026-11-01');
    expect(dueDate('2026-12-01', 31)).toBe('2027-01-01');
  });
});
