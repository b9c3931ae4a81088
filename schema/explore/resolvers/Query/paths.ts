import { paths as explore } from '../../../../services/explore/explore.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const paths: NonNullable<QueryResolvers['paths']> = (_parent, { from, to, maxHops }, ctx) => explore(ctx.repos, from, to, maxHops);
