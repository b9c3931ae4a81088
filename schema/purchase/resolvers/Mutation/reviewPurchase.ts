import type { MutationResolvers } from './../../../types.generated.js';
import { reviewRequest } from '../../../../services/purchase/librarian.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const reviewPurchase: NonNullable<MutationResolvers['reviewPurchase']> = async (_parent, { request, approve, note }, ctx) =>
  (await reviewRequest(purchaseContext(ctx), signedIn(ctx), { requestId: request, approve, note: note ?? null })).request;
