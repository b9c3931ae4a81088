import type { MutationResolvers } from './../../../types.generated.js';
import { markMessagesRead } from '../../../../services/purchase/queries.js';
import { purchaseContext } from '../../helpers.js';

export const markPurchaseMessagesRead: NonNullable<MutationResolvers['markPurchaseMessagesRead']> = (_parent, _arg, ctx) =>
  markMessagesRead(purchaseContext(ctx), ctx.viewer);
