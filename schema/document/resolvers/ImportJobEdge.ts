import type { ImportJobEdgeResolvers } from '../../types.generated.js';

export const ImportJobEdge: ImportJobEdgeResolvers = {};
