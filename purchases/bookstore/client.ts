import type { z } from 'zod';
import { HEADER, signedHeaders } from './signature.js';
import { describeIssues } from './protocol.js';

/**
 * Our signed calls to a bookstore: a whole-request timeout, and retries with exponential backoff
 * and full jitter on network errors, timeouts, 5xx and 429 (Retry-After honoured up to the cap).
 * Orders carry an Idempotency-Key (our request id), so a retry after a lost answer places nothing
 * twice. A call that still fails is `StoreCallError` with `transient` telling the outbox whether
 * to wait and try again (the store is down) or to give up (the store refused).
 */

export class StoreCallError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'StoreCallError';
  }
}

export interface StoreClientOptions {
  storeId: string;
  baseUrl: string;
  secret: string;
  timeoutMs: number;
  maxAttempts: number;
  /** First backoff step; doubles per attempt (default 200 ms), capped by `maxBackoffMs`. */
  backoffBaseMs?: number;
  maxBackoffMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export function backoff(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class StoreClient {
  constructor(private readonly options: StoreClientOptions) {}

  async call<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<T> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const o = this.options;
    const now = o.now ?? (() => new Date());
    const sleep = o.sleep ?? defaultSleep;
    let last: StoreCallError | undefined;
    for (let attempt = 1; attempt <= o.maxAttempts; attempt += 1) {
      let waitMs = backoff(attempt, o.backoffBaseMs ?? 200, o.maxBackoffMs ?? 5_000);
      try {
        const response = await fetch(new URL(path, o.baseUrl), {
          method,
          headers: {
            ...(text ? { 'content-type': 'application/json' } : {}),
            ...extraHeaders,
            ...signedHeaders(o.secret, o.storeId, { method, path, body: text }, now()),
          },
          body: text || undefined,
          signal: AbortSignal.timeout(o.timeoutMs),
        });
        const answer = await response.text();
        if (response.ok) {
          let json: unknown;
          try {
            json = JSON.parse(answer);
          } catch {
            throw new StoreCallError(`${o.storeId} 返回了无法解析的应答`, false, response.status);
          }
          const parsed = schema.safeParse(json);
          if (!parsed.success)
            throw new StoreCallError(`${o.storeId} 的应答不符合协议：${describeIssues(parsed.error)}`, false, response.status);
          return parsed.data;
        }
        const transient = response.status >= 500 || response.status === 429 || response.status === 408;
        last = new StoreCallError(`${o.storeId} 应答 HTTP ${response.status}：${answer.slice(0, 200)}`, transient, response.status);
        if (!transient) throw last;
        const retryAfter = Number(response.headers.get('retry-after'));
        if (Number.isFinite(retryAfter) && retryAfter > 0) waitMs = Math.min(retryAfter * 1000, o.maxBackoffMs ?? 5_000);
      } catch (error) {
        if (error instanceof StoreCallError) {
          if (!error.transient) throw error;
          last = error;
        } else {
          const reason = (error as Error).name === 'TimeoutError' ? `超时（${o.timeoutMs} ms）` : (error as Error).message;
          last = new StoreCallError(`${o.storeId} 无法连接：${reason}`, true, null);
        }
      }
      if (attempt < o.maxAttempts) await sleep(waitMs);
    }
    throw last ?? new StoreCallError(`${o.storeId} 无法连接`, true, null);
  }
}

export { HEADER };
