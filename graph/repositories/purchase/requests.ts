import type { RequestStatus } from '../../../domain/purchase/lifecycle.js';
import type { PurchaseRequestRecord, Refusal, TransitionRecord } from '../../../domain/purchase/types.js';
import type { ReaderHistory } from '../../../domain/purchase/rules.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

const REQUEST = `{ .id, .readerId, .cardNumber, .libraryId, .isbn, .title, .channel, .storeId, .status, .priceFen, .salePriceFen, .fundCode,
  .storeRef, .dueDate, .createdAt, .updatedAt, .version, reviewReason: r.reviewReason, refusals: coalesce(r.refusalsJson, '[]') }`;

type Row = { request: Omit<PurchaseRequestRecord, 'refusals'> & { refusals: string } };
const toRecord = (row: Row): PurchaseRequestRecord => ({ ...row.request, refusals: JSON.parse(row.request.refusals) as Refusal[] });

export interface RequestFilter {
  readerId?: string | null;
  libraryId?: string | null;
  storeId?: string | null;
  statuses?: readonly RequestStatus[] | null;
  first: number;
  /** The id of the last request of the previous page (ids are UUIDv7: newest first by id descending). */
  after: string | null;
}

/**
 * Purchase requests: `(:PurchaseRequest)-[:FOR_BOOK]->(:Book)`, `-[:REQUESTED_BY]->(:Account)`, and their
 * timeline `(:PurchaseTransition {requestId, from, to, at, actorId, actorRole, note})`.
 */
export class RequestRepository {
  constructor(private readonly graph: Graph) {}

  async create(tx: Tx, request: PurchaseRequestRecord): Promise<void> {
    const { refusals, ...fields } = request;
    await tx.run(
      `MATCH (a:Account {id: $readerId}), (b:Book {isbn: $isbn})
       CREATE (r:PurchaseRequest)
       SET r = $fields, r.refusalsJson = $refusals
       CREATE (r)-[:FOR_BOOK]->(b), (r)-[:REQUESTED_BY]->(a)`,
      {
        readerId: request.readerId,
        isbn: request.isbn,
        fields: {
          ...fields,
          priceFen: int(fields.priceFen),
          salePriceFen: fields.salePriceFen === null ? null : int(fields.salePriceFen),
          version: int(fields.version),
        },
        refusals: JSON.stringify(refusals),
      },
    );
  }

  /** The request as it stands, not locked: what a command reads to know which locks to take first. */
  async byIdInTx(tx: Tx, id: string): Promise<PurchaseRequestRecord | null> {
    const [row] = await tx.run<Row>(`MATCH (r:PurchaseRequest {id: $id}) RETURN r ${REQUEST} AS request`, { id });
    return row ? toRecord(row) : null;
  }

  /** The request, write-locked for the rest of the transaction (so a callback and a click cannot both move it). */
  async lock(tx: Tx, id: string): Promise<PurchaseRequestRecord | null> {
    const [row] = await tx.run<Row>(`MATCH (r:PurchaseRequest {id: $id}) SET r.version = r.version + 0 RETURN r ${REQUEST} AS request`, {
      id,
    });
    return row ? toRecord(row) : null;
  }

  async update(
    tx: Tx,
    id: string,
    fields: Partial<
      Pick<PurchaseRequestRecord, 'status' | 'salePriceFen' | 'fundCode' | 'storeRef' | 'dueDate' | 'refusals' | 'reviewReason'>
    > & {
      updatedAt: string;
    },
  ): Promise<void> {
    const { refusals, salePriceFen, ...rest } = fields;
    await tx.run(
      `MATCH (r:PurchaseRequest {id: $id})
       SET r += $rest, r.version = r.version + 1,
           r.salePriceFen = coalesce($salePriceFen, r.salePriceFen), r.refusalsJson = coalesce($refusals, r.refusalsJson)`,
      {
        id,
        rest,
        salePriceFen: salePriceFen === undefined || salePriceFen === null ? null : int(salePriceFen),
        refusals: refusals === undefined ? null : JSON.stringify(refusals),
      },
    );
  }

  /** `seq` orders the transitions of one request that share a timestamp (a pick-up and the loan it starts). */
  async addTransition(tx: Tx, transition: TransitionRecord, seq: number): Promise<void> {
    await tx.run('CREATE (t:PurchaseTransition) SET t = $transition, t.seq = $seq', { transition, seq: int(seq) });
  }

