import type { QueryResolvers } from '../../../types.generated.js';
import { ValidationError } from '../../../../lib/errors.js';
import { embeddingService } from '../../embedding-service.js';

export const MAX_SEMANTIC_HITS = 100;

export const semanticSearch: NonNullable<QueryResolvers['semanticSearch']> = (_parent, { query, limit }, ctx) => {
  const text = query.trim();
  if (!text) throw ValidationError('the query is empty', { field: 'query' });
  const count = limit ?? 10;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SEMANTIC_HITS) {
    throw ValidationError(`limit must be between 1 and ${MAX_SEMANTIC_HITS}`, { field: 'limit', limit: count });
  }
  return embeddingService(ctx).search(text, count);
};
