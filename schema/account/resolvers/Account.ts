import type { AccountResolvers } from '../../types.generated.js';

export const Account: AccountResolvers = {
  email: (parent, _arg, ctx) => (ctx.viewer && (ctx.viewer.id === parent.id || ctx.viewer.role === 'ADMIN') ? parent.email : null),
  library: (parent, _arg, ctx) => (parent.libraryId ? ctx.loaders.libraryById.load(parent.libraryId) : null),
};
