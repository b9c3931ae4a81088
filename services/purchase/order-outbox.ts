import type { PurchaseRequestRecord } from '../../domain/purchase/types.js';
import type { Tx } from '../../graph/driver.js';
import type { OrderRequest } from '../../purchases/bookstore/protocol.js';
import { nowOf, type PurchaseContext } from './context.js';

export const orderMessageKey = (requestId: string) => `ORDER:${requestId}`;

/**
 * An approved online request's PLACE_ORDER message, written in the approval's own transaction:
 * the approval and its order commit together or not at all, and the outbox
 * (services/bookstore/outbox.ts) sends it after the commit. Once per request (by key).
 */
export async function queueOrderInTx(ctx: PurchaseContext, tx: Tx, request: PurchaseRequestRecord): Promise<void> {
  if (request.channel !== 'ONLINE' || !request.storeId) return;
  const [reader] = await ctx.repos.accounts.byIds([request.readerId]);
  const payload: OrderRequest = {
    orderRef: request.id,
    isbn: request.isbn,
    priceFen: request.priceFen,
    deliverTo: { name: reader?.displayName ?? request.cardNumber },
  };
  await ctx.repos.storeMessages.enqueue(tx, {
    key: orderMessageKey(request.id),
    storeId: request.storeId,
    kind: 'PLACE_ORDER',
    requestId: request.id,
    payload: JSON.stringify(payload),
    at: nowOf(ctx),
  });
}
