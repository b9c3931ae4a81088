import type { QueryResolvers } from './../../../types.generated.js';
import { toIsbn13 } from '../../../../lib/isbn.js';
import { purchaseLoaders } from '../../helpers.js';

export const purchaseBook: NonNullable<QueryResolvers['purchaseBook']> = (_parent, { isbn }, ctx) =>
  purchaseLoaders(ctx).bookByIsbn.load(toIsbn13(isbn));
