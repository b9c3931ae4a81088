import { requireRole } from '../../../../domain/account/access.js';
import { acceptLink as accept } from '../../../../services/entity/links.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const acceptLink: NonNullable<MutationResolvers['acceptLink']> = (_parent, { input }, ctx) =>
  accept(ctx.repos, requireRole(ctx, 'LIBRARIAN'), input);
