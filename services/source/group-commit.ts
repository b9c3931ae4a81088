interface Pending<Request, Result> {
  request: Request;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/**
 * Group commit: the requests that arrive while a commit is running go together into the next
 * one, one commit at a time, so many concurrent runs share a transaction instead of paying one
 * each and waiting on each other's locks. A commit is cut at `maxWeight` (a request weighs at
 * least its own, never split). When a commit of several fails, each request is committed
 * again alone, so one bad request never fails the others.
 */
export class GroupCommit<Request, Result> {
  private readonly queue: Pending<Request, Result>[] = [];
  private flushing = false;

  constructor(
    private readonly commit: (requests: Request[]) => Promise<Result[]>,
    private readonly options: { maxWeight: number; weight?: (request: Request) => number },
  ) {}

  submit(request: Request): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.take();
        try {
          const results = await this.commit(batch.map((pending) => pending.request));
          batch.forEach((pending, index) => pending.resolve(results[index]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else
            for (const pending of batch)
              await this.commit([pending.request]).then(
                ([result]) => pending.resolve(result!),
                (failure: unknown) => pending.reject(failure),
              );
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private take(): Pending<Request, Result>[] {
    const weigh = this.options.weight ?? (() => 1);
    const batch: Pending<Request, Result>[] = [];
    let weight = 0;
    while (this.queue.length > 0 && (batch.length === 0 || weight + weigh(this.queue[0]!.request) <= this.options.maxWeight)) {
      const next = this.queue.shift()!;
      weight += weigh(next.request);
      batch.push(next);
    }
    return batch;
  }
}
