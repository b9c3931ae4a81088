import { requireRole } from '../../../../domain/account/access.js';
import { pendingLinks as pending } from '../../../../services/entity/links.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const pendingLinks: NonNullable<QueryResolvers['pendingLinks']> = (_parent, { first, after }, ctx) =>
  pending(ctx.repos, requireRole(ctx, 'LIBRARIAN'), { first, after });
