import type { QueryResolvers } from './../../../types.generated.js';
import { getRequest } from '../../../../services/purchase/queries.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const purchaseRequest: NonNullable<QueryResolvers['purchaseRequest']> = (_parent, { id }, ctx) =>
  getRequest(purchaseContext(ctx), signedIn(ctx), id);
