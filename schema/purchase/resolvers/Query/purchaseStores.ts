import type { QueryResolvers } from './../../../types.generated.js';

export const purchaseStores: NonNullable<QueryResolvers['purchaseStores']> = (_parent, _arg, ctx) => ctx.repos.purchase.stores.list();
