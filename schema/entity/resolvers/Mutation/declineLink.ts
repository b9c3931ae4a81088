import { requireRole } from '../../../../domain/account/access.js';
import { declineLink as decline } from '../../../../services/entity/links.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const declineLink: NonNullable<MutationResolvers['declineLink']> = (_parent, { input }, ctx) =>
  decline(ctx.repos, requireRole(ctx, 'LIBRARIAN'), input);
