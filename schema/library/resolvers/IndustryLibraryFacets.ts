import type { IndustryLibraryFacetsResolvers } from './../../types.generated.js';
export const IndustryLibraryFacets: IndustryLibraryFacetsResolvers = {/* Implement IndustryLibraryFacets resolver logic here */};
