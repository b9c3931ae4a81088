import { documentFilter } from '../../filter.js';
import { documentConnection } from '../../list.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const documents: NonNullable<QueryResolvers['documents']> = (_parent, { first, after, filter }, ctx) =>
  documentConnection(ctx, { first, after }, documentFilter(filter));
