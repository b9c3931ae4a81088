import type { LibraryCardRecord, StoreRecord } from '../../../domain/purchase/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

export const CARD = `{ .cardNumber, .accountId, .homeLibraryId, .validUntil, .loanCount, .loanCap, .hasOverdue }`;

/** Library cards: `(:LibraryCard {cardNumber…})-[:CARD_OF]->(:Account)`; a reader has one card. */
export class CardRepository {
  constructor(private readonly graph: Graph) {}

  async upsert(tx: Tx, card: LibraryCardRecord): Promise<LibraryCardRecord | null> {
    const [row] = await tx.run<{ card: LibraryCardRecord }>(
      `MATCH (a:Account {id: $accountId})
       OPTIONAL MATCH (old:LibraryCard)-[:CARD_OF]->(a) WHERE old.cardNumber <> $cardNumber
       DETACH DELETE old
       WITH DISTINCT a
       MERGE (c:LibraryCard {cardNumber: $cardNumber})
       SET c.accountId = $accountId, c.homeLibraryId = $homeLibraryId, c.validUntil = $validUntil,
           c.loanCount = $loanCount, c.loanCap = $loanCap, c.hasOverdue = $hasOverdue
       MERGE (c)-[:CARD_OF]->(a)
       RETURN c ${CARD} AS card`,
      { ...card, loanCount: int(card.loanCount), loanCap: int(card.loanCap) },
    );
    return row?.card ?? null;
  }

  async byNumber(cardNumber: string): Promise<LibraryCardRecord | null> {
    const [row] = await this.graph.read<{ card: LibraryCardRecord }>(
      `MATCH (c:LibraryCard {cardNumber: $cardNumber}) RETURN c ${CARD} AS card`,
      {
        cardNumber,
      },
    );
    return row?.card ?? null;
  }

  async byAccount(accountId: string): Promise<LibraryCardRecord | null> {
    const [row] = await this.graph.read<{ card: LibraryCardRecord }>(
      `MATCH (c:LibraryCard {accountId: $accountId}) RETURN c ${CARD} AS card`,
      {
        accountId,
      },
    );
    return row?.card ?? null;
  }

  /** The card as it stands, not locked: which library's budget a command of its reader locks first. */
  async findInTx(tx: Tx, by: { cardNumber: string } | { accountId: string }): Promise<LibraryCardRecord | null> {
    const match = 'cardNumber' in by ? 'MATCH (c:LibraryCard {cardNumber: $key})' : 'MATCH (c:LibraryCard {accountId: $key})';
    const [row] = await tx.run<{ card: LibraryCardRecord }>(`${match} RETURN c ${CARD} AS card`, {
      key: 'cardNumber' in by ? by.cardNumber : by.accountId,
    });
    return row?.card ?? null;
  }

  /**
   * The card, write-locked for the rest of the transaction: every request of one reader goes
   * through here first, so two at once (a double click) are serialised and the second sees the first.
   */
  async lock(tx: Tx, by: { cardNumber: string } | { accountId: string }): Promise<LibraryCardRecord | null> {
    const match = 'cardNumber' in by ? 'MATCH (c:LibraryCard {cardNumber: $key})' : 'MATCH (c:LibraryCard {accountId: $key})';
    const [row] = await tx.run<{ card: LibraryCardRecord }>(
      `${match} SET c.lockedAt = coalesce(c.lockedAt, 0) + 1 RETURN c ${CARD} AS card`,
      {
        key: 'cardNumber' in by ? by.cardNumber : by.accountId,
      },
    );
    return row?.card ?? null;
  }

  async addLoans(tx: Tx, cardNumber: string, delta: number): Promise<void> {
    await tx.run(
      'MATCH (c:LibraryCard {cardNumber: $cardNumber}) SET c.loanCount = CASE WHEN c.loanCount + $delta < 0 THEN 0 ELSE c.loanCount + $delta END',
      {
        cardNumber,
        delta: int(delta),
      },
    );
  }
}

/** Partner bookstores and their staff: `(:Account {role: 'BOOKSTORE'})-[:STAFF_OF]->(:Bookstore)`. */
export class StoreRepository {
  constructor(private readonly graph: Graph) {}

  async upsert(tx: Tx, store: StoreRecord): Promise<StoreRecord> {
    const [row] = await tx.run<{ store: StoreRecord }>(
      'MERGE (s:Bookstore {id: $id}) SET s.name = $name, s.channel = $channel RETURN s { .id, .name, .channel } AS store',
      { ...store },
    );
    return row!.store;
  }

  async list(): Promise<StoreRecord[]> {
    return (
      await this.graph.read<{ store: StoreRecord }>('MATCH (s:Bookstore) RETURN s { .id, .name, .channel } AS store ORDER BY s.id')
    ).map((r) => r.store);
  }

  async byIdInTx(tx: Tx, id: string): Promise<StoreRecord | null> {
    const [row] = await tx.run<{ store: StoreRecord }>('MATCH (s:Bookstore {id: $id}) RETURN s { .id, .name, .channel } AS store', { id });
    return row?.store ?? null;
  }

  async assignStaff(tx: Tx, accountId: string, storeId: string): Promise<boolean> {
    const rows = await tx.run(
      `MATCH (a:Account {id: $accountId}), (s:Bookstore {id: $storeId})
       OPTIONAL MATCH (a)-[old:STAFF_OF]->(:Bookstore)
       DELETE old
       WITH DISTINCT a, s
       MERGE (a)-[:STAFF_OF]->(s)
       RETURN s.id AS id`,
      { accountId, storeId },
    );
    return rows.length > 0;
  }

  async storeOfStaff(accountId: string): Promise<StoreRecord | null> {
    const [row] = await this.graph.read<{ store: StoreRecord }>(
      'MATCH (:Account {id: $accountId})-[:STAFF_OF]->(s:Bookstore) RETURN s { .id, .name, .channel } AS store',
      { accountId },
    );
    return row?.store ?? null;
  }

  async storeOfStaffInTx(tx: Tx, accountId: string): Promise<string | null> {
    const [row] = await tx.run<{ id: string }>('MATCH (:Account {id: $accountId})-[:STAFF_OF]->(s:Bookstore) RETURN s.id AS id', {
      accountId,
    });
    return row?.id ?? null;
  }
}
