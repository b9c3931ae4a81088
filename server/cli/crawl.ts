import { allowedPrivate, parseAllowList, privateAddressOf } from '../../crawlers/fetch/address-guard.js';
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { pino } from 'pino';
import type { CrawlSummary } from '../../services/source/crawler.js';
import type { SourceRecord } from '../../domain/source/model.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../logger.js';
import { openGraph, type RuntimeOptions } from '../runtime.js';
import { CrawlService, curatedSourcesFile } from '../../services/source/crawl.js';
import { AppError } from '../../lib/errors.js';
import { CLI_ACTOR } from '../../domain/account/access.js';

/** `hechuang sources …` and `hechuang crawl`: the crawl service from the command line. */

/** Exit code of `hechuang crawl` when one or more sources failed. */
export const CRAWL_FAILED_EXIT = 2;

async function withService<T>(options: RuntimeOptions, work: (service: CrawlService) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openGraph(config, options);
  try {
    // Warnings and worse to stderr: stdout carries the command's own output (tables, OPML, JSON).
    const log = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel }, pino.destination(2));
    return await work(new CrawlService(handle.graph, config.crawl, { log }));
  } finally {
    await handle.close();
  }
}

const out = (line: string) => process.stdout.write(`${line}\n`);

function sourceLine(s: SourceRecord): string {
  const state = s.enabled ? (s.errorCount > 0 ? `failing ×${s.errorCount}` : 'ok') : `disabled (${s.disabledReason ?? 'by a librarian'})`;
  const checked = s.lastCheckedAt ? s.lastCheckedAt.slice(0, 16).replace('T', ' ') : 'never';
  return [s.id, s.kind, s.itemType, s.level, s.regionCode, state, `checked ${checked}`, s.url].join('\t');
}

