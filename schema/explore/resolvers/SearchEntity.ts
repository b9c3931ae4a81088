import type { SearchEntityResolvers } from '../../types.generated.js';

export const SearchEntity: SearchEntityResolvers = {
  __resolveType: (parent) => parent.entityType,
};
