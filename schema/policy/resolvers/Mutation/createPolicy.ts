import { requireRole } from '../../../../domain/account/access.js';
import { createPolicy as create } from '../../../../services/policy/curation.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const createPolicy: NonNullable<MutationResolvers['createPolicy']> = (_parent, { input }, ctx) =>
  create(ctx, requireRole(ctx, 'LIBRARIAN'), input);
