import type { DocumentSearchHitResolvers } from '../../types.generated.js';
export const DocumentSearchHit: DocumentSearchHitResolvers = {/* Implement DocumentSearchHit resolver logic here */};