export function summaryTable(results: CrawlSummary[]): string {
  const header = ['source', 'status', 'fetched', 'new', 'updated', 'unchanged', 'errors', 'note'];
  const rows = results.map((r) => [
    r.sourceId,
    r.status,
    String(r.fetched),
    String(r.new),
    String(r.updated),
    String(r.unchanged),
    String(r.errors),
    (r.error ?? r.messages[0] ?? '').slice(0, 120) + (r.disabled && r.status === 'failed' ? ' [now disabled]' : ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const failed = results.filter((r) => r.status === 'failed').length;
  const total = (key: 'new' | 'updated' | 'errors') => results.reduce((sum, r) => sum + r[key], 0);
  return [
    line(header),
    ...rows.map(line),
    `${results.length} sources: ${failed} failed, ${results.filter((r) => r.status === 'skipped').length} skipped; ${total('new')} new, ${total('updated')} updated, ${total('errors')} errors`,
  ].join('\n');
}

export function registerCrawlCommands(program: Command, options: RuntimeOptions): void {
  const sources = program.command('sources').description('the crawled sources: startup news feeds and policy pages');

  sources
    .command('list')
    .description('list sources with their health (tab-separated; --json for everything)')
    .option('--json', 'print JSON')
    .option('--disabled', 'only disabled sources')
    .action(async (opts: { json?: boolean; disabled?: boolean }) => {
      await withService(options, async (service) => {
        const list = await service.listSources(opts.disabled ? { enabled: false } : {});
        if (opts.json) out(JSON.stringify(list, null, 2));
        else for (const s of list) out(sourceLine(s));
      });
    });

  sources
    .command('remove <id>')
    .description('remove a source and its run history (what it crawled stays); a curated source stays removed across restarts')
    .action(async (id: string) => {
      await withService(options, async (service) => {
        await service.removeSource(id, CLI_ACTOR);
        out(`source ${id} removed`);
      });
    });

  sources
    .command('add')
    .description('add or redefine one source, from options or a JSON definition')
    .option('--file <path>', 'a JSON file with one source definition')
    .option('--id <id>', 'stable id, e.g. jx-gov-policy')
    .option('--name <name>', 'display name')
    .option('--kind <kind>', 'rss | atom | jsonfeed | html')
    .option('--url <url>', 'feed URL or first list page')
    .option('--item-type <type>', 'policy | news (default: policy for html, news for feeds)')
    .option('--region <code>', 'region code, e.g. 330400')
    .option('--level <level>', '国家 | 浙江省 | 嘉兴市 | 区县')
    .option('--industries <codes>', 'comma-separated industry codes')
    .option('--schedule <cron>', 'cron expression')
    .option('--rules <json>', 'HTML extraction rules as JSON (listItem, nextPage, detail…)')
    .option('--covers <text>', 'what the source covers')
    .action(async (opts: Record<string, string | undefined>) => {
      let definition: Record<string, unknown> = {};
      if (opts.file) {
        try {
          definition = JSON.parse(await readFile(opts.file, 'utf8')) as Record<string, unknown>;
        } catch (error) {
          throw new CliInputError(`${opts.file}: ${(error as Error).message}`);
        }
      }
      const set = (key: string, value: unknown) => {
        if (value !== undefined) definition[key] = value;
      };
      set('id', opts.id);
      set('name', opts.name);
      set('kind', opts.kind);
      set('url', opts.url);
      set('itemType', opts.itemType);
      set('regionCode', opts.region);
      set('level', opts.level);
      set(
        'industries',
        opts.industries
          ?.split(',')
          .map((c) => c.trim())
          .filter(Boolean),
      );
      set('schedule', opts.schedule);
      set('covers', opts.covers);
      if (opts.rules !== undefined) {
        try {
          definition.rules = JSON.parse(opts.rules);
        } catch (error) {
          throw new CliInputError(`--rules is not valid JSON: ${(error as Error).message}`);
        }
      }
      await withService(options, async (service) => {
        const source = await service.addSource(definition);
        out(`source ${source.id} saved: ${source.kind} ${source.url}`);
        await warnIfPrivate(source.url, loadConfig().crawl.allowPrivate);
      });
    });

  sources
    .command('disable <id>')
    .description('stop crawling a source (its stored items stay)')
    .option('--reason <text>', 'why, shown in sources list')
    .action(async (id: string, opts: { reason?: string }) => {
      await withService(options, async (service) => {
        await service.setEnabled(id, false, opts.reason ?? null, CLI_ACTOR);
        out(`source ${id} disabled`);
      });
    });

  sources
    .command('enable <id>')
    .description('crawl a disabled source again (its error count starts over)')
    .action(async (id: string) => {
      await withService(options, async (service) => {
        await service.setEnabled(id, true, null, CLI_ACTOR);
        out(`source ${id} enabled`);
      });
    });

  sources
    .command('load [file]')
    .description('load the curated starting set (data/sources/sources.json); existing sources keep their state')
    .action(async (file: string | undefined) => {
      const path = file ?? curatedSourcesFile(loadConfig().projectRoot);
      await withService(options, async (service) => {
        const { created, updated } = await service.loadCurated(path);
        out(`${created.length} sources added, ${updated.length} updated from ${path}`);
      });
    });

  sources
    .command('import-opml <file>')
    .description('add the feeds of an OPML file (existing sources keep their state)')
    .action(async (file: string) => {
      const xml = await readFile(file, 'utf8');
      await withService(options, async (service) => {
        const { created, updated } = await service.importOpml(xml);
        out(`${created.length} sources added, ${updated.length} updated from ${file}`);
      });
    });

  sources
    .command('export-opml [file]')
    .description('write every source as OPML 2.0 (to stdout without a file)')
    .action(async (file: string | undefined) => {
      await withService(options, async (service) => {
        const xml = await service.exportOpml();
        if (file) {
          await writeFile(file, xml);
          out(`sources written to ${file}`);
        } else process.stdout.write(xml);
      });
    });

  program
    .command('crawl')
    .description('crawl sources now: those due (default), every enabled one (--all) or the given ones (--source)')
    .option('--source <id...>', 'crawl these sources now, even if backing off or disabled')
    .option('--all', 'every enabled source now, ignoring backoff')
    .action(async (opts: { source?: string[]; all?: boolean }) => {
      if (opts.source && opts.all) throw new CliInputError('use either --source or --all');
      const results = await withService(options, async (service) => {
        const stopOnSignal = (signal: NodeJS.Signals) => void interruptAndExit(service, signal);
        process.once('SIGTERM', stopOnSignal).once('SIGINT', stopOnSignal);
        if (opts.source) {
          const list: CrawlSummary[] = [];
          for (const id of opts.source) list.push(await service.crawl(id, { force: true }));
          return list;
        }
        return service.crawlAll({ force: opts.all ?? false });
      });
      out(summaryTable(results));
      if (results.some((r) => r.status === 'failed')) process.exitCode = CRAWL_FAILED_EXIT;
    });
}

/** SIGTERM or Ctrl-C during `hechuang crawl`: the runs end as failed with the reason and their sources are free at once. */
async function interruptAndExit(service: CrawlService, signal: NodeJS.Signals): Promise<void> {
  try {
    const runs = await service.crawler.interruptRuns(`interrupted: hechuang crawl was stopped (${signal})`);
    process.stderr.write(`hechuang: stopped by ${signal}; ${runs.length} crawl run(s) marked failed\n`);
  } finally {
    process.exit(signal === 'SIGINT' ? 130 : 143);
  }
}

/** A usage mistake the CLI reports in one line. */
/** A command line that cannot be run as given. */
export class CliInputError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

/** Says on stderr when a source points into a private network, and whether the crawler will fetch it. */
async function warnIfPrivate(url: string, allowPrivate: string[]): Promise<void> {
  const found = await privateAddressOf(url);
  if (!found) return;
  const allowed = allowedPrivate(url, found.address, parseAllowList(allowPrivate));
  process.stderr.write(
    `warning: ${url} points to a private address (${found.address}, ${found.range}); ` +
      (allowed ? 'CRAWL_ALLOW_PRIVATE allows it\n' : 'the crawler refuses it unless CRAWL_ALLOW_PRIVATE lists it\n'),
  );
}
