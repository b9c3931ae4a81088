import type { IndustryLibraryCountsResolvers } from './../../types.generated.js';
export const IndustryLibraryCounts: IndustryLibraryCountsResolvers = {/* Implement IndustryLibraryCounts resolver logic here */};
