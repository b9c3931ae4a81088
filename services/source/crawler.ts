import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import type { NewsSaveInput } from '../../domain/news/types.js';
import { backoffDelay, type PoliteFetcher } from '../../crawlers/fetch/fetcher.js';
import { FetchError } from '../../crawlers/fetch/errors.js';
import { contentHash, stableId } from '../../crawlers/identity.js';
import { IndustryMatcher, MentionMatcher } from '../../crawlers/link/matchers.js';
import type { CrawlCounts, CrawlRunRecord, SourceRecord } from '../../domain/source/model.js';
import { parseFeed } from '../../crawlers/parse/feeds.js';
import { parseDetailPage, parseListPage } from '../../crawlers/parse/html.js';
import { afterFailure, afterSuccess } from '../../domain/source/health.js';
import { chinaDate, systemClock, type Clock } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import { RunLeases } from './lease.js';
import { RunWriteBatcher, type RunFinish, type RunOutcome } from './run-writes.js';
import { NO_CHANGE_NOTIFIER, type ChangeNotifier, type TouchedEntity } from '../../lib/changes.js';

export interface CrawlerOptions {
  fetcher: PoliteFetcher;
  /** Consecutive failed runs after which a source is disabled. */
  disableAfter: number;
  /** Wait before the next check of a failing source: base × 2^(failures−1), with jitter, capped. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A run's lease on its source: the lock expires this long after its last heartbeat (see lease.ts). */
  lockStaleMs: number;
  /** Detail pages fetched at once per source (the fetcher's per-host limit still applies). */
  detailConcurrency: number;
  log?: Logger | undefined;
  /** "Now" for run times, check times and backoff (the system clock unless a test fixes it). */
  clock?: Clock;
  /** Told, after each commit, what a run wrote (new or changed items, the source's state). */
  changes?: ChangeNotifier | undefined;
}

export interface CrawlSummary extends CrawlCounts {
  sourceId: string;
  runId: string | null;
  status: CrawlRunRecord['status'];
  messages: string[];
  /** Set when the source failed as a whole. */
  error: string | null;
  disabled: boolean;
}

export class SourceNotFoundError extends AppError {
  constructor(readonly sourceId: string) {
    super('NOT_FOUND', `no source with id ${JSON.stringify(sourceId)}`, { what: 'Source', id: sourceId });
  }
}

/** What a run needs from the graph to link items: loaded once per batch of runs. */
interface LinkContext {
  industries: IndustryMatcher;
  mentions: MentionMatcher;
}

/**
 * Runs sources: fetch, parse, store through the repositories, record the run and the
 * source's health. One source's failure is recorded on it and never affects another.
 */
export class Crawler {
  private readonly repos: Repositories;
  private readonly running = new Set<string>();
  private readonly clock: Clock;
  private readonly leases: RunLeases;
  private readonly changes: ChangeNotifier;
  private readonly writes: RunWriteBatcher;

  constructor(
    private readonly graph: Graph,
    private readonly options: CrawlerOptions,
  ) {
    this.repos = createRepositories(graph);
    this.clock = options.clock ?? systemClock;
    this.leases = new RunLeases(graph, this.repos, { leaseMs: options.lockStaleMs, clock: this.clock, log: options.log });
    this.changes = options.changes ?? NO_CHANGE_NOTIFIER;
    this.writes = new RunWriteBatcher(graph, this.repos, {
      clock: this.clock,
      healthAfter: (current, outcome, now) => this.healthAfter(current, outcome, now),
    });
  }

  /** `force` runs disabled sources and ignores the next-check time (a librarian's "crawl now"). */
  async crawlSource(sourceId: string, opts: { force?: boolean; context?: LinkContext } = {}): Promise<CrawlSummary> {
    const skipped = (message: string, source: SourceRecord | null): CrawlSummary => ({
      sourceId,
      runId: null,
      status: 'skipped',
      fetched: 0,
      new: 0,
      updated: 0,
      unchanged: 0,
      errors: 0,
      messages: [message],
      error: null,
      disabled: source !== null && !source.enabled,
    });
    if (this.running.has(sourceId)) {
      const source = await this.repos.sources.get(sourceId);
      if (!source) throw new SourceNotFoundError(sourceId);
      return skipped('a run of this source is in progress', source);
    }
    this.running.add(sourceId);
    const token = randomUUID();
    const startedAt = this.clock();
    const runId = `run:${startedAt.toISOString()}:${sourceId}:${randomUUID().slice(0, 8)}`;
    try {
      const context = opts.context ?? (await this.linkContext());
      // Lock, due check and run record in one transaction, shared with the runs starting at the same time.
      const lease = await this.leases.acquire({ sourceId, runId, token, startedAt, force: opts.force ?? false });
      if (!lease.source) throw new SourceNotFoundError(sourceId);
      if (!lease.taken) return skipped(lease.reason, lease.source);
      return await this.run(lease.source, runId, token, context);
    } finally {
      this.leases.release(runId);
      this.running.delete(sourceId);
    }
  }

