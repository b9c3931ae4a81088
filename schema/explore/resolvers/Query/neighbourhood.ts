import { neighbourhood as explore } from '../../../../services/explore/explore.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const neighbourhood: NonNullable<QueryResolvers['neighbourhood']> = (_parent, { id, hops, limit }, ctx) =>
  explore(ctx.repos, id, hops, limit);
