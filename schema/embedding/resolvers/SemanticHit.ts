import type { SemanticHitResolvers } from '../../types.generated.js';

export const SemanticHit: SemanticHitResolvers = {};
