import type { PurchaseRequestResolvers } from './../../types.generated.js';
import { STATUS_LABELS } from '../../../domain/purchase/lifecycle.js';
import { NotFoundError } from '../../../lib/errors.js';
import { purchaseLoaders } from '../helpers.js';

export const PurchaseRequest: PurchaseRequestResolvers = {
  book: (parent, _arg, ctx) => purchaseLoaders(ctx).bookByIsbn.load(parent.isbn),
  statusLabel: (parent) => STATUS_LABELS[parent.status],
  store: (parent, _arg, ctx) => (parent.storeId ? purchaseLoaders(ctx).storeById.load(parent.storeId) : null),
  library: async (parent, _arg, ctx) => {
    const library = await ctx.loaders.libraryById.load(parent.libraryId);
    if (!library) throw NotFoundError('Library', parent.libraryId);
    return library;
  },
  timeline: (parent, _arg, ctx) => purchaseLoaders(ctx).timeline.load(parent.id),
};
