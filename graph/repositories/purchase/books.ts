import type { BookKind, BookRecord } from '../../../domain/purchase/types.js';
import type { Graph, Tx } from '../../driver.js';
import { alignByKey, int } from '../../values.js';

export const BOOK = `{ .isbn, .title, .authors, .publisher, .year, .priceFen, .clcClass, .binding, .kind, .volume }`;

export interface HoldingRow {
  libraryId: string;
  libraryName: string;
  copies: number;
}

/**
 * Books by ISBN-13 and the holdings of each member library: `(:Library)-[:HOLDS {copies}]->(:Book)`.
 * An import replaces a library's count for the books it names and leaves its other holdings alone.
 */
export class BookRepository {
  constructor(private readonly graph: Graph) {}

  /** Creates or updates books; a field the row leaves empty keeps what is stored. */
  async upsert(tx: Tx, books: BookRecord[], at: string): Promise<{ created: number; updated: number }> {
    const [row] = await tx.run<{ created: number; updated: number }>(
      `UNWIND $books AS b
       MERGE (book:Book {isbn: b.isbn})
       ON CREATE SET book.createdAt = $at, book.new = true
       SET book.title = coalesce(b.title, book.title, b.isbn),
           book.authors = CASE WHEN size(b.authors) > 0 THEN b.authors ELSE coalesce(book.authors, []) END,
           book.publisher = coalesce(b.publisher, book.publisher), book.year = coalesce(b.year, book.year),
           book.priceFen = coalesce(b.priceFen, book.priceFen), book.clcClass = coalesce(b.clcClass, book.clcClass),
           book.binding = coalesce(b.binding, book.binding), book.volume = coalesce(b.volume, book.volume),
           book.kind = CASE WHEN b.kind = 'GENERAL' THEN coalesce(book.kind, 'GENERAL') ELSE b.kind END,
           book.updatedAt = $at
       WITH book, book.new AS isNew
       REMOVE book.new
       SET book.authorText = reduce(s = '', a IN book.authors | s + ' ' + a)
       RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, sum(CASE WHEN isNew THEN 0 ELSE 1 END) AS updated`,
      {
        books: books.map((b) => ({
          ...b,
          year: b.year === null ? null : int(b.year),
          priceFen: b.priceFen === null ? null : int(b.priceFen),
        })),
        at,
      },
    );
    return row ?? { created: 0, updated: 0 };
  }

  async byIsbns(isbns: readonly string[]): Promise<(BookRecord | null)[]> {
    const rows = await this.graph.read<{ book: BookRecord }>(`MATCH (b:Book) WHERE b.isbn IN $isbns RETURN b ${BOOK} AS book`, { isbns });
    return alignByKey(
      isbns,
      rows.map((r) => [r.book.isbn, r.book] as const),
    );
  }

  async byIsbnInTx(tx: Tx, isbn: string): Promise<BookRecord | null> {
    const [row] = await tx.run<{ book: BookRecord }>(`MATCH (b:Book {isbn: $isbn}) RETURN b ${BOOK} AS book`, { isbn });
    return row?.book ?? null;
  }

  /** Title, author or publisher words (cjk full-text), best first; one page by offset. */
  async search(text: string, offset: number, limit: number): Promise<{ items: BookRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<{ book: BookRecord }>(
      `CALL db.index.fulltext.queryNodes('book_text', $text) YIELD node, score
       RETURN node { .isbn, .title, .authors, .publisher, .year, .priceFen, .clcClass, .binding, .kind, .volume } AS book
       ORDER BY score DESC, node.isbn SKIP $offset LIMIT $limit`,
      { text, offset: int(offset), limit: int(limit + 1) },
    );
    return { items: rows.slice(0, limit).map((r) => r.book), hasNextPage: rows.length > limit };
  }

  /** Sets the copies each library holds of each book (0 removes the holding). */
  async setHoldings(tx: Tx, holdings: { libraryId: string; isbn: string; copies: number }[], at: string): Promise<number> {
    const [row] = await tx.run<{ written: number }>(
      `UNWIND $holdings AS h
       MATCH (l:Library {id: h.libraryId}), (b:Book {isbn: h.isbn})
       MERGE (l)-[r:HOLDS]->(b)
       SET r.copies = h.copies, r.updatedAt = $at
       WITH r WHERE r.copies = 0
       DELETE r
       RETURN count(*) AS written`,
      { holdings: holdings.map((h) => ({ ...h, copies: int(h.copies) })), at },
    );
    return holdings.length - (row?.written ?? 0);
  }

  /** Adds one copy to a library's holdings (a purchase catalogued after its return). */
  async addCopy(tx: Tx, libraryId: string, isbn: string, at: string): Promise<void> {
    await tx.run(
      `MATCH (l:Library {id: $libraryId}), (b:Book {isbn: $isbn})
       MERGE (l)-[r:HOLDS]->(b)
       ON CREATE SET r.copies = 0
       SET r.copies = r.copies + 1, r.updatedAt = $at`,
      { libraryId, isbn, at },
    );
  }

  async allianceCopiesInTx(tx: Tx, isbn: string): Promise<number> {
    const [row] = await tx.run<{ copies: number }>(
      'OPTIONAL MATCH (:Library)-[r:HOLDS]->(:Book {isbn: $isbn}) RETURN coalesce(sum(r.copies), 0) AS copies',
      { isbn },
    );
    return row?.copies ?? 0;
  }

  /** The holdings of each book, by library (a bounded list per book). */
  async holdingsOf(isbns: readonly string[]): Promise<HoldingRow[][]> {
    const rows = await this.graph.read<{ isbn: string; holding: HoldingRow }>(
      `MATCH (l:Library)-[r:HOLDS]->(b:Book) WHERE b.isbn IN $isbns
       RETURN b.isbn AS isbn, {libraryId: l.id, libraryName: l.name, copies: r.copies} AS holding ORDER BY l.id`,
      { isbns },
    );
    return isbns.map((isbn) => rows.filter((r) => r.isbn === isbn).map((r) => r.holding));
  }
}

export type { BookKind };
