import { requireRole } from '../../../../domain/account/access.js';
import { crawlService } from '../../crawl-service.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const removeSource: NonNullable<MutationResolvers['removeSource']> = (_parent, { id }, ctx) =>
  crawlService(ctx).removeSource(id, requireRole(ctx, 'LIBRARIAN'));
