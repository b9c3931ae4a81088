import type { SearchKind } from '../../../domain/explore/types.js';
import type { Loaders } from '../../loaders.js';
import type { SearchEdgeResolvers } from '../../types.generated.js';

const ENTITY_LOADER: Partial<Record<SearchKind, keyof Pick<Loaders, 'personById' | 'organizationById' | 'projectById'>>> = {
  Person: 'personById',
  Organization: 'organizationById',
  Project: 'projectById',
};

export const SearchEdge: SearchEdgeResolvers = {
  node: (edge) => edge.node.node,
  score: (edge) => edge.node.score,
  // Loaded only when asked (one batched statement for the page), not read with every hit.
  entity: async ({ node: { kind, node } }, _arg, ctx) => {
    const loader = ENTITY_LOADER[kind];
    const record = loader ? await ctx.loaders[loader].load(node.key) : null;
    return record ? { ...record, __typename: record.entityType } : null;
  },
};
