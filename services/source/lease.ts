import type { Logger } from 'pino';
import type { Graph, Tx } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { notDueBecause } from '../../domain/source/health.js';
import type { SourceRecord } from '../../domain/source/model.js';
import type { Clock } from '../../lib/clock.js';
import { GroupCommit } from './group-commit.js';

const INTERRUPTED_BY_CRASH = 'interrupted: the process running this crawl stopped before it finished (its lease expired)';

export interface LeaseRequest {
  sourceId: string;
  runId: string;
  token: string;
  startedAt: Date;
  /** Runs a disabled source and ignores its next-check time. */
  force: boolean;
}

/** The lease taken (its run recorded as running), or why not; `source` as the transaction read it. */
export type LeaseResult = { taken: true; source: SourceRecord } | { taken: false; source: SourceRecord | null; reason: string };

/**
 * The leases this process holds on sources it is crawling. A run's lock on its source expires
 * `leaseMs` after the last heartbeat (database clock), and one heartbeat renews every lease held
 * every third of that, in one statement: a crashed owner's lock frees itself within a lease, a
 * live one's never does. Leases are taken by group commit: the runs that start while a lease
 * transaction is running take theirs together in the next one (each source write-locked, checked
 * due and free, its abandoned runs marked failed, its run recorded). At shutdown `interruptAll`
 * ends the runs still going as failed, with the reason, and frees their sources.
 */
export class RunLeases {
  private readonly held = new Map<string, { sourceId: string; token: string }>();
  private readonly takes: GroupCommit<LeaseRequest, LeaseResult>;
  private timer: NodeJS.Timeout | undefined;
  private beating = false;

  constructor(
    private readonly graph: Graph,
    private readonly repos: Repositories,
    private readonly options: { leaseMs: number; clock: Clock; log?: Logger | undefined },
  ) {
    this.takes = new GroupCommit((requests) => this.graph.writeTx((tx) => this.take(tx, requests)), { maxWeight: 500 });
  }

  /** Takes the lease of a source for a run; once taken it is held (and renewed) until `release`. */
  async acquire(request: LeaseRequest): Promise<LeaseResult> {
    const result = await this.takes.submit(request);
    if (result.taken) this.hold(request.runId, request.sourceId, request.token);
    return result;
  }

  release(runId: string): void {
    this.held.delete(runId);
    if (this.held.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  get runIds(): string[] {
    return [...this.held.keys()];
  }

  private hold(runId: string, sourceId: string, token: string): void {
    this.held.set(runId, { sourceId, token });
    if (this.timer) return;
    this.timer = setInterval(() => void this.beat(), Math.max(50, Math.floor(this.options.leaseMs / 3)));
    this.timer.unref();
  }

  private async take(tx: Tx, requests: LeaseRequest[]): Promise<LeaseResult[]> {
    const now = this.options.clock();
    const rows = await this.repos.sources.lockForRuns(
      tx,
      requests.map((r) => r.sourceId),
      this.options.leaseMs,
    );
    const found = new Map(rows.map((row) => [row.source.id, row]));
    const chosen = new Set<string>();
    const results = requests.map((request): LeaseResult => {
      const row = found.get(request.sourceId);
      if (!row) return { taken: false, source: null, reason: 'no such source' };
      const notDue = request.force ? null : notDueBecause(row.source, now);
      if (notDue) return { taken: false, source: row.source, reason: notDue };
      if (!row.lockFree || chosen.has(request.sourceId))
        return { taken: false, source: row.source, reason: 'a run of this source is in progress (another process)' };
      chosen.add(request.sourceId);
      return { taken: true, source: row.source };
    });
    const taken = requests.filter((_, index) => results[index]!.taken);
    // The lock was free or lapsed: a run still marked running was left by a process that died.
    const abandoned = await this.repos.crawlRuns.startRuns(
      tx,
      taken.map((r) => ({ id: r.runId, sourceId: r.sourceId, token: r.token, startedAt: r.startedAt })),
      INTERRUPTED_BY_CRASH,
      now,
    );
    if (abandoned.length > 0) this.options.log?.warn({ runs: abandoned }, 'crawl runs of a dead process marked failed');
    return results;
  }

  private async beat(): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    const leases = [...this.held.entries()];
    try {
      const ours = new Set(
        await this.graph.writeTx((tx) =>
          this.repos.sources.renewRunLocks(
            tx,
            leases.map(([, lease]) => ({ id: lease.sourceId, token: lease.token })),
          ),
        ),
      );
      for (const [runId, lease] of leases)
        if (!ours.has(lease.sourceId) && this.held.has(runId))
          this.options.log?.warn({ sourceId: lease.sourceId, runId }, 'crawl lease lost: another process took the source over');
    } catch (error) {
      // The graph is away: the leases may lapse, and another process may then take the sources over.
      this.options.log?.warn({ runs: leases.map(([runId]) => runId), err: error }, 'crawl lease heartbeat failed');
    } finally {
      this.beating = false;
    }
  }

  /** Marks every run this process still holds as failed with `reason` and frees its source. */
  async interruptAll(reason: string): Promise<string[]> {
    const leases = [...this.held.entries()];
    for (const [runId] of leases) this.release(runId);
    if (leases.length === 0) return [];
    return this.graph.writeTx(async (tx) => {
      const ended = await this.repos.crawlRuns.interrupt(
        tx,
        leases.map(([runId]) => runId),
        reason,
        this.options.clock(),
      );
      await this.repos.sources.releaseRunLocks(
        tx,
        leases.map(([, lease]) => ({ id: lease.sourceId, token: lease.token })),
      );
      return ended;
    });
  }
}