  async byIds(ids: readonly string[]): Promise<(PurchaseRequestRecord | null)[]> {
    const rows = await this.graph.read<Row>(`MATCH (r:PurchaseRequest) WHERE r.id IN $ids RETURN r ${REQUEST} AS request`, { ids });
    const found = new Map(rows.map((row) => [row.request.id, toRecord(row)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async transitionsOf(requestIds: readonly string[]): Promise<TransitionRecord[][]> {
    const rows = await this.graph.read<{ t: TransitionRecord }>(
      // Ordered before the projection: the returned map has no seq, so ORDER BY after it left
      // steps of the same millisecond (a request and its auto-approval) in any order.
      `MATCH (t:PurchaseTransition) WHERE t.requestId IN $ids
       WITH t ORDER BY t.at, t.seq
       RETURN t { .requestId, .from, .to, .at, .actorId, .actorRole, .note } AS t`,
      { ids: requestIds },
    );
    return requestIds.map((id) => rows.filter((r) => r.t.requestId === id).map((r) => r.t));
  }

  /** One page, newest first. */
  async list(filter: RequestFilter): Promise<{ items: PurchaseRequestRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<Row>(
      `MATCH (r:PurchaseRequest)
       WHERE ($readerId IS NULL OR r.readerId = $readerId) AND ($libraryId IS NULL OR r.libraryId = $libraryId)
         AND ($storeId IS NULL OR r.storeId = $storeId) AND ($statuses IS NULL OR r.status IN $statuses)
         AND ($after IS NULL OR r.id < $after)
       RETURN r ${REQUEST} AS request ORDER BY r.id DESC LIMIT $limit`,
      {
        readerId: filter.readerId ?? null,
        libraryId: filter.libraryId ?? null,
        storeId: filter.storeId ?? null,
        statuses: filter.statuses ?? null,
        after: filter.after,
        limit: int(filter.first + 1),
      },
    );
    return { items: rows.slice(0, filter.first).map(toRecord), hasNextPage: rows.length > filter.first };
  }

  /** A live request of this reader for this book, if any (what a double click finds). */
  async openOfReaderInTx(
    tx: Tx,
    readerId: string,
    isbn: string,
    statuses: readonly RequestStatus[],
  ): Promise<PurchaseRequestRecord | null> {
    const [row] = await tx.run<Row>(
      `MATCH (r:PurchaseRequest {readerId: $readerId}) WHERE r.isbn = $isbn AND r.status IN $statuses
       RETURN r ${REQUEST} AS request ORDER BY r.id DESC LIMIT 1`,
      { readerId, isbn, statuses },
    );
    return row ? toRecord(row) : null;
  }

  /** What the quota rules count, read inside the request's transaction (after the card is locked). */
  async historyInTx(
    tx: Tx,
    input: {
      readerId: string;
      isbn: string;
      since: string;
      todayStart: string;
      counted: readonly RequestStatus[];
      loans: readonly RequestStatus[];
      titleStatuses: readonly RequestStatus[];
    },
  ): Promise<ReaderHistory> {
    const [row] = await tx.run<ReaderHistory>(
      `OPTIONAL MATCH (r:PurchaseRequest {readerId: $readerId})
       WITH collect(r) AS requests
       RETURN size([r IN requests WHERE r.status IN $counted AND r.createdAt >= $since]) AS booksInPeriod,
              reduce(s = 0, r IN [r IN requests WHERE r.status IN $counted AND r.createdAt >= $since] | s + r.priceFen) AS fenInPeriod,
              size([r IN requests WHERE r.status IN $counted AND r.createdAt >= $todayStart]) AS booksToday,
              size([r IN requests WHERE r.isbn = $isbn AND r.status IN $titleStatuses]) > 0 AS hasSameTitle,
              size([r IN requests WHERE r.status IN $loans]) AS purchaseLoansOut,
              size([r IN requests WHERE r.status = 'OVERDUE']) AS purchaseOverdue`,
      input,
    );
    return row!;
  }

  /** Loans past their due date (for the overdue sweep). */
  async overdueIds(today: string): Promise<string[]> {
    const rows = await this.graph.read<{ id: string }>(
      "MATCH (r:PurchaseRequest {status: 'ON_LOAN'}) WHERE r.dueDate < $today RETURN r.id AS id ORDER BY r.id",
      { today },
    );
    return rows.map((r) => r.id);
  }
}
