import type { SearchResultsResolvers } from '../../types.generated.js';
export const SearchResults: SearchResultsResolvers = {/* Implement SearchResults resolver logic here */};
