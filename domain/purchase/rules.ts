import { ValidationError } from '../../lib/errors.js';
import { formatYuan } from './money.js';
import {
  BOOK_KIND_LABELS,
  BOOK_KINDS,
  type BookKind,
  type BookRecord,
  type Channel,
  type LibraryCardRecord,
  type Refusal,
} from './types.js';

/**
 * The purchase rules of one member library, curated by its librarians (versioned, audited).
 * Each rule is a pure function of the rules, the book, the card and the reader's history that
 * returns a refusal (naming the rule and the figures, in Chinese) or nothing. The same
 * `checkRules` answers "can I have this?" before a reader asks and guards the request itself.
 */
export interface PurchaseRules {
  libraryId: string;
  version: number;
  /** 单册定价上限 */
  maxPriceFen: number;
  /** Books a reader may ask for on one day (one visit or order). */
  maxBooksPerOrder: number;
  /** The rolling period of the per-reader quota, in days (365: a year). */
  periodDays: number;
  maxBooksPerPeriod: number;
  maxFenPerPeriod: number;
  /** Refused when the alliance already holds this many copies. */
  maxHoldingCopies: number;
  onePerReaderPerTitle: boolean;
  /** Only books published in this year or later; null: any year. */
  minPublicationYear: number | null;
  /** 中图法 class prefixes that are excluded, e.g. G63 (中学教育), H31 (English). */
  excludedClcPrefixes: string[];
  excludedKinds: BookKind[];
  /** A reader with a purchase loan still at home may not ask for the next book. */
  returnBeforeNext: boolean;
  loanDays: number;
  /** Requests above this price go to a librarian; null: never, 0: always. */
  reviewAboveFen: number | null;
  channels: Channel[];
  updatedAt: string | null;
  updatedBy: string | null;
}

export type RuleSettings = Omit<PurchaseRules, 'libraryId' | 'version' | 'updatedAt' | 'updatedBy'>;

/** What a library starts with until its librarians change it (the common figures of the real services). */
export const DEFAULT_RULES: RuleSettings = {
  maxPriceFen: 10_000,
  maxBooksPerOrder: 5,
  periodDays: 365,
  maxBooksPerPeriod: 20,
  maxFenPerPeriod: 100_000,
  maxHoldingCopies: 5,
  onePerReaderPerTitle: true,
  minPublicationYear: null,
  excludedClcPrefixes: ['G62', 'G63', 'G42'],
  excludedKinds: ['TEXTBOOK', 'EXAM_GUIDE', 'REFERENCE', 'FOREIGN_ORIGINAL', 'PERIODICAL', 'SET', 'TOY_BOOK', 'AUDIOVISUAL'],
  returnBeforeNext: false,
  loanDays: 30,
  reviewAboveFen: null,
  channels: ['STORE', 'ONLINE'],
};

const wholeInRange = (value: number, field: string, min: number, max: number) => {
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw ValidationError(`${field}: expected a whole number from ${min} to ${max}`, { field });
};

/** Refuses settings a librarian could not have meant (negative caps, unknown kinds…). */
export function validateRuleSettings(settings: RuleSettings): RuleSettings {
  wholeInRange(settings.maxPriceFen, 'maxPriceFen', 0, 100_000_000);
  wholeInRange(settings.maxBooksPerOrder, 'maxBooksPerOrder', 0, 100);
  wholeInRange(settings.periodDays, 'periodDays', 1, 3660);
  wholeInRange(settings.maxBooksPerPeriod, 'maxBooksPerPeriod', 0, 1000);
  wholeInRange(settings.maxFenPerPeriod, 'maxFenPerPeriod', 0, 100_000_000);
  wholeInRange(settings.maxHoldingCopies, 'maxHoldingCopies', 1, 1000);
  wholeInRange(settings.loanDays, 'loanDays', 1, 365);
  if (settings.minPublicationYear !== null) wholeInRange(settings.minPublicationYear, 'minPublicationYear', 1900, 2100);
  if (settings.reviewAboveFen !== null) wholeInRange(settings.reviewAboveFen, 'reviewAboveFen', 0, 100_000_000);
  for (const kind of settings.excludedKinds)
    if (!BOOK_KINDS.includes(kind))
      throw ValidationError(`excludedKinds: unknown kind ${JSON.stringify(kind)}`, { field: 'excludedKinds' });
  const prefixes = settings.excludedClcPrefixes.map((p) => p.trim().toUpperCase()).filter(Boolean);
  for (const prefix of prefixes)
    if (!/^[A-Z][A-Z0-9.\-/]{0,15}$/.test(prefix))
      throw ValidationError(`excludedClcPrefixes: ${JSON.stringify(prefix)} is not a 中图法 class`, { field: 'excludedClcPrefixes' });
  if (settings.channels.length === 0) throw ValidationError('channels: at least one channel', { field: 'channels' });
  return { ...settings, excludedClcPrefixes: [...new Set(prefixes)], excludedKinds: [...new Set(settings.excludedKinds)] };
}

