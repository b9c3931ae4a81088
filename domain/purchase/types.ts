import type { RequestStatus } from './lifecycle.js';

/** Kinds of book the rules can exclude (the near-identical exclusion lists of the real services). */
export const BOOK_KINDS = [
  'GENERAL',
  'TEXTBOOK',
  'EXAM_GUIDE',
  'REFERENCE',
  'FOREIGN_ORIGINAL',
  'PERIODICAL',
  'SET',
  'TOY_BOOK',
  'AUDIOVISUAL',
] as const;
export type BookKind = (typeof BOOK_KINDS)[number];

export const BOOK_KIND_LABELS: Record<BookKind, string> = {
  GENERAL: '普通图书',
  TEXTBOOK: '教材教辅',
  EXAM_GUIDE: '考试用书',
  REFERENCE: '工具书',
  FOREIGN_ORIGINAL: '外文原版',
  PERIODICAL: '期刊报纸',
  SET: '套装书',
  TOY_BOOK: '玩具书/立体书',
  AUDIOVISUAL: '音像制品',
};

export interface BookRecord {
  /** ISBN-13 without hyphens: the book's id. */
  isbn: string;
  title: string;
  authors: string[];
  publisher: string | null;
  year: number | null;
  /** 定价 in fen. */
  priceFen: number | null;
  /** 中图法分类号, e.g. I247.5 */
  clcClass: string | null;
  binding: string | null;
  kind: BookKind;
  /** Part of a multi-volume set or series. */
  volume: string | null;
}

export interface LibraryCardRecord {
  cardNumber: string;
  accountId: string;
  homeLibraryId: string;
  /** YYYY-MM-DD, last day the card is valid. */
  validUntil: string;
  loanCount: number;
  loanCap: number;
  hasOverdue: boolean;
}

export type Channel = 'STORE' | 'ONLINE';

export interface StoreRecord {
  id: string;
  name: string;
  channel: Channel;
}

export interface PurchaseRequestRecord {
  id: string;
  readerId: string;
  cardNumber: string;
  libraryId: string;
  isbn: string;
  title: string;
  channel: Channel;
  storeId: string | null;
  status: RequestStatus;
  /** The amount encumbered (the list price, or the store's price when it gave one). */
  priceFen: number;
  /** What the store charged, when it told us (settlement pays this). */
  salePriceFen: number | null;
  refusals: Refusal[];
  /** Why it went to a librarian's review (set when it did). */
  reviewReason: string | null;
  fundCode: string | null;
  storeRef: string | null;
  dueDate: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TransitionRecord {
  requestId: string;
  from: RequestStatus | null;
  to: RequestStatus;
  at: string;
  actorId: string;
  actorRole: string;
  note: string | null;
}

export interface MessageRecord {
  id: string;
  accountId: string;
  requestId: string;
  subject: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** A refusal names the rule and, in Chinese, the figures. */
export interface Refusal {
  rule: RuleCode;
  message: string;
}

export type RuleCode =
  | 'NO_RULES'
  | 'NO_PRICE'
  | 'PRICE_CAP'
  | 'BOOKS_PER_ORDER'
  | 'BOOKS_PER_PERIOD'
  | 'MONEY_PER_PERIOD'
  | 'HOLDINGS_CAP'
  | 'ONE_PER_TITLE'
  | 'PUBLICATION_YEAR'
  | 'EXCLUDED_CLASS'
  | 'EXCLUDED_KIND'
  | 'CARD_VALID'
  | 'OVERDUE'
  | 'LOAN_CAP'
  | 'RETURN_BEFORE_NEXT'
  | 'CHANNEL'
  | 'LIBRARIAN';
