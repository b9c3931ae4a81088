import type { QueryResolvers } from './../../../types.generated.js';
import { checkTillEligibility } from '../../../../services/purchase/eligibility.js';
import { purchaseContext } from '../../helpers.js';

export const tillEligibility: NonNullable<QueryResolvers['tillEligibility']> = (_parent, { cardNumber, isbn }, ctx) =>
  checkTillEligibility(purchaseContext(ctx), ctx.viewer, { cardNumber, isbn });
