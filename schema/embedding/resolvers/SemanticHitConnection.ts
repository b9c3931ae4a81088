import type { SemanticHitConnectionResolvers } from '../../types.generated.js';

export const SemanticHitConnection: SemanticHitConnectionResolvers = {};
