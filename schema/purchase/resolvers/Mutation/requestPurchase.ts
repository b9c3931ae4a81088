import type { MutationResolvers } from './../../../types.generated.js';
import { requireReader } from '../../../../services/purchase/access.js';
import { requestOnline } from '../../../../services/purchase/requests.js';
import { purchaseContext } from '../../helpers.js';

export const requestPurchase: NonNullable<MutationResolvers['requestPurchase']> = (_parent, { isbn, store }, ctx) => {
  const reader = requireReader(ctx.viewer);
  return requestOnline(purchaseContext(ctx), { readerId: reader.id, isbn, storeId: store, actor: reader });
};
