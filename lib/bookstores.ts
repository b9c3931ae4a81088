import { z } from 'zod';

/**
 * Partner bookstores, from `BOOKSTORES` (a JSON array): in-store tills (channel STORE, 新华书店: the till calls us)
 * and online stores (we call their `baseUrl`). Each shares an HMAC secret with us; the statement
 * discount is in basis points (1500 = 15 % off the month's net sales).
 */

export interface BookstoreConfig {
  id: string;
  name: string;
  channel: 'STORE' | 'ONLINE';
  /** Where we call an online store (catalogue, orders, statements); the in-store system's statement endpoint, if it has one. */
  baseUrl: string | null;
  secret: string;
  discountBasisPoints: number;
}

export interface BookstoresConfig {
  stores: BookstoreConfig[];
  /** Whole-request timeout of one outgoing call. */
  timeoutMs: number;
  /** Tries of one outgoing call before it waits in the outbox. */
  maxAttempts: number;
  /** A signed request older or newer than this is refused; its nonce is remembered this long. */
  replayWindowSeconds: number;
  /** How often `hechuang start` retries what waits in the outbox. */
  outboxIntervalMs: number;
}

const StoreSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and -'),
  name: z.string().min(1),
  channel: z.enum(['STORE', 'ONLINE']),
  baseUrl: z.string().url().nullable().default(null),
  secret: z.string().min(16, 'expected a shared secret of 16 characters or more'),
  discountBasisPoints: z.number().int().min(0).max(10_000).default(0),
});

/** Parses `BOOKSTORES`; returns the problems instead of throwing so `loadConfig` can report them with the others. */
export function parseBookstores(json: string): { stores: BookstoreConfig[] } | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { problems: [`BOOKSTORES: expected a JSON array of stores (${(error as Error).message})`] };
  }
  const parsed = z
    .array(StoreSchema)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'store ids must be unique')
    .refine((list) => list.every((s) => s.channel !== 'ONLINE' || s.baseUrl), 'an ONLINE store needs a baseUrl')
    .safeParse(value);
  if (!parsed.success)
    return { problems: parsed.error.issues.map((i) => `BOOKSTORES${i.path.length ? `[${i.path.join('.')}]` : ''}: ${i.message}`) };
  return { stores: parsed.data };
}

export const DEFAULT_BOOKSTORES: BookstoresConfig = {
  stores: [],
  timeoutMs: 5_000,
  maxAttempts: 4,
  replayWindowSeconds: 300,
  outboxIntervalMs: 10_000,
};