/** What the rules look at besides the book and the card: the reader's own history and the alliance's holdings. */
export interface ReaderHistory {
  /** Requests counted against the quota (not refused, not cancelled) since the period began. */
  booksInPeriod: number;
  fenInPeriod: number;
  /** Requests asked for today (China date). */
  booksToday: number;
  /** The reader already has a live request or purchase loan of this title. */
  hasSameTitle: boolean;
  /** Purchase loans the reader still has at home. */
  purchaseLoansOut: number;
  /** Of those, the ones past their due date. */
  purchaseOverdue: number;
}

export interface RuleInput {
  rules: PurchaseRules;
  book: BookRecord;
  card: LibraryCardRecord;
  history: ReaderHistory;
  allianceCopies: number;
  channel: Channel;
  /** YYYY-MM-DD in China. */
  today: string;
}

type Rule = (input: RuleInput) => Refusal | null;

const yuan = (fen: number) => `${formatYuan(fen)} 元`;

const cardValid: Rule = ({ card, today }) =>
  card.validUntil < today ? { rule: 'CARD_VALID', message: `读者证已于 ${card.validUntil} 过期` } : null;

const noOverdue: Rule = ({ card, history }) =>
  card.hasOverdue || history.purchaseOverdue > 0 ? { rule: 'OVERDUE', message: '读者证有逾期未还的图书，请先归还' } : null;

const loanCap: Rule = ({ card }) =>
  card.loanCount >= card.loanCap ? { rule: 'LOAN_CAP', message: `在借 ${card.loanCount} 册，已达读者证借阅上限 ${card.loanCap} 册` } : null;

const returnBeforeNext: Rule = ({ rules, history }) =>
  rules.returnBeforeNext && history.purchaseLoansOut > 0
    ? { rule: 'RETURN_BEFORE_NEXT', message: `尚有 ${history.purchaseLoansOut} 册荐购图书未还，本馆规定还书后才能再选` }
    : null;

const channel: Rule = ({ rules, channel }) =>
  rules.channels.includes(channel)
    ? null
    : { rule: 'CHANNEL', message: channel === 'STORE' ? '本馆未开通书店现场选书' : '本馆未开通网上选书' };

const priced: Rule = ({ book }) => (book.priceFen === null ? { rule: 'NO_PRICE', message: '该书没有定价，无法核算' } : null);

const priceCap: Rule = ({ rules, book }) =>
  book.priceFen !== null && book.priceFen > rules.maxPriceFen
    ? { rule: 'PRICE_CAP', message: `单册定价 ${yuan(book.priceFen)}，超过本馆上限 ${yuan(rules.maxPriceFen)}` }
    : null;

const publicationYear: Rule = ({ rules, book }) => {
  if (rules.minPublicationYear === null) return null;
  if (book.year === null)
    return { rule: 'PUBLICATION_YEAR', message: `出版年不详，本馆只购 ${rules.minPublicationYear} 年及以后出版的图书` };
  return book.year < rules.minPublicationYear
    ? { rule: 'PUBLICATION_YEAR', message: `${book.year} 年出版，本馆只购 ${rules.minPublicationYear} 年及以后出版的图书` }
    : null;
};

