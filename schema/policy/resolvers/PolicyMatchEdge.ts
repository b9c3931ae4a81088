import type { PolicyMatchEdgeResolvers } from '../../types.generated.js';

export const PolicyMatchEdge: PolicyMatchEdgeResolvers = {};
