import { setTimeout as sleep } from 'node:timers/promises';
import robotsParserModule from 'robots-parser';
import { systemClock, type Clock } from '../../lib/clock.js';
import { decodeBody } from './charset.js';
import { FetchError } from './errors.js';
import { HostLimiter } from './limiter.js';
import { fetch as undiciFetch, type Agent, type Response as UndiciResponse } from 'undici';
import { checkUrlHost, guardedAgent, parseAllowList, refused, type AddressAllowList } from './address-guard.js';

// robots-parser is CommonJS (`module.exports = fn`); its types declare an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

export interface FetcherOptions {
  userAgent: string;
  /** Whole request: connecting, headers and body. */
  timeoutMs: number;
  maxRedirects: number;
  maxBodyBytes: number;
  globalConcurrency: number;
  perHostConcurrency: number;
  perHostIntervalMs: number;
  /** Retries of one request after network errors and 5xx (exponential backoff with jitter). */
  retries: number;
  retryBaseMs: number;
  /** A Retry-After up to this long is waited out; a longer one fails the fetch with `retryAt`. */
  maxRetryAfterMs: number;
  robotsTtlMs: number;
  /** "Now" for Retry-After dates and the robots.txt cache (request spacing uses a monotonic timer). */
  clock: Clock;
  /** Host names, addresses and CIDR ranges that may be fetched although not public (intranet sources, test fixtures). */
  allowPrivate: readonly string[];
}

export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  userAgent: 'HechuangBot/0.1 (+https://github.com/hechuang; Jiaxing public digital library maker-space crawler)',
  timeoutMs: 20_000,
  maxRedirects: 5,
  maxBodyBytes: 5 * 1024 * 1024,
  globalConcurrency: 32,
  perHostConcurrency: 2,
  perHostIntervalMs: 500,
  retries: 2,
  retryBaseMs: 1_000,
  maxRetryAfterMs: 30_000,
  robotsTtlMs: 60 * 60 * 1000,
  clock: systemClock,
  allowPrivate: [],
};

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export type FetchResult =
  | {
      status: 'ok';
      url: string;
      httpStatus: number;
      text: string;
      charset: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      bytes: number;
    }
  | { status: 'not-modified'; url: string; etag: string | null; lastModified: string | null };

interface RawResponse {
  url: string;
  status: number;
  headers: UndiciResponse['headers'];
  body: Uint8Array;
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): Date | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return new Date(now.getTime() + Number(value.trim()) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : new Date(date);
}

export function backoffDelay(attempt: number, baseMs: number, maxMs = Number.POSITIVE_INFINITY): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(exponential * (0.5 + Math.random()));
}

/**
 * The one polite HTTP client of the crawlers: identifying User-Agent, robots.txt (cached
 * per origin), per-host and global limits, timeouts, redirect and body limits, conditional
 * GET, compression, Retry-After and retries with backoff. Bodies are decoded by charset.
 */
export class PoliteFetcher {
  readonly options: FetcherOptions;
  private readonly limiter: HostLimiter;
  private readonly allow: AddressAllowList;
  private readonly agent: Agent;
  private readonly robots = new Map<string, { expires: number; allows: Promise<((url: string) => boolean) | FetchError> }>();
  /** Requests sent, for tests and benchmarks. */
  requests = 0;

  constructor(options: Partial<FetcherOptions> = {}) {
    this.options = { ...DEFAULT_FETCHER_OPTIONS, ...options };
    this.limiter = new HostLimiter(this.options);
    this.allow = parseAllowList(this.options.allowPrivate);
    this.agent = guardedAgent(this.allow);
  }

