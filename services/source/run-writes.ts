import type { Graph, Tx } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { NewsSaveInput } from '../../domain/news/types.js';
import type { SaveOutcome } from '../../domain/policy/types.js';
import type { CrawlCounts, CrawlRunRecord, SourceRecord } from '../../domain/source/model.js';
import type { Clock } from '../../lib/clock.js';
import { GroupCommit } from './group-commit.js';

/** How a run ended: the validators to keep, or the error and when the server asked us back. */
export type RunOutcome =
  { ok: true; etag: string | null; lastModified: string | null } | { ok: false; error: string; retryAt: Date | null };

/** The end of a run: its record, the source's health after it, and the release of its lease. */
export interface RunFinish {
  sourceId: string;
  runId: string;
  token: string;
  status: CrawlRunRecord['status'];
  /** The counts before the run's items are saved; their outcomes are added in the transaction. */
  counts: CrawlCounts;
  messages: string[];
  outcome: RunOutcome;
}

export interface RunWrite {
  items: NewsSaveInput[];
  finish: RunFinish | null;
}

export interface RunWriteResult {
  /** The outcome of each item, in order. */
  outcomes: SaveOutcome[];
  /** The run's counts as recorded (its items' outcomes included); null without a finish. */
  counts: CrawlCounts | null;
  /** The source's health after the run; null without a finish or when the source is gone. */
  health: SourceRecord | null;
}

export type HealthRule = (current: SourceRecord, outcome: RunOutcome, now: Date) => SourceRecord;

/**
 * Group commit of what runs write at their end: the feeds' news items, the run records, the
 * sources' health and the release of their leases, for every run that finishes while a write is
 * running, in the next write transaction (one at a time, so concurrent runs neither pay a
 * transaction each nor wait on each other's locks on the shared industry, region and source
 * nodes). A run's items and its record commit together or not at all. The result is what writing
 * them one after another in arrival order gives: the items are cut into rounds in which no id
 * repeats, so a story two feeds carry is owned by the first. A failing batch is retried one run at
 * a time (GroupCommit), so one source's bad item never fails another's run.
 */
export class RunWriteBatcher {
  private readonly commits: GroupCommit<RunWrite, RunWriteResult>;

  constructor(
    private readonly graph: Graph,
    private readonly repos: Repositories,
    private readonly options: { healthAfter: HealthRule; clock: Clock; maxItems?: number },
  ) {
    this.commits = new GroupCommit((batch) => this.graph.writeTx((tx) => this.commit(tx, batch)), {
      maxWeight: options.maxItems ?? 500,
      weight: (write) => Math.max(1, write.items.length),
    });
  }

  write(request: RunWrite): Promise<RunWriteResult> {
    return this.commits.submit(request);
  }

  private async commit(tx: Tx, batch: RunWrite[]): Promise<RunWriteResult[]> {
    const outcomes = await saveInRounds(
      batch.map((write) => write.items),
      (items) => this.repos.news.saveMany(tx, items),
    );
    const finishes = batch.flatMap((write, index) => (write.finish ? [{ ...write.finish, index }] : []));
    const results: RunWriteResult[] = batch.map((_, index) => ({ outcomes: outcomes[index]!, counts: null, health: null }));
    if (finishes.length === 0) return results;
    const now = this.options.clock();
    const current = new Map(
      (
        await this.repos.sources.manyForUpdate(
          tx,
          finishes.map((f) => f.sourceId),
        )
      ).map((s) => [s.id, s]),
    );
    for (const finish of finishes) {
      const counts = { ...finish.counts };
      for (const outcome of outcomes[finish.index]!) counts[outcome] += 1;
      const source = current.get(finish.sourceId);
      results[finish.index] = {
        outcomes: outcomes[finish.index]!,
        counts,
        health: source ? this.options.healthAfter(source, finish.outcome, now) : null,
      };
    }
    await this.repos.crawlRuns.finishRuns(
      tx,
      finishes.map((finish) => ({
        id: finish.runId,
        sourceId: finish.sourceId,
        token: finish.token,
        status: finish.status,
        counts: results[finish.index]!.counts!,
        messages: finish.messages,
        finishedAt: now,
        health: results[finish.index]!.health,
      })),
    );
    return results;
  }
}

/** Saves in arrival order, as few statements as ids allow; the outcomes per request. */
async function saveInRounds(
  requests: NewsSaveInput[][],
  save: (items: NewsSaveInput[]) => Promise<SaveOutcome[]>,
): Promise<SaveOutcome[][]> {
  const outcomes = requests.map((items) => new Array<SaveOutcome>(items.length));
  let round: { request: number; index: number; item: NewsSaveInput }[] = [];
  let ids = new Set<string>();
  const write = async () => {
    if (round.length === 0) return;
    const saved = await save(round.map((r) => r.item));
    round.forEach((r, i) => (outcomes[r.request]![r.index] = saved[i]!));
    round = [];
    ids = new Set();
  };
  for (const [request, items] of requests.entries()) {
    for (const [index, item] of items.entries()) {
      if (ids.has(item.id)) await write();
      ids.add(item.id);
      round.push({ request, index, item });
    }
  }
  await write();
  return outcomes;
}