  /** Every enabled source due for a check (every enabled source with `force`), a few at a time. */
  async crawlAll(opts: { force?: boolean; concurrency?: number } = {}): Promise<CrawlSummary[]> {
    const sources = await this.repos.sources.list({ enabled: true });
    const context = await this.linkContext();
    const results = new Array<CrawlSummary>(sources.length);
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < sources.length; index = next++) {
        results[index] = await this.crawlSource(sources[index]!.id, { ...opts, context });
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, sources.length) }, worker));
    return results;
  }

  /** At shutdown: the runs still going end as failed with `reason`, and their sources are free at once. */
  interruptRuns(reason: string): Promise<string[]> {
    return this.leases.interruptAll(reason);
  }

  isRunning(sourceId: string): boolean {
    return this.running.has(sourceId);
  }

  async linkContext(): Promise<LinkContext> {
    const [industries, names] = await Promise.all([this.repos.industries.list({}), this.repos.news.mentionableNames()]);
    return { industries: new IndustryMatcher(industries), mentions: new MentionMatcher(names) };
  }

  private async run(source: SourceRecord, runId: string, token: string, context: LinkContext): Promise<CrawlSummary> {
    const counts: CrawlCounts = { fetched: 0, new: 0, updated: 0, unchanged: 0, errors: 0 };
    const messages: string[] = [];
    let items: NewsSaveInput[] = [];
    let finish: RunFinish;
    try {
      const crawled =
        source.kind === 'html'
          ? { ...(await this.crawlHtml(source, context, counts, messages)), items: [] }
          : await this.crawlFeed(source, context, counts, messages);
      items = crawled.items;
      const status = counts.errors > 0 ? 'partial' : 'ok';
      finish = {
        sourceId: source.id,
        runId,
        token,
        status,
        counts,
        messages,
        outcome: { ok: true, etag: crawled.etag, lastModified: crawled.lastModified },
      };
    } catch (failure) {
      finish = this.failed(source.id, runId, token, counts, messages, failure);
    }
    // The items, the run record, the health and the lock's release in one transaction.
    let written;
    try {
      written = await this.writes.write({ items, finish }).catch((failure: unknown) => {
        // The items could not be saved: the run failed, and is recorded so without them.
        if (items.length === 0) throw failure;
        items = [];
        finish = this.failed(source.id, runId, token, { ...counts }, [...messages], failure);
        return this.writes.write({ items, finish });
      });
    } catch (failure) {
      await this.graph.writeTx((tx) => this.repos.sources.releaseRunLocks(tx, [{ id: source.id, token }])).catch(() => undefined);
      throw failure;
    }
    const touched: TouchedEntity[] = items.flatMap((item, index) =>
      written.outcomes[index] === 'unchanged' ? [] : [{ typename: 'NewsItem', id: item.id }],
    );
    this.changes.committed([...touched, { typename: 'Source', id: source.id }, { typename: 'CrawlRun', id: runId }]);
    const recorded = written.counts ?? finish.counts;
    const { status, outcome } = finish;
    const error = outcome.ok ? null : outcome.error;
    const disabled = !outcome.ok && written.health !== null && !written.health.enabled;
    if (!outcome.ok)
      this.options.log?.warn(
        { sourceId: source.id, err: error, nextCheckAt: written.health?.nextCheckAt, disabled },
        'crawl of source failed',
      );
    this.options.log?.info({ sourceId: source.id, runId, status, ...recorded }, 'crawl run finished');
    return { sourceId: source.id, runId, status, ...recorded, messages: finish.messages, error, disabled };
  }

  private failed(sourceId: string, runId: string, token: string, counts: CrawlCounts, messages: string[], failure: unknown): RunFinish {
    const error = failure instanceof Error ? failure.message : String(failure);
    return {
      sourceId,
      runId,
      token,
      status: 'failed',
      counts: { ...counts, errors: counts.errors + 1 },
      messages: [...messages, error],
      outcome: { ok: false, error, retryAt: failure instanceof FetchError ? failure.retryAt : null },
    };
  }

  /** The source's health after a run: the rules are domain/source/health.ts; the backoff's jitter is the fetcher's. */
  private healthAfter(current: SourceRecord, outcome: RunOutcome, now: Date): SourceRecord {
    if (outcome.ok) return afterSuccess(current, { etag: outcome.etag, lastModified: outcome.lastModified, now });
    return afterFailure(current, {
      error: outcome.error,
      now,
      backoffMs: backoffDelay(current.errorCount, this.options.backoffBaseMs, this.options.backoffMaxMs),
      retryAt: outcome.retryAt,
      disableAfter: this.options.disableAfter,
    });
  }

  /** Fetches and parses the feed; its items are saved with the run's end. */
  private async crawlFeed(
    source: SourceRecord,
    context: LinkContext,
    counts: CrawlCounts,
    messages: string[],
  ): Promise<{ etag: string | null; lastModified: string | null; items: NewsSaveInput[] }> {
    const result = await this.options.fetcher.fetch({
      url: source.url,
      etag: source.etag,
      lastModified: source.lastModified,
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
    });
    counts.fetched += 1;
    if (result.status === 'not-modified') return { etag: result.etag, lastModified: result.lastModified, items: [] };
    const feed = await parseFeed(result.text, result.url, result.contentType);
    counts.errors += feed.itemErrors.length;
    messages.push(...feed.itemErrors);
    const byId = new Map<string, NewsSaveInput>();
    for (const draft of feed.items) {
      const id = stableId('news', draft.url);
      if (byId.has(id)) continue;
      byId.set(id, {
        id,
        draft,
        contentHash: contentHash([draft.title, draft.text]),
        sourceId: source.id,
        regionCode: source.regionCode,
        level: source.level,
        industryCodes: [...new Set([...source.industries, ...context.industries.match(draft.title, draft.text)])],
        mentionIds: context.mentions.match(`${draft.title}\n${draft.text}`),
      });
    }
    return { etag: result.etag, lastModified: result.lastModified, items: [...byId.values()] };
  }

  private async crawlHtml(source: SourceRecord, context: LinkContext, counts: CrawlCounts, messages: string[]) {
    const rules = source.rules;
    if (!rules) throw new Error(`source ${source.id} is an HTML site without extraction rules (listItem is required)`);
    const maxPages = Math.max(1, rules.maxPages ?? 1);
    const links = new Map<string, { url: string; title: string; date: string | null }>();
    let validators = { etag: source.etag, lastModified: source.lastModified };
    let pageUrl: string | null = source.url;
    for (let page = 0; pageUrl && page < maxPages; page += 1) {
      const first = page === 0;
      let result;
      try {
        result = await this.options.fetcher.fetch(
          first ? { url: pageUrl, etag: source.etag, lastModified: source.lastModified } : { url: pageUrl },
        );
      } catch (failure) {
        if (first) throw failure;
        counts.errors += 1;
        messages.push(`list page ${page + 1}: ${(failure as Error).message}`);
        break;
      }
      counts.fetched += 1;
      if (result.status === 'not-modified') {
        // The first list page is unchanged: nothing new was published since the last run.
        return { etag: result.etag, lastModified: result.lastModified };
      }
      if (first) validators = { etag: result.etag, lastModified: result.lastModified };
      const list = parseListPage(result.text, result.url, rules);
      if (first && list.links.length === 0)
        throw new Error(`no list items matched "${rules.listItem}" on ${result.url}: the site layout may have changed`);
      for (const link of list.links) if (!links.has(link.url)) links.set(link.url, link);
      pageUrl = list.next;
    }

    const today = chinaDate(this.clock());
    const entries = [...links.values()].map((link) => ({ ...link, id: stableId('policy', link.url) }));
    const known = await this.repos.policies.known(entries.map((e) => e.id));
    const unchanged: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < entries.length; index = next++) {
        const entry = entries[index]!;
        const stored = known.get(entry.id);
        try {
          const result = await this.options.fetcher.fetch({ url: entry.url, etag: stored?.etag, lastModified: stored?.lastModified });
          counts.fetched += 1;
          if (result.status === 'not-modified') {
            if (stored) {
              unchanged.push(entry.id);
              counts.unchanged += 1;
            }
            continue;
          }
          const draft = parseDetailPage(result.text, entry.url, rules.detail, { listTitle: entry.title, today });
          if (!draft.publishedDate) draft.publishedDate = entry.date;
          const outcome = await this.graph.writeTx((tx) =>
            this.repos.policies.save(tx, {
              id: entry.id,
              draft,
              contentHash: contentHash([
                draft.title,
                draft.documentNumber,
                draft.text,
                draft.validity,
                ...draft.attachments.map((a) => a.url),
              ]),
              sourceId: source.id,
              regionCode: source.regionCode,
              level: source.level,
              industryCodes: [...new Set([...source.industries, ...context.industries.match(draft.title, draft.text)])],
              issuerId: draft.issuer ? stableId('org', draft.issuer) : null,
              etag: result.etag,
              lastModified: result.lastModified,
            }),
          );
          counts[outcome] += 1;
          if (outcome !== 'unchanged') {
            const issuer = draft.issuer ? [{ typename: 'Organization', id: stableId('org', draft.issuer) }] : [];
            this.changes.committed([{ typename: 'Policy', id: entry.id }, ...issuer]);
          }
        } catch (failure) {
          counts.errors += 1;
          messages.push(`${entry.url}: ${(failure as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.detailConcurrency, entries.length) }, worker));
    await this.graph.writeTx((tx) => this.repos.policies.touch(tx, unchanged));
    return validators;
  }
}
