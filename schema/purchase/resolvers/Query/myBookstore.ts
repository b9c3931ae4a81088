import type { QueryResolvers } from './../../../types.generated.js';

export const myBookstore: NonNullable<QueryResolvers['myBookstore']> = (_parent, _arg, ctx) =>
  ctx.viewer?.role === 'BOOKSTORE' ? ctx.repos.purchase.stores.storeOfStaff(ctx.viewer.id) : null;
