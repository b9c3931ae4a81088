import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { formatYuan } from '../../domain/budget/money.js';
import { statementStatusLabel, type Statement } from '../../domain/budget/settlement.js';
import { loadConfig } from '../../lib/config.js';
import { ValidationError } from '../../lib/errors.js';
import { StoreStatementMessage, describeIssues } from '../../purchases/bookstore/protocol.js';
import { approveStatement, closeMonth, payStatement, reconcileStatement, reviewStatement } from '../../services/budget/settlement.js';
import { exportStatement } from '../../services/budget/statement-export.js';
import { fetchStoreStatement } from '../../services/bookstore/stores.js';
import { withRepos } from './with-repos.js';

/** `hechuang budget close-month|statements|statement …`: monthly settlement with each bookstore. */

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const describe = (s: Statement) =>
  `${s.id}\t${statementStatusLabel(s.status)}\t${s.lineCount} 笔\t销售 ${formatYuan(s.salesFen)}\t退货 ${formatYuan(s.returnsFen)}\t折让 ${formatYuan(s.discountFen)}\t应付 ${formatYuan(s.netFen)}\t发票 ${s.invoiceNo ?? '—'}`;

export function registerSettlementCommands(budget: Command, progress: (line: string) => void): void {
  budget
    .command('close-month')
    .description("close a month into a bookstore's statement (its sales and returns of that month, China time)")
    .requiredOption('--store <id>', 'bookstore id from BOOKSTORES')
    .requiredOption('--month <YYYY-MM>')
    .action(async (o: { store: string; month: string }) => {
      const stores = loadConfig().bookstores.stores;
      const s = await withRepos(progress, (repos) => closeMonth(repos, CLI_ACTOR, stores, { storeId: o.store, month: o.month }));
      out(describe(s));
    });

  budget
    .command('statements')
    .description('list statements, newest month first')
    .option('--store <id>')
    .option('--month <YYYY-MM>')
    .action(async (o: { store?: string; month?: string }) => {
      const { items } = await withRepos(progress, (repos) =>
        repos.settlement.list({ storeId: o.store ?? null, month: o.month ?? null, first: 1_000, offset: 0 }),
      );
      for (const s of items) out(describe(s));
    });

  const statement = budget.command('statement').description('one statement: review, reconcile, approve, pay, export');

  statement
    .command('review')
    .argument('<id>', 'e.g. xinhua-jx:2026-06')
    .requiredOption('--invoice <no>', "the store's invoice number")
    .action(async (id: string, o: { invoice: string }) =>
      out(describe(await withRepos(progress, (repos) => reviewStatement(repos, CLI_ACTOR, id, o.invoice)))),
    );

  statement
    .command('reconcile')
    .description("compare with the store's own statement: fetched from the store, or from a JSON file in the protocol's format")
    .argument('<id>')
    .option('--file <statement.json>')
    .action(async (id: string, o: { file?: string }) => {
      const config = loadConfig();
      const result = await withRepos(progress, async (repos) => {
        const own = await repos.settlement.statement(id);
        if (!own) throw ValidationError(`没有结算单 ${id}`);
        let theirs;
        if (o.file) {
          const parsed = StoreStatementMessage.safeParse(JSON.parse(await readFile(o.file, 'utf8')));
          if (!parsed.success) throw ValidationError(`${o.file}：${describeIssues(parsed.error)}`);
          theirs = parsed.data;
        } else {
          theirs = await fetchStoreStatement(config.bookstores, own.storeId, own.month);
        }
        return reconcileStatement(repos, CLI_ACTOR, id, theirs);
      });
      for (const m of result.mismatches) out(`${m.kind}\t${m.message}`);
      out(`${result.mismatches.length} 处不符`);
      if (result.mismatches.length > 0) process.exitCode = 2;
    });

  statement
    .command('approve')
    .argument('<id>')
    .action(async (id: string) => out(describe(await withRepos(progress, (repos) => approveStatement(repos, CLI_ACTOR, id)))));

  statement
    .command('pay')
    .argument('<id>')
    .action(async (id: string) => out(describe(await withRepos(progress, (repos) => payStatement(repos, CLI_ACTOR, id)))));

  statement
    .command('export')
    .argument('<id>')
    .requiredOption('--format <format>', 'csv or xlsx')
    .option('--out <file>', 'write here instead of stdout')
    .action(async (id: string, o: { format: string; out?: string }) => {
      if (o.format !== 'csv' && o.format !== 'xlsx') throw ValidationError(`--format is csv or xlsx, not ${JSON.stringify(o.format)}`);
      const format = o.format;
      await withRepos(progress, async (repos) => {
        const file = await exportStatement(repos, id, format);
        await pipeline(file.body, o.out ? createWriteStream(o.out) : process.stdout, { end: !!o.out });
      });
    });
}
