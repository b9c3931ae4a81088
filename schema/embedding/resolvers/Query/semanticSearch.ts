import { offsetConnection, pageSize } from '../../../../lib/connection.js';
import { ValidationError } from '../../../../lib/errors.js';
import type { QueryResolvers } from '../../../types.generated.js';
import { embeddingService } from '../../embedding-service.js';

/** The best `first` hits (one more is read to tell whether more follow). */
export const semanticSearch: NonNullable<QueryResolvers['semanticSearch']> = async (_parent, { query, first }, ctx) => {
  const text = query.trim();
  if (!text) throw ValidationError('the query is empty', { field: 'query' });
  const count = pageSize(first, 10);
  const hits = await embeddingService(ctx).search(text, count + 1);
  return offsetConnection(hits.slice(0, count), 0, hits.length > count);
};
