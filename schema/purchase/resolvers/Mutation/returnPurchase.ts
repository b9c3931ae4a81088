import type { MutationResolvers } from './../../../types.generated.js';
import { returnBook } from '../../../../services/purchase/librarian.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const returnPurchase: NonNullable<MutationResolvers['returnPurchase']> = async (_parent, { request }, ctx) =>
  (await returnBook(purchaseContext(ctx), signedIn(ctx), request)).request;
