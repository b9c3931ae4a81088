import type { LibraryCardResolvers } from './../../types.generated.js';
import { NotFoundError } from '../../../lib/errors.js';

export const LibraryCard: LibraryCardResolvers = {
  homeLibrary: async (parent, _arg, ctx) => {
    const library = await ctx.loaders.libraryById.load(parent.homeLibraryId);
    if (!library) throw NotFoundError('Library', parent.homeLibraryId);
    return library;
  },
};
