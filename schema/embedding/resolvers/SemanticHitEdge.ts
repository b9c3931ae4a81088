import type { SemanticHitEdgeResolvers } from '../../types.generated.js';

export const SemanticHitEdge: SemanticHitEdgeResolvers = {};
