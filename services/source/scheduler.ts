import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { SourceRecord } from '../../domain/source/model.js';

/** What the scheduler needs: the enabled sources and a way to run one. */
export interface SchedulerTarget {
  listSources(filter: { enabled?: boolean | null }): Promise<SourceRecord[]>;
  crawl(sourceId: string): Promise<unknown>;
}

export interface SchedulerOptions {
  /** Each run waits a random 0…jitterMs so sources sharing a schedule do not fire together. */
  jitterMs: number;
  /** How often the source list is re-read, picking up added, changed and disabled sources. */
  refreshMs: number;
  log?: Logger | undefined;
}

/**
 * One node-cron task per enabled source, on the source's own cron expression. The crawler
 * decides whether a run goes ahead (backoff, disabled, already running); the scheduler only
 * offers the chance.
 */
export class CrawlScheduler {
  private readonly tasks = new Map<string, { schedule: string; task: ScheduledTask }>();
  private readonly pending = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly target: SchedulerTarget,
    private readonly options: SchedulerOptions,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.refresh();
    this.refreshTimer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.options.log?.error({ err: error }, 'crawl scheduler: refreshing sources failed'));
    }, this.options.refreshMs);
    this.refreshTimer.unref();
  }

  scheduledSources(): string[] {
    return [...this.tasks.keys()].sort();
  }

  /** Brings the tasks in line with the enabled sources and their schedules. */
  async refresh(): Promise<void> {
    const sources = await this.target.listSources({ enabled: true });
    if (this.stopped) return;
    const wanted = new Map(sources.filter((s) => cron.validate(s.schedule)).map((s) => [s.id, s.schedule]));
    for (const [id, entry] of this.tasks) {
      if (wanted.get(id) !== entry.schedule) {
        await entry.task.destroy();
        this.tasks.delete(id);
      }
    }
    for (const [id, schedule] of wanted) {
      if (this.tasks.has(id)) continue;
      const task = cron.schedule(schedule, () => this.fire(id), { name: `crawl:${id}`, noOverlap: true });
      this.tasks.set(id, { schedule, task });
    }
    this.options.log?.debug({ sources: this.tasks.size }, 'crawl scheduler: sources scheduled');
  }

  private fire(sourceId: string): void {
    if (this.stopped) return;
    const delay = Math.floor(Math.random() * this.options.jitterMs);
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      if (this.stopped) return;
      const run = this.target
        .crawl(sourceId)
        .catch((error: unknown) => {
          this.options.log?.error({ err: error, sourceId }, 'crawl scheduler: run failed');
        })
        .finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }, delay);
    timer.unref();
    this.pending.add(timer);
  }

  /** Stops scheduling and waits (up to `waitMs`) for runs in progress, so they finish their writes. */
  async stop(waitMs = 10_000): Promise<void> {
    this.stopped = true;
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
    for (const { task } of this.tasks.values()) await task.destroy();
    this.tasks.clear();
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    }
  }

  /** Runs in progress that the scheduler started. */
  get running(): number {
    return this.inFlight.size;
  }
}
