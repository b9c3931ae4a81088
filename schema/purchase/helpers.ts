import DataLoader from 'dataloader';
import type { BookRecord, PurchaseRequestRecord, StoreRecord, TransitionRecord } from '../../domain/purchase/types.js';
import type { HoldingRow } from '../../graph/repositories/purchase/books.js';
import type { PurchaseContext } from '../../services/purchase/context.js';
import { requireSignedIn } from '../../services/purchase/access.js';
import type { RequestContext } from '../context.js';

/** The purchase use cases' context for this request: its repositories, the app's clock and mailer. */
export const purchaseContext = (ctx: RequestContext): PurchaseContext => ({
  repos: ctx.repos,
  clock: ctx.services.clock,
  mailer: ctx.services.mailer ?? null,
  onOrderQueued: ctx.services.onOrderQueued,
});

export const signedIn = (ctx: RequestContext) => requireSignedIn(ctx.viewer);

interface PurchaseLoaders {
  bookByIsbn: DataLoader<string, BookRecord | null>;
  holdings: DataLoader<string, HoldingRow[]>;
  timeline: DataLoader<string, TransitionRecord[]>;
  requestById: DataLoader<string, PurchaseRequestRecord | null>;
  storeById: DataLoader<string, StoreRecord | null>;
}

const LOADERS = new WeakMap<RequestContext, PurchaseLoaders>();

/** Per-request batching of the purchase relations (one UNWIND query per kind, like schema/loaders.ts). */
export function purchaseLoaders(ctx: RequestContext): PurchaseLoaders {
  let loaders = LOADERS.get(ctx);
  if (!loaders) {
    const { books, requests } = ctx.repos.purchase;
    loaders = {
      bookByIsbn: new DataLoader((isbns) => books.byIsbns(isbns)),
      holdings: new DataLoader((isbns) => books.holdingsOf(isbns)),
      timeline: new DataLoader((ids) => requests.transitionsOf(ids)),
      requestById: new DataLoader((ids) => requests.byIds(ids)),
      storeById: new DataLoader(async (ids) => {
        const stores = await ctx.repos.purchase.stores.list();
        return ids.map((id) => stores.find((s) => s.id === id) ?? null);
      }),
    };
    LOADERS.set(ctx, loaders);
  }
  return loaders;
}
