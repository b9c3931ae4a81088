import type { z } from 'zod';
import { StoreClient, type StoreClientOptions } from './client.js';
import {
  CatalogueResponse,
  OrderResponse,
  PATHS,
  StoreStatementMessage,
  type CatalogueItem,
  type OrderRequest,
  type StoreStatementMessage as StoreStatement,
} from './protocol.js';
import { HEADER } from './signature.js';

/**
 * The port our services use to talk to a bookstore, and its adapter for online stores (a
 * 京东-like shop: we search its catalogue, place orders, fetch its monthly statement). The
 * in-store channel has no outgoing calls except the statement; its tills call us
 * (`server/http/bookstore-routes.ts`).
 */
export interface BookstorePort {
  readonly storeId: string;
  searchCatalogue(query: { isbn?: string; title?: string }): Promise<CatalogueItem[]>;
  placeOrder(order: OrderRequest): Promise<z.infer<typeof OrderResponse>>;
  fetchStatement(month: string): Promise<StoreStatement>;
}

export class OnlineStoreAdapter implements BookstorePort {
  readonly storeId: string;
  private readonly client: StoreClient;

  constructor(options: StoreClientOptions) {
    this.storeId = options.storeId;
    this.client = new StoreClient(options);
  }

  async searchCatalogue(query: { isbn?: string; title?: string }): Promise<CatalogueItem[]> {
    const params = new URLSearchParams();
    if (query.isbn) params.set('isbn', query.isbn);
    if (query.title) params.set('q', query.title);
    const answer = await this.client.call('GET', `${PATHS.catalogue}?${params.toString()}`, CatalogueResponse);
    return answer.items;
  }

  placeOrder(order: OrderRequest) {
    return this.client.call('POST', PATHS.orders, OrderResponse, order, { [HEADER.idempotencyKey]: order.orderRef });
  }

  fetchStatement(month: string): Promise<StoreStatement> {
    return this.client.call('GET', PATHS.statement(month), StoreStatementMessage);
  }
}
