import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** A counting semaphore: at most `size` holders at once, waiters served in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}

interface HostState {
  slots: Semaphore;
  nextStart: number;
}

/**
 * Politeness: a global limit on requests in flight, and per host a concurrency limit and a
 * minimum interval between the starts of two requests. The interval is measured on the
 * monotonic timer, not the wall clock: it is a duration, never stored, and must not stall or
 * burst when the clock is fixed by a test or stepped by NTP.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private readonly global: Semaphore;

  constructor(private readonly options: { globalConcurrency: number; perHostConcurrency: number; perHostIntervalMs: number }) {
    this.global = new Semaphore(options.globalConcurrency);
  }

  async acquire(host: string): Promise<() => void> {
    let state = this.hosts.get(host);
    if (!state) {
      state = { slots: new Semaphore(this.options.perHostConcurrency), nextStart: 0 };
      this.hosts.set(host, state);
    }
    const releaseHost = await state.slots.acquire();
    const now = performance.now();
    const start = Math.max(now, state.nextStart);
    state.nextStart = start + this.options.perHostIntervalMs;
    if (start > now) await sleep(start - now);
    const releaseGlobal = await this.global.acquire();
    return () => {
      releaseGlobal();
      releaseHost();
    };
  }
}
