import type { SearchEdgeResolvers } from '../../types.generated.js';

export const SearchEdge: SearchEdgeResolvers = {
  node: (edge) => edge.node.node,
  score: (edge) => edge.node.score,
  entity: ({ node: { record } }) => (record ? { ...record, __typename: record.entityType } : null),
};
