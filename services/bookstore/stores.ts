import type { BookstoreConfig, BookstoresConfig } from '../../lib/bookstores.js';
import { NotFoundError, UnavailableError, ValidationError } from '../../lib/errors.js';
import { StoreCallError } from '../../purchases/bookstore/client.js';
import { OnlineStoreAdapter, type BookstorePort } from '../../purchases/bookstore/online-store.js';
import type { StoreStatement } from '../../domain/budget/settlement.js';

/** The configured bookstores and their adapters: endpoints and secrets come from `BOOKSTORES`. */

export function storeConfig(config: BookstoresConfig, storeId: string): BookstoreConfig {
  const store = config.stores.find((s) => s.id === storeId);
  if (!store) throw NotFoundError('Bookstore', storeId);
  return store;
}

export function storeAdapter(config: BookstoresConfig, storeId: string): BookstorePort {
  const store = storeConfig(config, storeId);
  if (!store.baseUrl) throw ValidationError(`${store.name}没有可调用的接口地址（baseUrl）`, { storeId });
  return new OnlineStoreAdapter({
    storeId: store.id,
    baseUrl: store.baseUrl,
    secret: store.secret,
    timeoutMs: config.timeoutMs,
    maxAttempts: config.maxAttempts,
  });
}

/** A store's own statement of a month, fetched over its signed API. */
export async function fetchStoreStatement(config: BookstoresConfig, storeId: string, month: string): Promise<StoreStatement> {
  try {
    return await storeAdapter(config, storeId).fetchStatement(month);
  } catch (error) {
    if (error instanceof StoreCallError) throw UnavailableError(`取不到${storeId}的对账单：${error.message}`);
    throw error;
  }
}
