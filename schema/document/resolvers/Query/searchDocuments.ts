import { documentFilter } from '../../filter.js';
import { documentSearchResult } from '../../list.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const searchDocuments: NonNullable<QueryResolvers['searchDocuments']> = (_parent, { query, mode, first, after, filter }, ctx) =>
  documentSearchResult(ctx, { query, mode, first, after }, documentFilter(filter));
