import type { QueryResolvers } from './../../../types.generated.js';
import { myQuota } from '../../../../services/purchase/queries.js';
import { purchaseContext } from '../../helpers.js';

export const myPurchaseQuota: NonNullable<QueryResolvers['myPurchaseQuota']> = (_parent, _arg, ctx) =>
  myQuota(purchaseContext(ctx), ctx.viewer);
