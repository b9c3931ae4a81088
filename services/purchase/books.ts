import { offsetAfter, offsetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { plainTextQuery } from '../../lib/fulltext.js';
import type { BookRecord } from '../../domain/purchase/types.js';
import { tryIsbn13 } from '../../lib/isbn.js';
import type { PurchaseContext } from './context.js';

/** Books by ISBN (any form) or by title, author or publisher words, best match first. */
export async function searchBooks(
  ctx: PurchaseContext,
  query: string,
  page: { first?: number | null; after?: string | null },
): Promise<Connection<BookRecord>> {
  const first = pageSize(page.first);
  const offset = offsetAfter(page.after);
  const text = query.trim();
  if (!text) return offsetConnection([], offset, false);
  const isbn = tryIsbn13(text);
  if (isbn) {
    const [book] = await ctx.repos.purchase.books.byIsbns([isbn]);
    return offsetConnection(book && offset === 0 ? [book] : [], offset, false);
  }
  const { items, hasNextPage } = await ctx.repos.purchase.books.search(plainTextQuery(text), offset, first);
  return offsetConnection(items, offset, hasNextPage);
}
