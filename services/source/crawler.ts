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
import { afterFailure, afterSuccess, notDueBecause } from '../../domain/source/health.js';
import { chinaDate, systemClock, type Clock } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import { RunLeases } from './lease.js';
import { NewsWriteBatcher } from './news-writes.js';
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

const INTERRUPTED_BY_CRASH = 'interrupted: the process running this crawl stopped before it finished (its lease expired)';

/** How a run ended: the validators to keep, or the error and when the server asked us back. */
type RunOutcome = { ok: true; etag: string | null; lastModified: string | null } | { ok: false; error: string; retryAt: Date | null };

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
  private readonly newsWrites: NewsWriteBatcher;

  constructor(
    private readonly graph: Graph,
    private readonly options: CrawlerOptions,
  ) {
    this.repos = createRepositories(graph);
    this.clock = options.clock ?? systemClock;
    this.leases = new RunLeases(graph, this.repos, { leaseMs: options.lockStaleMs, clock: this.clock, log: options.log });
    this.changes = options.changes ?? NO_CHANGE_NOTIFIER;
    this.newsWrites = new NewsWriteBatcher(graph, this.repos);
  }

  /** `force` runs disabled sources and ignores the next-check time (a librarian's "crawl now"). */
  async crawlSource(sourceId: string, opts: { force?: boolean; context?: LinkContext } = {}): Promise<CrawlSummary> {
    const source = await this.repos.sources.get(sourceId);
    if (!source) throw new SourceNotFoundError(sourceId);
    const skipped = (message: string): CrawlSummary => ({
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
      disabled: !source.enabled,
    });
    const notDue = opts.force ? null : notDueBecause(source, this.clock());
    if (notDue) return skipped(notDue);
    if (this.running.has(sourceId)) return skipped('a run of this source is in progress');
    this.running.add(sourceId);
    const token = randomUUID();
    const startedAt = this.clock();
    const runId = `run:${startedAt.toISOString()}:${source.id}:${randomUUID().slice(0, 8)}`;
    try {
      const context = opts.context ?? (await this.linkContext());
      // Lock and run record in one transaction: the run history only holds runs that went ahead.
      const locked = await this.graph.writeTx(async (tx) => {
        if (!(await this.repos.sources.tryLock(tx, sourceId, token, this.options.lockStaleMs))) return false;
        // The lock was free or lapsed: a run still marked running was left by a process that died.
        const abandoned = await this.repos.crawlRuns.interrupt(tx, { sourceId, exceptId: runId }, INTERRUPTED_BY_CRASH, startedAt);
        if (abandoned.length > 0) this.options.log?.warn({ sourceId, runs: abandoned }, 'crawl runs of a dead process marked failed');
        await this.repos.crawlRuns.start(tx, { id: runId, sourceId, startedAt });
        return true;
      });
      if (!locked) return skipped('a run of this source is in progress (another process)');
      this.leases.hold(runId, sourceId, token);
      return await this.run(source, runId, token, context);
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
    let status: CrawlRunRecord['status'] = 'ok';
    let error: string | null = null;
    let outcome: RunOutcome;
    try {
      const validators =
        source.kind === 'html'
          ? await this.crawlHtml(source, context, counts, messages)
          : await this.crawlFeed(source, context, counts, messages);
      outcome = { ok: true, ...validators };
      if (counts.errors > 0) status = 'partial';
    } catch (failure) {
      status = 'failed';
      error = failure instanceof Error ? failure.message : String(failure);
      counts.errors += 1;
      messages.push(error);
      outcome = { ok: false, error, retryAt: failure instanceof FetchError ? failure.retryAt : null };
    }
    // Health, run record and lock release in one transaction.
    let health: SourceRecord | null;
    try {
      health = await this.graph.writeTx(async (tx) => {
        const now = this.clock();
        const current = await this.repos.sources.getForUpdate(tx, source.id);
        const next = current ? this.healthAfter(current, outcome, now) : null;
        if (next) await this.repos.sources.saveHealth(tx, source.id, next);
        await this.repos.crawlRuns.finish(tx, runId, { status, counts, messages, finishedAt: now });
        await this.repos.sources.unlock(tx, source.id, token);
        return next;
      });
      this.changes.committed([
        { typename: 'Source', id: source.id },
        { typename: 'CrawlRun', id: runId },
      ]);
    } catch (failure) {
      await this.graph.writeTx((tx) => this.repos.sources.unlock(tx, source.id, token)).catch(() => undefined);
      throw failure;
    }
    const disabled = !outcome.ok && health !== null && !health.enabled;
    if (!outcome.ok)
      this.options.log?.warn({ sourceId: source.id, err: error, nextCheckAt: health?.nextCheckAt, disabled }, 'crawl of source failed');
    this.options.log?.info({ sourceId: source.id, runId, status, ...counts }, 'crawl run finished');
    return { sourceId: source.id, runId, status, ...counts, messages, error, disabled };
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

  private async crawlFeed(source: SourceRecord, context: LinkContext, counts: CrawlCounts, messages: string[]) {
    const result = await this.options.fetcher.fetch({
      url: source.url,
      etag: source.etag,
      lastModified: source.lastModified,
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
    });
    counts.fetched += 1;
    if (result.status === 'not-modified') return { etag: result.etag, lastModified: result.lastModified };
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
    const items = [...byId.values()];
    const outcomes = await this.newsWrites.save(items);
    const touched: TouchedEntity[] = [];
    outcomes.forEach((outcome, index) => {
      counts[outcome] += 1;
      if (outcome !== 'unchanged') touched.push({ typename: 'NewsItem', id: items[index]!.id });
    });
    if (touched.length > 0) this.changes.committed(touched);
    return { etag: result.etag, lastModified: result.lastModified };
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
