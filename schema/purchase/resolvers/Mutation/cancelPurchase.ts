import type { MutationResolvers } from './../../../types.generated.js';
import { cancelRequest } from '../../../../services/purchase/librarian.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const cancelPurchase: NonNullable<MutationResolvers['cancelPurchase']> = async (_parent, { request, reason }, ctx) =>
  (await cancelRequest(purchaseContext(ctx), signedIn(ctx), { requestId: request, reason: reason ?? null })).request;
