import { MAX_QUERY_CHARS } from '../../../../services/embedding/service.js';
import { clientOf } from '../../../client.js';
import { offsetConnection, pageSize } from '../../../../lib/connection.js';
import { ValidationError } from '../../../../lib/errors.js';
import type { QueryResolvers } from '../../../types.generated.js';
import { embeddingService } from '../../embedding-service.js';

/** The best `first` hits (one more is read to tell whether more follow). */
export const semanticSearch: NonNullable<QueryResolvers['semanticSearch']> = async (_parent, { query, first }, ctx) => {
  const text = query.trim();
  if (!text) throw ValidationError('the query is empty', { field: 'query' });
  if (text.length > MAX_QUERY_CHARS) throw ValidationError(`query: at most ${MAX_QUERY_CHARS} characters`, { field: 'query' });
  const count = pageSize(first, 10);
  const hits = await embeddingService(ctx).search(text, count + 1, clientOf(ctx));
  return offsetConnection(hits.slice(0, count), 0, hits.length > count);
};
