import { ValidationError } from '../../../../lib/errors.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const crawlRuns: NonNullable<QueryResolvers['crawlRuns']> = (_parent, { source, limit }, ctx) => {
  const count = limit ?? 20;
  if (!Number.isInteger(count) || count < 1 || count > 200) throw ValidationError('limit must be between 1 and 200', { limit: count });
  return ctx.repos.crawlRuns.list({ sourceId: source ?? null, limit: count });
};
