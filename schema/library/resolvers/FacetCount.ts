import type { FacetCountResolvers } from './../../types.generated.js';
export const FacetCount: FacetCountResolvers = {/* Implement FacetCount resolver logic here */};
