import type { QueryResolvers } from './../../../types.generated.js';
import { libraryRequests } from '../../../../services/purchase/queries.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const purchaseRequests: NonNullable<QueryResolvers['purchaseRequests']> = (_parent, { library, statuses, first, after }, ctx) =>
  libraryRequests(purchaseContext(ctx), signedIn(ctx), library, statuses ?? null, { first, after });
