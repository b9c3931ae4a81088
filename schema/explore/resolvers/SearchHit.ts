import type { SearchHitResolvers } from '../../types.generated.js';
export const SearchHit: SearchHitResolvers = {/* Implement SearchHit resolver logic here */};
