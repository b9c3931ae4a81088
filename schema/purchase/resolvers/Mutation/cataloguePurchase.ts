import type { MutationResolvers } from './../../../types.generated.js';
import { catalogueBook } from '../../../../services/purchase/librarian.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const cataloguePurchase: NonNullable<MutationResolvers['cataloguePurchase']> = async (_parent, { request }, ctx) =>
  (await catalogueBook(purchaseContext(ctx), signedIn(ctx), request)).request;
