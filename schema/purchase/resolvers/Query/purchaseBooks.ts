import type { QueryResolvers } from './../../../types.generated.js';
import { searchBooks } from '../../../../services/purchase/books.js';
import { purchaseContext } from '../../helpers.js';

export const purchaseBooks: NonNullable<QueryResolvers['purchaseBooks']> = (_parent, { query, first, after }, ctx) =>
  searchBooks(purchaseContext(ctx), query, { first, after });
