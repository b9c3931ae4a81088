import type { NeighbourhoodResolvers } from '../../types.generated.js';
export const Neighbourhood: NeighbourhoodResolvers = {/* Implement Neighbourhood resolver logic here */};
