import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The signature both directions use (store → us, us → store): HMAC-SHA256 with the store's shared
 * secret over the method, the path with its query, a Unix timestamp, a one-time nonce and the
 * SHA-256 of the body, newline-separated. A request outside the replay window, or whose nonce was
 * seen within it, is refused (`ReplayGuard`).
 */

export const HEADER = {
  store: 'x-hc-store',
  timestamp: 'x-hc-timestamp',
  nonce: 'x-hc-nonce',
  signature: 'x-hc-signature',
  idempotencyKey: 'idempotency-key',
} as const;

export interface SignedParts {
  method: string;
  /** Path and query as sent, e.g. `/v1/catalogue?isbn=9787…`. */
  path: string;
  timestamp: number;
  nonce: string;
  body: string;
}

export function canonical(parts: SignedParts): string {
  const bodyHash = createHash('sha256').update(parts.body, 'utf8').digest('hex');
  return [parts.method.toUpperCase(), parts.path, String(parts.timestamp), parts.nonce, bodyHash].join('\n');
}

export const sign = (secret: string, parts: SignedParts) => createHmac('sha256', secret).update(canonical(parts), 'utf8').digest('hex');

/** Headers for a request to or from `storeId`, signed now. */
export function signedHeaders(
  secret: string,
  storeId: string,
  request: { method: string; path: string; body: string },
  now: Date,
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  const nonce = randomBytes(16).toString('hex');
  return {
    [HEADER.store]: storeId,
    [HEADER.timestamp]: String(timestamp),
    [HEADER.nonce]: nonce,
    [HEADER.signature]: sign(secret, { ...request, timestamp, nonce }),
  };
}

export type VerifyFailure = 'MISSING_HEADERS' | 'UNKNOWN_STORE' | 'BAD_SIGNATURE' | 'STALE_TIMESTAMP' | 'REPLAYED_NONCE';

export const VERIFY_MESSAGES: Record<VerifyFailure, string> = {
  MISSING_HEADERS: '请求缺少签名头（x-hc-store、x-hc-timestamp、x-hc-nonce、x-hc-signature）',
  UNKNOWN_STORE: '未登记的书店',
  BAD_SIGNATURE: '签名不符',
  STALE_TIMESTAMP: '请求时间超出允许的时间窗口',
  REPLAYED_NONCE: '重复的请求（nonce 已使用过）',
};

/**
 * Where spent nonces are kept for the replay window. The service keeps them in the graph (one
 * node per store and nonce under a uniqueness constraint: a replay is refused after a restart and
 * by any other process on the same graph); `ReplayGuard` keeps them in memory (the fake stores).
 */
export interface NonceStore {
  readonly windowSeconds: number;
  /** True the first time `key` is offered before `expiresAtSeconds`; false for a replay. */
  accept(key: string, nowSeconds: number, expiresAtSeconds: number): Promise<boolean> | boolean;
}

/** A nonce is kept for twice the window: a request is accepted up to a window early or late. */
export const nonceExpiry = (nowSeconds: number, windowSeconds: number) => nowSeconds + 2 * windowSeconds;

/** Nonces in this process's memory: enough for a fake store, not for the service (a restart forgets them). */
export class ReplayGuard implements NonceStore {
  private readonly seen = new Map<string, number>();

  constructor(readonly windowSeconds: number) {}

  accept(key: string, nowSeconds: number, expiresAtSeconds: number): boolean {
    if (this.seen.size > 10_000) this.prune(nowSeconds);
    const expiry = this.seen.get(key);
    if (expiry !== undefined && expiry > nowSeconds) return false;
    this.seen.set(key, expiresAtSeconds);
    return true;
  }

  private prune(nowSeconds: number): void {
    for (const [key, expiry] of this.seen) if (expiry <= nowSeconds) this.seen.delete(key);
  }
}

export interface IncomingRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const header = (headers: IncomingRequest['headers'], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Checks a signed request; returns the store's id, or why it is refused. The nonce is spent only by a valid signature. */
export async function verifySignedRequest(
  request: IncomingRequest,
  secretOf: (storeId: string) => string | null,
  guard: NonceStore,
  now: Date,
): Promise<{ ok: true; storeId: string } | { ok: false; failure: VerifyFailure }> {
  const storeId = header(request.headers, HEADER.store);
  const timestampText = header(request.headers, HEADER.timestamp);
  const nonce = header(request.headers, HEADER.nonce);
  const signature = header(request.headers, HEADER.signature);
  if (!storeId || !timestampText || !nonce || !signature || !/^\d{1,12}$/.test(timestampText))
    return { ok: false, failure: 'MISSING_HEADERS' };
  const secret = secretOf(storeId);
  if (!secret) return { ok: false, failure: 'UNKNOWN_STORE' };
  const timestamp = Number(timestampText);
  const expected = Buffer.from(sign(secret, { method: request.method, path: request.path, timestamp, nonce, body: request.body }), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/i.test(signature) ? signature : '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, failure: 'BAD_SIGNATURE' };
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > guard.windowSeconds) return { ok: false, failure: 'STALE_TIMESTAMP' };
  if (!(await guard.accept(`${storeId}:${nonce}`, nowSeconds, nonceExpiry(nowSeconds, guard.windowSeconds))))
    return { ok: false, failure: 'REPLAYED_NONCE' };
  return { ok: true, storeId };
}
