import type { MutationResolvers } from './../../../types.generated.js';
import { tillStoreOf } from '../../../../services/purchase/access.js';
import { requestAtStore } from '../../../../services/purchase/requests.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const purchaseAtTill: NonNullable<MutationResolvers['purchaseAtTill']> = async (_parent, { cardNumber, isbn }, ctx) => {
  const actor = signedIn(ctx);
  const storeId = await tillStoreOf(ctx.repos, actor);
  return requestAtStore(purchaseContext(ctx), { storeId, cardNumber, isbn, actor });
};
