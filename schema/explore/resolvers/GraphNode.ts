import type { GraphNodeResolvers } from '../../types.generated.js';

export const GraphNode: GraphNodeResolvers = {
  id: (parent) => parent.key,
  kind: (parent) => parent.kind,
};
