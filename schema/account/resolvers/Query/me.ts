import type { QueryResolvers } from '../../../types.generated.js';

export const me: NonNullable<QueryResolvers['me']> = (_parent, _arg, ctx) =>
  ctx.viewer ? ctx.loaders.accountById.load(ctx.viewer.id) : null;
