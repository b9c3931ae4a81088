import type { QueryResolvers } from './../../../types.generated.js';
import { checkMyEligibility } from '../../../../services/purchase/eligibility.js';
import { purchaseContext } from '../../helpers.js';

export const purchaseEligibility: NonNullable<QueryResolvers['purchaseEligibility']> = (_parent, { isbn, channel }, ctx) =>
  checkMyEligibility(purchaseContext(ctx), ctx.viewer, { isbn, channel: channel ?? 'ONLINE' });
