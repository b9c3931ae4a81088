import type { Graph } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { NewsSaveInput } from '../../domain/news/types.js';
import type { SaveOutcome } from '../../domain/policy/types.js';

interface Pending {
  items: NewsSaveInput[];
  resolve(outcomes: SaveOutcome[]): void;
  reject(error: unknown): void;
}

/**
 * Group commit of the crawler's news saves: the feeds of several sources that finish while a
 * write is running are saved together in the next write transaction, one at a time, so
 * concurrent runs neither wait on each other's locks (the shared industry, region and source
 * nodes) nor pay a transaction each. The result is what saving them one after another in
 * arrival order gives: a batch is cut into rounds in which no item id repeats, so a story two
 * feeds carry is owned by the first, as before. If a batch fails, each of its sources is
 * retried alone, so one source's bad item never fails another's run.
 */
export class NewsWriteBatcher {
  private readonly queue: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly graph: Graph,
    private readonly repos: Repositories,
    private readonly maxItems = 500,
  ) {}

  save(items: NewsSaveInput[]): Promise<SaveOutcome[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.take();
        try {
          const outcomes = await this.graph.writeTx((tx) => this.saveInRounds(batch, (items) => this.repos.news.saveMany(tx, items)));
          batch.forEach((pending, index) => pending.resolve(outcomes[index]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else
            for (const pending of batch) {
              await this.graph
                .writeTx((tx) => this.repos.news.saveMany(tx, pending.items))
                .then(
                  (outcomes) => pending.resolve(outcomes),
                  (failure: unknown) => pending.reject(failure),
                );
            }
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private take(): Pending[] {
    const batch: Pending[] = [];
    let size = 0;
    while (this.queue.length > 0 && (batch.length === 0 || size + this.queue[0]!.items.length <= this.maxItems)) {
      const next = this.queue.shift()!;
      size += next.items.length;
      batch.push(next);
    }
    return batch;
  }

  /** Saves in arrival order, as few statements as ids allow; the outcomes per request. */
  private async saveInRounds(batch: Pending[], save: (items: NewsSaveInput[]) => Promise<SaveOutcome[]>): Promise<SaveOutcome[][]> {
    const outcomes = batch.map((pending) => new Array<SaveOutcome>(pending.items.length));
    let round: { request: number; index: number; item: NewsSaveInput }[] = [];
    let ids = new Set<string>();
    const write = async () => {
      if (round.length === 0) return;
      const saved = await save(round.map((r) => r.item));
      round.forEach((r, i) => (outcomes[r.request]![r.index] = saved[i]!));
      round = [];
      ids = new Set();
    };
    for (const [request, pending] of batch.entries()) {
      for (const [index, item] of pending.items.entries()) {
        if (ids.has(item.id)) await write();
        ids.add(item.id);
        round.push({ request, index, item });
      }
    }
    await write();
    return outcomes;
  }
}
