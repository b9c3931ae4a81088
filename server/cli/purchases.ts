import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { formatYuan } from '../../domain/purchase/money.js';
import type { RuleSettings } from '../../domain/purchase/rules.js';
import { STATUS_LABELS, REQUEST_STATUSES, type RequestStatus } from '../../domain/purchase/lifecycle.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { ValidationError } from '../../lib/errors.js';
import { addStore, assignStoreStaff, issueCard } from '../../services/purchase/cards.js';
import type { PurchaseContext } from '../../services/purchase/context.js';
import { checkEligibility } from '../../services/purchase/eligibility.js';
import { importBooks, importHoldings, type ImportReport } from '../../services/purchase/imports.js';
import { catalogueBook, markOverdueLoans, returnBook, reviewRequest } from '../../services/purchase/librarian.js';
import { createMailer } from '../../services/purchase/notify.js';
import { libraryRequests } from '../../services/purchase/queries.js';
import { getRules, updateRules } from '../../services/purchase/rules.js';
import { openGraph, prepareGraph } from '../runtime.js';

/**
 * `hechuang purchases …`: the operator's side of 你选书我买单 (books, holdings, cards, stores,
 * rules, review, returns, cataloguing, the overdue sweep), through the same services as the API.
 */

async function withPurchases<T>(work: (ctx: PurchaseContext) => Promise<T>, progress: (line: string) => void): Promise<T> {
  const config = loadConfig();
  const handle = await openGraph(config, { onProgress: progress });
  const mailer = createMailer(config.mail);
  try {
    await prepareGraph(handle.graph, config);
    return await work({ repos: createRepositories(handle.graph), mailer });
  } finally {
    mailer?.close();
    await handle.close();
  }
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw ValidationError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function printReport(report: ImportReport, progress: (line: string) => void): void {
  for (const row of report.rejected) process.stdout.write(`rejected\t${row.line}\t${row.message}\n`);
  progress(
    `${report.format}: ${report.books.created} books added, ${report.books.updated} updated, ${report.holdings} holdings set, ${report.rejected.length} rows rejected`,
  );
  if (report.rejected.length > 0) process.exitCode = 2;
}

const integer = (value: string) => {
  if (!/^-?\d+$/.test(value)) throw ValidationError(`expected a whole number, not ${JSON.stringify(value)}`);
  return Number(value);
};

export function registerPurchaseCommands(program: Command, progress: (line: string) => void): void {
  const purchases = program.command('purchases').description('你选书我买单: books, holdings, cards, stores, rules, review, returns');

  purchases
    .command('import-books')
    .description(
      'add or update books from a CSV/.xlsx list (isbn, 题名, 责任者, 出版社, 出版年, 定价, 中图分类号, 类型…) or MARC (ISO 2709 / MARCXML)',
    )
    .argument('<file>')
    .action(async (file: string) => {
      const bytes = await readInput(file);
      printReport(await withPurchases((ctx) => importBooks(ctx, CLI_ACTOR, { bytes, filename: file }), progress), progress);
    });

  purchases
    .command('import-holdings')
    .description(
      "set a library's holdings from its ILS: CSV/.xlsx (isbn, 册数, optional 馆代码) or MARC (CNMARC 010/690, one 905 per copy)",
    )
    .argument('<file>')
    .option('--library <id>', 'the member library (unless the CSV has a 馆代码 column)')
    .action(async (file: string, options: { library?: string }) => {
      const bytes = await readInput(file);
      const report = await withPurchases(
        (ctx) => importHoldings(ctx, CLI_ACTOR, { bytes, filename: file, libraryId: options.library ?? null }),
        progress,
      );
      printReport(report, progress);
    });

  purchases
    .command('card')
    .description("issue or renew a reader's library card")
    .requiredOption('--email <email>', 'the reader account')
    .requiredOption('--card <number>', 'card number')
    .requiredOption('--library <id>', 'home library')
    .requiredOption('--valid-until <date>', 'YYYY-MM-DD')
    .option('--loan-cap <n>', 'loans allowed at once', '10')
    .action(async (o: { email: string; card: string; library: string; validUntil: string; loanCap: string }) => {
      const card = await withPurchases(
        (ctx) =>
          issueCard(ctx, CLI_ACTOR, {
            email: o.email,
            cardNumber: o.card,
            homeLibraryId: o.library,
            validUntil: o.validUntil,
            loanCap: integer(o.loanCap),
          }),
        progress,
      );
      process.stdout.write(`card ${card.cardNumber} of ${o.email}, ${card.homeLibraryId}, valid until ${card.validUntil}\n`);
    });

  purchases
    .command('store')
    .description('register a partner bookstore (store: at the till; online: delivered)')
    .requiredOption('--id <id>')
    .requiredOption('--name <name>')
    .option('--channel <channel>', 'store or online', 'store')
    .option('--staff <email>', 'a BOOKSTORE account to make staff of this store')
    .action(async (o: { id: string; name: string; channel: string; staff?: string }) => {
      const channel = o.channel.toUpperCase() === 'ONLINE' ? 'ONLINE' : o.channel.toUpperCase() === 'STORE' ? 'STORE' : null;
      if (!channel) throw ValidationError('--channel must be store or online');
      await withPurchases(async (ctx) => {
        await addStore(ctx, CLI_ACTOR, { id: o.id, name: o.name, channel });
        if (o.staff) await assignStoreStaff(ctx, CLI_ACTOR, { email: o.staff, storeId: o.id });
      }, progress);
      process.stdout.write(`store ${o.id} (${channel.toLowerCase()})${o.staff ? `, staff ${o.staff}` : ''}\n`);
    });

  const rules = purchases.command('rules').description("a library's purchase rules");
  rules
    .command('show')
    .argument('<library>')
    .action(async (library: string) => {
      process.stdout.write(`${JSON.stringify(await withPurchases((ctx) => getRules(ctx, library), progress), null, 2)}\n`);
    });
  rules
    .command('set')
    .description('change rules from a JSON file of the settings to change (see `rules show`); versioned and audited')
    .argument('<library>')
    .argument('<file>', 'JSON, e.g. {"maxPriceFen": 8000, "minPublicationYear": 2016}')
    .action(async (library: string, file: string) => {
      let changes: Partial<RuleSettings>;
      try {
        changes = JSON.parse((await readInput(file)).toString('utf8')) as Partial<RuleSettings>;
      } catch (error) {
        throw ValidationError(`${file} is not JSON: ${(error as Error).message}`);
      }
      const saved = await withPurchases(async (ctx) => {
        const { libraryId: _l, version, updatedAt: _u, updatedBy: _b, ...current } = await getRules(ctx, library);
        return updateRules(ctx, CLI_ACTOR, { libraryId: library, expectedVersion: version, settings: { ...current, ...changes } });
      }, progress);
      process.stdout.write(`rules of ${library} saved as version ${saved.version}\n`);
    });

  purchases
    .command('check')
    .description('can this card have this book? (every rule that refuses)')
    .requiredOption('--card <number>')
    .requiredOption('--isbn <isbn>')
    .option('--channel <channel>', 'store or online', 'store')
    .action(async (o: { card: string; isbn: string; channel: string }) => {
      const verdict = await withPurchases(
        (ctx) =>
          checkEligibility(ctx, { cardNumber: o.card, isbn: o.isbn, channel: o.channel.toUpperCase() === 'ONLINE' ? 'ONLINE' : 'STORE' }),
        progress,
      );
      process.stdout.write(`${verdict.book.title}\t${formatYuan(verdict.book.priceFen ?? 0)} 元\t联盟馆藏 ${verdict.allianceCopies} 册\n`);
      process.stdout.write(verdict.eligible ? '可以选购\n' : verdict.refusals.map((r) => `${r.rule}\t${r.message}\n`).join(''));
      if (!verdict.eligible) process.exitCode = 2;
    });

  purchases
    .command('list')
    .description("a library's requests, newest first")
    .argument('<library>')
    .option('--status <status>', `one of ${REQUEST_STATUSES.join(', ')}`)
    .action(async (library: string, o: { status?: string }) => {
      const status = o.status?.toUpperCase() as RequestStatus | undefined;
      if (status && !REQUEST_STATUSES.includes(status)) throw ValidationError(`--status must be one of ${REQUEST_STATUSES.join(', ')}`);
      const page = await withPurchases(
        (ctx) => libraryRequests(ctx, CLI_ACTOR, library, status ? [status] : null, { first: 100 }),
        progress,
      );
      for (const { node: r } of page.edges)
        process.stdout.write(
          `${r.id}\t${r.status}\t${STATUS_LABELS[r.status]}\t${r.isbn}\t${r.title}\t${formatYuan(r.priceFen)}\t${r.cardNumber}\n`,
        );
    });

  purchases
    .command('review')
    .description('approve or reject a request under review')
    .argument('<request>')
    .option('--reject <reason>', 'reject, with the reason the reader is told')
    .action(async (id: string, o: { reject?: string }) => {
      const moved = await withPurchases(
        (ctx) => reviewRequest(ctx, CLI_ACTOR, { requestId: id, approve: !o.reject, note: o.reject ?? null }),
        progress,
      );
      process.stdout.write(`${id}\t${moved.request.status}${moved.changed ? '' : ' (unchanged)'}\n`);
    });

  for (const [name, description, run] of [
    ['return', 'the reader returned the book', returnBook],
    ['catalogue', 'catalogue a returned book into the holdings', catalogueBook],
  ] as const)
    purchases
      .command(name)
      .description(description)
      .argument('<request>')
      .action(async (id: string) => {
        const moved = await withPurchases((ctx) => run(ctx, CLI_ACTOR, id), progress);
        process.stdout.write(`${id}\t${moved.request.status}${moved.changed ? '' : ' (unchanged)'}\n`);
      });

  purchases
    .command('mark-overdue')
    .description('mark purchase loans past their due date overdue (run daily)')
    .action(async () => {
      const moved = await withPurchases((ctx) => markOverdueLoans(ctx, CLI_ACTOR), progress);
      process.stdout.write(`${moved} loans marked overdue\n`);
    });
}
