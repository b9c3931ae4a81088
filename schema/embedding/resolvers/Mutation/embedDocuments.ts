import { requireRole } from '../../../../domain/account/access.js';
import type { MutationResolvers } from '../../../types.generated.js';
import { embeddingService } from '../../embedding-service.js';

/** Embedding runs the model for minutes: librarians and admins only. */
export const embedDocuments: NonNullable<MutationResolvers['embedDocuments']> = (_parent, { ids }, ctx) => {
  requireRole(ctx, 'LIBRARIAN');
  const run = embeddingService(ctx).embedDocuments({ ids: ids ?? undefined });
  return { ...run.job };
};
