import type { QueryResolvers } from './../../../types.generated.js';
import { myMessages } from '../../../../services/purchase/queries.js';
import { purchaseContext } from '../../helpers.js';

export const myPurchaseMessages: NonNullable<QueryResolvers['myPurchaseMessages']> = (_parent, { first, after }, ctx) =>
  myMessages(purchaseContext(ctx), ctx.viewer, { first, after });
