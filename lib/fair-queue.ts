import { AppError } from './errors.js';

export interface FairQueueLimits {
  /** Tasks running at once. */
  concurrency: number;
  /** Tasks waiting, all clients together; beyond, UNAVAILABLE. */
  maxQueued: number;
  /** Tasks one client may have waiting; beyond, RATE_LIMITED. */
  maxQueuedPerClient: number;
}

interface Waiting {
  start: () => void;
}

/**
 * A bounded queue with fair shares: each client has its own FIFO, and free slots go round the
 * clients in turn, so one client's burst waits behind itself, not in front of everyone. A full
 * queue refuses at once with a typed error instead of letting waits grow without bound.
 */
export class FairQueue {
  private readonly waiting = new Map<string, Waiting[]>();
  /** When each client last had a task started: the least recent goes next. */
  private readonly lastStart = new Map<string, number>();
  private starts = 0;
  private running = 0;
  private queued = 0;

  constructor(private readonly limits: FairQueueLimits) {}

  get stats(): { running: number; queued: number; clients: number } {
    return { running: this.running, queued: this.queued, clients: this.waiting.size };
  }

  run<T>(client: string, task: () => Promise<T>): Promise<T> {
    const mine = this.waiting.get(client) ?? [];
    if (mine.length >= this.limits.maxQueuedPerClient)
      return Promise.reject(
        new AppError('RATE_LIMITED', 'Too many searches at once from this client; try again shortly', { retryAfterSeconds: 1 }),
      );
    if (this.running >= this.limits.concurrency && this.queued >= this.limits.maxQueued)
      return Promise.reject(new AppError('UNAVAILABLE', 'The search service is busy; try again shortly', { retryAfterSeconds: 1 }));
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running += 1;
        this.lastStart.set(client, (this.starts += 1));
        task()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            if (!this.waiting.has(client)) this.lastStart.delete(client);
            this.next();
          });
      };
      if (this.running < this.limits.concurrency && this.queued === 0) return start();
      mine.push({ start });
      this.waiting.set(client, mine);
      this.queued += 1;
    });
  }

  /** Starts the first waiting task of the client served least recently. */
  private next(): void {
    while (this.running < this.limits.concurrency && this.queued > 0) {
      let turn: string | undefined;
      for (const client of this.waiting.keys()) {
        if (turn === undefined || (this.lastStart.get(client) ?? 0) < (this.lastStart.get(turn) ?? 0)) turn = client;
      }
      const tasks = this.waiting.get(turn!)!;
      const task = tasks.shift()!;
      if (tasks.length === 0) this.waiting.delete(turn!);
      this.queued -= 1;
      task.start();
    }
  }
}
