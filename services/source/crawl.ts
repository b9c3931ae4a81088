import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { Crawler, type CrawlSummary } from './crawler.js';
import { DEFAULT_FETCHER_OPTIONS, PoliteFetcher, type FetcherOptions } from '../../crawlers/fetch/fetcher.js';
import type { SourceInput, SourceRecord } from '../../domain/source/model.js';
import { parseSource, parseSourceList, SourceDefinitionError } from '../../crawlers/sources/definition.js';
import { exportOpml, importOpml } from '../../crawlers/sources/opml.js';
import { disable, enable } from '../../domain/source/health.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import type { CrawlConfig } from '../../lib/config.js';
import { AppError } from '../../lib/errors.js';
import type { ChangeNotifier } from '../../lib/changes.js';
import type { Viewer } from '../../domain/account/access.js';
import { recordAudit } from '../audit/audit.js';

/** Sources and crawls as the CLI, the API and the scheduler use them. */

export class UnknownSourceError extends AppError {
  constructor(readonly sourceId: string) {
    super('NOT_FOUND', `no source with id ${JSON.stringify(sourceId)}; \`hechuang sources list\` shows them`, {
      what: 'Source',
      id: sourceId,
    });
  }
}

/** What the librarian's switch changes, as the audit entry shows it. */
const switchState = (source: SourceRecord) => ({
  enabled: source.enabled,
  disabledReason: source.disabledReason,
  errorCount: source.errorCount,
  nextCheckAt: source.nextCheckAt,
});

export function curatedSourcesFile(projectRoot: string): string {
  return path.join(projectRoot, 'data', 'sources', 'sources.json');
}

export function fetcherOptionsFrom(config: CrawlConfig): FetcherOptions {
  return {
    ...DEFAULT_FETCHER_OPTIONS,
    ...(config.userAgent ? { userAgent: config.userAgent } : {}),
    timeoutMs: config.timeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    perHostIntervalMs: config.hostIntervalMs,
    allowPrivate: config.allowPrivate,
  };
}

export interface CrawlServiceOptions {
  log?: Logger | undefined;
  /** "Now" for the crawler and the fetcher (the system clock unless a test fixes it). */
  clock?: Clock;
  /** The fetcher to crawl with (default: a polite fetcher configured from `config`). */
  fetcher?: PoliteFetcher;
  /** Told what each committed crawl write touched (the API's response cache). */
  changes?: ChangeNotifier;
}

export class CrawlService {
  readonly crawler: Crawler;
  private readonly repos: Repositories;
  private readonly clock: Clock;

  constructor(
    private readonly graph: Graph,
    readonly config: CrawlConfig,
    { log, clock = systemClock, fetcher = new PoliteFetcher({ ...fetcherOptionsFrom(config), clock }), changes }: CrawlServiceOptions = {},
  ) {
    this.repos = createRepositories(graph);
    this.clock = clock;
    this.crawler = new Crawler(graph, {
      fetcher,
      clock,
      disableAfter: config.disableAfter,
      backoffBaseMs: 5 * 60_000,
      backoffMaxMs: 24 * 60 * 60_000,
      lockStaleMs: config.leaseMs,
      detailConcurrency: 4,
      log,
      changes,
    });
  }

  /** Adds or redefines one source; throws SourceDefinitionError listing every problem. */
  async addSource(definition: unknown): Promise<SourceRecord> {
    const source = parseSource(definition);
    await this.graph.writeTx((tx) => this.repos.sources.upsert(tx, [source]));
    return (await this.repos.sources.get(source.id))!;
  }

  listSources(filter: { enabled?: boolean | null } = {}): Promise<SourceRecord[]> {
    return this.repos.sources.list(filter);
  }

  /**
   * Resumes (the error count and backoff start over) or stops crawling a source, with the reason, and
   * its audit entry (SOURCE_ENABLED / SOURCE_DISABLED) in the same transaction.
   */
  setEnabled(id: string, enabled: boolean, reason: string | null, actor: Viewer): Promise<SourceRecord> {
    return this.graph.writeTx(async (tx) => {
      const current = await this.repos.sources.getForUpdate(tx, id);
      if (!current) throw new UnknownSourceError(id);
      const next = enabled ? enable(current) : disable(current, reason ?? 'disabled by a librarian');
      await this.repos.sources.saveHealth(tx, id, next);
      await recordAudit(
        this.repos,
        tx,
        actor,
        enabled ? 'SOURCE_ENABLED' : 'SOURCE_DISABLED',
        'Source',
        id,
        switchState(current),
        switchState(next),
      );
      return next;
    });
  }

  /** Loads definitions (curated file or OPML) idempotently: existing sources keep their state. */
  async loadSources(sources: SourceInput[]): Promise<{ created: string[]; updated: string[] }> {
    const created = await this.graph.writeTx((tx) => this.repos.sources.upsert(tx, sources, { keepEnabled: true }));
    const isNew = new Set(created);
    return { created, updated: sources.map((s) => s.id).filter((id) => !isNew.has(id)) };
  }

  async loadCurated(file: string): Promise<{ created: string[]; updated: string[] }> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new SourceDefinitionError([`${file}: ${(error as Error).message}`]);
    }
    return this.loadSources(parseSourceList(json, path.basename(file)));
  }

  /**
   * The curated sources this graph has never been offered (all of them on a first start), loaded;
   * one that was offered before and is gone now was removed by a librarian, and stays removed.
   */
  async loadCuratedOnce(file: string): Promise<{ created: string[] }> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new SourceDefinitionError([`${file}: ${(error as Error).message}`]);
    }
    const curated = parseSourceList(json, path.basename(file));
    const offered = new Set(await this.repos.sources.curatedOffered());
    const fresh = curated.filter((source) => !offered.has(source.id));
    if (fresh.length === 0) return { created: [] };
    return this.graph.writeTx(async (tx) => {
      const created = await this.repos.sources.upsert(tx, fresh, { keepEnabled: true });
      await this.repos.sources.rememberCuratedOffered(tx, [...new Set([...offered, ...curated.map((source) => source.id)])]);
      return { created };
    });
  }

  /**
   * Removes a source and its run history (its stored items stay), with an audit entry; a start never
   * loads it again, even a curated one the graph was not offered yet (`sources load` brings it back).
   */
  removeSource(id: string, actor: Viewer): Promise<SourceRecord> {
    return this.graph.writeTx(async (tx) => {
      const current = await this.repos.sources.getForUpdate(tx, id);
      if (!current) throw new UnknownSourceError(id);
      await this.repos.sources.remove(tx, id);
      await this.repos.sources.rememberRemoved(tx, id);
      await recordAudit(this.repos, tx, actor, 'SOURCE_REMOVED', 'Source', id, current, null);
      return current;
    });
  }

  async importOpml(xml: string): Promise<{ created: string[]; updated: string[] }> {
    return this.loadSources(importOpml(xml));
  }

  async exportOpml(): Promise<string> {
    return exportOpml(await this.repos.sources.list(), this.clock());
  }

  async crawl(sourceId: string, options: { force?: boolean } = {}): Promise<CrawlSummary> {
    if (!(await this.repos.sources.get(sourceId))) throw new UnknownSourceError(sourceId);
    return this.crawler.crawlSource(sourceId, options);
  }

  async crawlAll(options: { force?: boolean; concurrency?: number } = {}): Promise<CrawlSummary[]> {
    return this.crawler.crawlAll(options);
  }
}
