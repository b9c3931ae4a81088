import type { MutationResolvers } from './../../../types.generated.js';
import { embeddingService } from '../../embedding-service.js';

export const embedDocuments: NonNullable<MutationResolvers['embedDocuments']> = (_parent, { ids }, ctx) => {
  const run = embeddingService(ctx).embedDocuments({ ids: ids ?? undefined });
  return { ...run.job };
};
