import type { BookHoldingResolvers } from './../../types.generated.js';
import { NotFoundError } from '../../../lib/errors.js';

export const BookHolding: BookHoldingResolvers = {
  library: async (parent, _arg, ctx) => {
    const library = await ctx.loaders.libraryById.load(parent.libraryId);
    if (!library) throw NotFoundError('Library', parent.libraryId);
    return library;
  },
};
