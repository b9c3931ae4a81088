import { requireRole } from '../../../../domain/account/access.js';
import { crawlService } from '../../crawl-service.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const setSourceEnabled: NonNullable<MutationResolvers['setSourceEnabled']> = (_parent, { id, enabled, reason }, ctx) =>
  crawlService(ctx).setEnabled(id, enabled, reason?.trim() || null, requireRole(ctx, 'LIBRARIAN'));
