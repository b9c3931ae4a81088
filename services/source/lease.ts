import type { Logger } from 'pino';
import type { Graph } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { Clock } from '../../lib/clock.js';

/**
 * The leases this process holds on sources it is crawling. A run's lock on its source expires
 * `leaseMs` after the last heartbeat (database clock), and a heartbeat renews it every third of
 * that: a crashed owner's lock frees itself within a lease, a live one's never does. At shutdown
 * `interruptAll` ends the runs still going as failed, with the reason, and frees their sources.
 */
export class RunLeases {
  private readonly held = new Map<string, { sourceId: string; token: string; timer: NodeJS.Timeout }>();

  constructor(
    private readonly graph: Graph,
    private readonly repos: Repositories,
    private readonly options: { leaseMs: number; clock: Clock; log?: Logger | undefined },
  ) {}

  hold(runId: string, sourceId: string, token: string): void {
    const timer = setInterval(() => void this.beat(runId, sourceId, token), Math.max(50, Math.floor(this.options.leaseMs / 3)));
    timer.unref();
    this.held.set(runId, { sourceId, token, timer });
  }

  release(runId: string): void {
    const lease = this.held.get(runId);
    if (lease) clearInterval(lease.timer);
    this.held.delete(runId);
  }

  get runIds(): string[] {
    return [...this.held.keys()];
  }

  private async beat(runId: string, sourceId: string, token: string): Promise<void> {
    try {
      const ours = await this.graph.writeTx((tx) => this.repos.sources.renewLock(tx, sourceId, token));
      if (!ours && this.held.has(runId))
        this.options.log?.warn({ sourceId, runId }, 'crawl lease lost: another process took the source over');
    } catch (error) {
      // The graph is away: the lease may lapse, and another process may then take the source over.
      this.options.log?.warn({ sourceId, runId, err: error }, 'crawl lease heartbeat failed');
    }
  }

  /** Marks every run this process still holds as failed with `reason` and frees its source. */
  async interruptAll(reason: string): Promise<string[]> {
    const leases = [...this.held.entries()];
    for (const [runId] of leases) this.release(runId);
    if (leases.length === 0) return [];
    return this.graph.writeTx(async (tx) => {
      const ended = await this.repos.crawlRuns.interrupt(tx, { ids: leases.map(([runId]) => runId) }, reason, this.options.clock());
      for (const [, lease] of leases) await this.repos.sources.unlock(tx, lease.sourceId, lease.token);
      return ended;
    });
  }
}
