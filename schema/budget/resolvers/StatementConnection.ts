import type { StatementConnectionResolvers } from './../../types.generated.js';

export const StatementConnection: StatementConnectionResolvers = {
  totalCount: (c) => c.totalCount ?? c.edges.length,
};
