import type { QueryResolvers } from './../../../types.generated.js';
import { storeRequests } from '../../../../services/purchase/queries.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const storePurchaseRequests: NonNullable<QueryResolvers['storePurchaseRequests']> = (_parent, { first, after }, ctx) =>
  storeRequests(purchaseContext(ctx), signedIn(ctx), { first, after });