  async fetch(request: FetchRequest): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(request.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    } catch {
      throw new FetchError('invalid-url', `not an http(s) URL: ${request.url}`, request.url);
    }
    checkUrlHost(url, this.allow);
    if (!(await this.allowedByRobots(url))) {
      throw new FetchError('robots', `robots.txt of ${url.origin} disallows ${url.pathname}`, request.url);
    }
    const headers: Record<string, string> = {
      accept: request.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;

    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await this.follow(url.toString(), headers);
        if (response.status === 304) {
          return {
            status: 'not-modified',
            url: response.url,
            etag: response.headers.get('etag') ?? request.etag ?? null,
            lastModified: response.headers.get('last-modified') ?? request.lastModified ?? null,
          };
        }
        if (response.status === 429 || response.status === 503) {
          const now = this.options.clock();
          const retryAt = parseRetryAfter(response.headers.get('retry-after'), now);
          const error = new FetchError(
            response.status === 429 ? 'rate-limited' : 'http',
            `HTTP ${response.status} from ${response.url}${retryAt ? ` (Retry-After ${retryAt.toISOString()})` : ''}`,
            response.url,
            response.status,
            retryAt,
          );
          const wait = retryAt ? retryAt.getTime() - now.getTime() : backoffDelay(attempt, this.options.retryBaseMs);
          if (attempt >= this.options.retries || wait > this.options.maxRetryAfterMs) throw error;
          await sleep(Math.max(0, wait));
          continue;
        }
        if (response.status >= 400) {
          throw new FetchError('http', `HTTP ${response.status} from ${response.url}`, response.url, response.status);
        }
        const contentType = response.headers.get('content-type');
        const { text, charset } = decodeBody(response.body, contentType);
        return {
          status: 'ok',
          url: response.url,
          httpStatus: response.status,
          text,
          charset,
          contentType,
          etag: response.headers.get('etag'),
          lastModified: response.headers.get('last-modified'),
          bytes: response.body.byteLength,
        };
      } catch (error) {
        const failure = error instanceof FetchError ? error : this.classify(error, url.toString());
        if (!failure.transient || failure.retryAt || attempt >= this.options.retries) throw failure;
        await sleep(backoffDelay(attempt, this.options.retryBaseMs));
      }
    }
  }

  /** Redirects by hand, so the limit and loops are ours to detect. */
  private async follow(start: string, headers: Record<string, string>): Promise<RawResponse> {
    const visited = new Set<string>();
    let current = start;
    for (let hop = 0; ; hop += 1) {
      if (visited.has(current)) throw new FetchError('redirects', `redirect loop at ${current}`, start);
      visited.add(current);
      const response = await this.once(current, headers);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        if (hop >= this.options.maxRedirects) {
          throw new FetchError('redirects', `more than ${this.options.maxRedirects} redirects from ${start}`, start);
        }
        const next = new URL(location, current);
        checkUrlHost(next, this.allow);
        if (!(await this.allowedByRobots(next))) {
          throw new FetchError('robots', `robots.txt of ${next.origin} disallows ${next.pathname}`, next.toString());
        }
        current = next.toString();
        continue;
      }
      return response;
    }
  }

  /** One request under the host and global limits, with the timeout covering the body. */
  private async once(url: string, headers: Record<string, string>): Promise<RawResponse> {
    const target = new URL(url);
    checkUrlHost(target, this.allow);
    const host = target.host;
    const release = await this.limiter.acquire(host);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      this.requests += 1;
      const response = await undiciFetch(url, {
        headers: { ...headers, 'user-agent': this.options.userAgent, 'accept-encoding': 'gzip, deflate, br' },
        redirect: 'manual',
        signal: controller.signal,
        dispatcher: this.agent,
      });
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > this.options.maxBodyBytes) {
        controller.abort();
        throw new FetchError('too-large', `body of ${url} is ${declared} bytes, over the limit of ${this.options.maxBodyBytes}`, url);
      }
      const body = await this.readLimited(response, url, controller);
      return { url, status: response.status, headers: response.headers, body };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (controller.signal.aborted)
        throw new FetchError('timeout', `no complete answer from ${url} within ${this.options.timeoutMs} ms`, url);
      throw this.classify(error, url);
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  private async readLimited(response: UndiciResponse, url: string, controller: AbortController): Promise<Uint8Array> {
    if (!response.body) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > this.options.maxBodyBytes) {
        controller.abort();
        throw new FetchError('too-large', `body of ${url} exceeds the limit of ${this.options.maxBodyBytes} bytes`, url);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  private classify(error: unknown, url: string): FetchError {
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    if (cause?.code === 'EADDRREFUSED_BY_POLICY') return refused(url, new URL(url).hostname);
    const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
    return new FetchError('network', `network error for ${url}: ${detail}`, url);
  }

  /** robots.txt per origin, cached; 4xx means no rules, an unreachable file means wait (RFC 9309). */
  async allowedByRobots(url: URL): Promise<boolean> {
    const origin = url.origin;
    let entry = this.robots.get(origin);
    const now = this.options.clock().getTime();
    if (!entry || entry.expires < now) {
      entry = { expires: now + this.options.robotsTtlMs, allows: this.loadRobots(origin) };
      this.robots.set(origin, entry);
    }
    const allows = await entry.allows;
    if (allows instanceof FetchError) throw allows;
    return allows(url.toString());
  }

  private async loadRobots(origin: string): Promise<((url: string) => boolean) | FetchError> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const response = await this.follow(robotsUrl, { accept: 'text/plain' });
      if (response.status >= 400 && response.status < 500) return () => true;
      if (response.status >= 500) throw new FetchError('http', `HTTP ${response.status} from ${robotsUrl}`, robotsUrl, response.status);
      const robot = robotsParser(robotsUrl, decodeBody(response.body, response.headers.get('content-type')).text);
      const agent = this.options.userAgent;
      return (url) => robot.isAllowed(url, agent) !== false;
    } catch (error) {
      // Unreachable robots.txt: nothing is fetched from the origin (RFC 9309); ask again soon.
      const entry = this.robots.get(origin);
      if (entry) entry.expires = this.options.clock().getTime() + Math.min(this.options.robotsTtlMs, 30_000);
      const failure = error instanceof FetchError ? error : this.classify(error, robotsUrl);
      return new FetchError(
        failure.kind === 'http' ? 'http' : failure.kind,
        `robots.txt unreachable: ${failure.message}`,
        robotsUrl,
        failure.httpStatus ?? 503,
      );
    }
  }
}
