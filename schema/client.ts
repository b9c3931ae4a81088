import type { RequestContext } from './context.js';

/** Who is asking, for fair shares of shared work (the embedding queue): the account, else the client IP. */
export const clientOf = (ctx: Pick<RequestContext, 'viewer' | 'http'>): string =>
  ctx.viewer ? `account:${ctx.viewer.id}` : `ip:${ctx.http.ip}`;
