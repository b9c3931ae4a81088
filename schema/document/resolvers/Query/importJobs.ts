import { ValidationError } from '../../../../lib/errors.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const importJobs: NonNullable<QueryResolvers['importJobs']> = (_parent, { first }, ctx) => {
  const limit = first ?? 20;
  if (limit < 0 || limit > 200) throw ValidationError('first must be between 0 and 200', { first: limit });
  return ctx.repos.documents.batches(limit);
};
