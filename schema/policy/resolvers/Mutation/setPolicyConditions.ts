import { requireRole } from '../../../../domain/account/access.js';
import { setPolicyConditions as save } from '../../../../services/policy/matching.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const setPolicyConditions: NonNullable<MutationResolvers['setPolicyConditions']> = (
  _parent,
  { policyId, version, conditions },
  ctx,
) => save(ctx, requireRole(ctx, 'LIBRARIAN'), policyId, version, conditions);
