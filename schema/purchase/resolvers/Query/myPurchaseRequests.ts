import type { QueryResolvers } from './../../../types.generated.js';
import { myRequests } from '../../../../services/purchase/queries.js';
import { purchaseContext } from '../../helpers.js';

export const myPurchaseRequests: NonNullable<QueryResolvers['myPurchaseRequests']> = (_parent, { first, after }, ctx) =>
  myRequests(purchaseContext(ctx), ctx.viewer, { first, after });
