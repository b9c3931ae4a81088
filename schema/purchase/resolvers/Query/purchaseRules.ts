import type { QueryResolvers } from './../../../types.generated.js';
import { getRules } from '../../../../services/purchase/rules.js';
import { purchaseContext } from '../../helpers.js';

export const purchaseRules: NonNullable<QueryResolvers['purchaseRules']> = (_parent, { library }, ctx) =>
  getRules(purchaseContext(ctx), library);
