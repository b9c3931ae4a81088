import type { Connection, Edge } from '../../lib/connection.js';
import type { BookRecord, MessageRecord, PurchaseRequestRecord } from '../../domain/purchase/types.js';
import type { Eligibility } from '../../services/purchase/eligibility.js';
import type { HoldingRow } from '../../graph/repositories/purchase/books.js';

export type {
  BookRecord as BookMapper,
  LibraryCardRecord as LibraryCardMapper,
  StoreRecord as BookstoreMapper,
  PurchaseRequestRecord as PurchaseRequestMapper,
  TransitionRecord as PurchaseTransitionMapper,
  MessageRecord as PurchaseMessageMapper,
} from '../../domain/purchase/types.js';
export type { PurchaseRules as PurchaseRulesMapper } from '../../domain/purchase/rules.js';
export type { Quota as PurchaseQuotaMapper } from '../../services/purchase/queries.js';
export type { RequestOutcome as PurchaseOutcomeMapper } from '../../services/purchase/requests.js';
export type BookHoldingMapper = HoldingRow;
export type PurchaseEligibilityMapper = Pick<Eligibility, 'eligible' | 'refusals' | 'book'>;
export type BookConnectionMapper = Connection<BookRecord>;
export type BookEdgeMapper = Edge<BookRecord>;
export type PurchaseRequestConnectionMapper = Connection<PurchaseRequestRecord>;
export type PurchaseRequestEdgeMapper = Edge<PurchaseRequestRecord>;
export type PurchaseMessageConnectionMapper = Connection<MessageRecord>;
export type PurchaseMessageEdgeMapper = Edge<MessageRecord>;
