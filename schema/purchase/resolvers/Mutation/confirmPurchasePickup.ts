import type { MutationResolvers } from './../../../types.generated.js';
import { applyStoreEvent } from '../../../../services/purchase/requests.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const confirmPurchasePickup: NonNullable<MutationResolvers['confirmPurchasePickup']> = async (_parent, { request }, ctx) =>
  (await applyStoreEvent(purchaseContext(ctx), { requestId: request, event: 'PICKED_UP', actor: signedIn(ctx) })).request;
