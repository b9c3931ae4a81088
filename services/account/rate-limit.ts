/**
 * Fixed-window counters in this process's memory, keyed by account email and by client IP.
 * Several service instances each keep their own counters: the effective limit is then
 * per instance, which still stops online guessing at any useful rate.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it is under its limit. */
  retryAfter(key: string): number {
    const window = this.current(key);
    return window && window.count >= this.limit ? window.start + this.windowMs - this.now() : 0;
  }

  hit(key: string): void {
    const window = this.current(key) ?? { start: this.now(), count: 0 };
    window.count += 1;
    this.windows.set(key, window);
    if (this.windows.size > 100_000) this.sweep();
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string) {
    const window = this.windows.get(key);
    if (window && this.now() - window.start >= this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    for (const key of [...this.windows.keys()]) this.current(key);
  }
}

export interface LoginLimits {
  perAccount: RateLimiter;
  perIp: RateLimiter;
}
