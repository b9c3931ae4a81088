import type { PendingLinkEdgeResolvers } from '../../types.generated.js';

export const PendingLinkEdge: PendingLinkEdgeResolvers = {};
