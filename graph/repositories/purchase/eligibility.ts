import type { PastRequest } from '../../../domain/purchase/history.js';
import type { BookRecord, LibraryCardRecord } from '../../../domain/purchase/types.js';
import type { Graph, Tx } from '../../driver.js';
import { BOOK } from './books.js';
import { CARD } from './cards.js';

export type CardKey = { cardNumber: string } | { accountId: string };

/** Everything an eligibility check reads, but the rules themselves (the caller keeps those in memory by revision). */
export interface EligibilityFacts {
  card: LibraryCardRecord;
  book: BookRecord | null;
  /** The stored revision of the card's library's rules; null while the library uses the defaults. */
  rulesRevision: string | null;
  /** The reader's earlier requests (their quota, loans and titles). */
  requests: PastRequest[];
  /** Copies of the book the member libraries hold. */
  allianceCopies: number;
}

const facts = (match: string) => `${match}
  OPTIONAL MATCH (b:Book {isbn: $isbn})
  OPTIONAL MATCH (rules:PurchaseRules {libraryId: c.homeLibraryId}) WHERE rules.rulesJson IS NOT NULL
  RETURN c ${CARD} AS card, b ${BOOK} AS book, rules.revision AS rulesRevision,
         COLLECT { MATCH (r:PurchaseRequest {readerId: c.accountId}) RETURN r { .isbn, .status, .createdAt, .priceFen } } AS requests,
         COLLECT { MATCH (b)<-[h:HOLDS]-(:Library) RETURN h.copies } AS copies`;

export const ELIGIBILITY_BY_CARD_NUMBER = facts('MATCH (c:LibraryCard {cardNumber: $key})');
const BY_ACCOUNT = facts('MATCH (c:LibraryCard {accountId: $key})');

type Row = Omit<EligibilityFacts, 'allianceCopies'> & { copies: number[] };

/**
 * The reads of one eligibility check in one statement: the card, the book, the revision of the
 * library's rules, the reader's requests and the alliance's copies of the book (index lookups on
 * LibraryCard.cardNumber/accountId, Book.isbn, PurchaseRules.libraryId and PurchaseRequest.readerId).
 */
export class EligibilityRepository {
  constructor(private readonly graph: Graph) {}

  /** An auto-commit read (one round trip): the "can I have this?" that changes nothing. */
  async facts(by: CardKey, isbn: string): Promise<EligibilityFacts | null> {
    return toFacts(await this.graph.read<Row>(...statement(by, isbn)));
  }

  /** The same read inside a request's transaction (the card already locked). */
  async factsInTx(tx: Tx, by: CardKey, isbn: string): Promise<EligibilityFacts | null> {
    return toFacts(await tx.run<Row>(...statement(by, isbn)));
  }
}

function statement(by: CardKey, isbn: string): [string, Record<string, unknown>] {
  return 'cardNumber' in by ? [ELIGIBILITY_BY_CARD_NUMBER, { key: by.cardNumber, isbn }] : [BY_ACCOUNT, { key: by.accountId, isbn }];
}

function toFacts([row]: Row[]): EligibilityFacts | null {
  if (!row) return null;
  const { copies, ...rest } = row;
  return { ...rest, allianceCopies: copies.reduce((sum, n) => sum + (n ?? 0), 0) };
}
