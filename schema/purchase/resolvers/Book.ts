import type { BookResolvers } from './../../types.generated.js';
import { hyphenatedIsbn } from '../../../lib/isbn.js';
import { purchaseLoaders } from '../helpers.js';

export const Book: BookResolvers = {
  isbnHyphenated: (parent) => hyphenatedIsbn(parent.isbn),
  holdings: (parent, _arg, ctx) => purchaseLoaders(ctx).holdings.load(parent.isbn),
  allianceCopies: async (parent, _arg, ctx) =>
    (await purchaseLoaders(ctx).holdings.load(parent.isbn)).reduce((sum, h) => sum + h.copies, 0),
};