const excludedClass: Rule = ({ rules, book }) => {
  const clc = book.clcClass?.toUpperCase() ?? '';
  const prefix = rules.excludedClcPrefixes.find((p) => clc.startsWith(p));
  return prefix ? { rule: 'EXCLUDED_CLASS', message: `中图法分类 ${book.clcClass} 属本馆不购的 ${prefix} 类` } : null;
};

const excludedKind: Rule = ({ rules, book }) =>
  rules.excludedKinds.includes(book.kind) ? { rule: 'EXCLUDED_KIND', message: `${BOOK_KIND_LABELS[book.kind]}不在选书范围内` } : null;

const holdingsCap: Rule = ({ rules, allianceCopies }) =>
  allianceCopies >= rules.maxHoldingCopies
    ? { rule: 'HOLDINGS_CAP', message: `联盟已藏 ${allianceCopies} 册，达到馆藏上限 ${rules.maxHoldingCopies} 册` }
    : null;

const onePerTitle: Rule = ({ rules, history }) =>
  rules.onePerReaderPerTitle && history.hasSameTitle
    ? { rule: 'ONE_PER_TITLE', message: '您已申请过这本书，同一读者同一书名限一册' }
    : null;

const booksPerOrder: Rule = ({ rules, history }) =>
  history.booksToday + 1 > rules.maxBooksPerOrder
    ? { rule: 'BOOKS_PER_ORDER', message: `今日已选 ${history.booksToday} 册，每次最多 ${rules.maxBooksPerOrder} 册` }
    : null;

const booksPerPeriod: Rule = ({ rules, history }) =>
  history.booksInPeriod + 1 > rules.maxBooksPerPeriod
    ? {
        rule: 'BOOKS_PER_PERIOD',
        message: `${rules.periodDays} 天内已选 ${history.booksInPeriod} 册，每位读者上限 ${rules.maxBooksPerPeriod} 册`,
      }
    : null;

const moneyPerPeriod: Rule = ({ rules, history, book }) => {
  const price = book.priceFen ?? 0;
  return history.fenInPeriod + price > rules.maxFenPerPeriod
    ? {
        rule: 'MONEY_PER_PERIOD',
        message: `${rules.periodDays} 天内已用 ${yuan(history.fenInPeriod)}，加上本书 ${yuan(price)} 超过每位读者上限 ${yuan(rules.maxFenPerPeriod)}`,
      }
    : null;
};

/** The rules in the order a reader would want to hear them: the card, then the book, then the quota. */
const RULES: readonly Rule[] = [
  cardValid,
  noOverdue,
  loanCap,
  returnBeforeNext,
  channel,
  priced,
  priceCap,
  publicationYear,
  excludedClass,
  excludedKind,
  holdingsCap,
  onePerTitle,
  booksPerOrder,
  booksPerPeriod,
  moneyPerPeriod,
];

/** Every refusal that applies (empty: the book qualifies). */
export function checkRules(input: RuleInput): Refusal[] {
  return RULES.map((rule) => rule(input)).filter((refusal): refusal is Refusal => refusal !== null);
}

/** Whether a qualifying request waits for a librarian instead of being approved at once. */
/** Why a request must wait for a librarian, in the words the queue shows; null when it is approved at once. */
export const reviewReason = (rules: PurchaseRules, priceFen: number): string | null =>
  rules.reviewAboveFen !== null && priceFen > rules.reviewAboveFen
    ? `单册定价 ${yuan(priceFen)}，超过本馆免审上限 ${yuan(rules.reviewAboveFen)}`
    : null;
export const needsReview = (rules: PurchaseRules, priceFen: number) => reviewReason(rules, priceFen) !== null;

/** The first day of the reader's rolling quota period, by China date (YYYY-MM-DD). */
export function periodStart(today: string, periodDays: number): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - periodDays + 1);
  return day.toISOString().slice(0, 10);
}

/** The due date of a loan that starts today. */
export function dueDate(today: string, loanDays: number): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + loanDays);
  return day.toISOString().slice(0, 10);
}
