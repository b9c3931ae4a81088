import type { Command } from 'commander';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { available } from '../../domain/budget/balance.js';
import { fenToDecimal, formatYuan, parseYuan } from '../../domain/budget/money.js';
import type { YearEndPreview } from '../../services/budget/year-end.js';
import { loadConfig } from '../../lib/config.js';
import { chinaDate, systemClock } from '../../lib/clock.js';
import { withRepos } from './with-repos.js';
import { exampleFiscalYearFile, loadFiscalYear, readFiscalYearFile } from '../../services/budget/fiscal-year-file.js';
import { addFundingCredit, allocate, transfer, voidTransaction } from '../../services/budget/treasury.js';
import { verifyLedger } from '../../services/budget/verify.js';
import { commitYearEnd, previewYearEnd } from '../../services/budget/year-end.js';
import { registerSettlementCommands } from './settlement.js';

/** `hechuang budget …`: the treasurer's ledger commands, as the CLI operator (an admin of no library). */

export const LEDGER_PROBLEMS_EXIT = 2;

const currentYear = () => `FY${chinaDate(systemClock()).slice(0, 4)}`;

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function printYearEnd(plan: YearEndPreview, committed: boolean): void {
  out(`${plan.fiscalYear} 年终${committed ? '结转（已执行）' : '结转预览（未执行；加 --commit 执行）'}`);
  out(`差额补足（出资方 ${plan.topUpSourceCode ?? '未指定'}）：合计 ${formatYuan(plan.topUpTotalFen)}`);
  for (const t of plan.topUps)
    out(
      `  ${t.fundCode}\t${t.fundName}\t计划 ${fenToDecimal(t.plannedFen)}\t已拨 ${fenToDecimal(t.fundedFen)}\t补足 ${fenToDecimal(t.shortfallFen)}`,
    );
  out(`结余结转至 ${plan.nextFiscalYear} ${plan.digitalFundCode ?? '（无数字资源经费）'}：合计 ${formatYuan(plan.rolloverTotalFen)}`);
  for (const r of plan.rollovers) out(`  ${r.fundCode}\t${r.fundName}\t${fenToDecimal(r.amountFen)}`);
  if (plan.openEncumbrancesFen > 0) out(`未释放预占 ${formatYuan(plan.openEncumbrancesFen)} 留在 ${plan.fiscalYear}，仍可支付或释放`);
}

export function registerBudgetCommands(program: Command, progress: (line: string) => void): void {
  const budget = program
    .command('budget')
    .description('the alliance ledger: fiscal years, funds, allocations, transfers, verify, year end, statements');

  budget
    .command('load')
    .description('load a fiscal year (funds, sources, dated credits, opening allocations); default: the example data/budget/fy2026.json')
    .argument('[file]')
    .action(async (file?: string) => {
      const data = await readFiscalYearFile(file ?? exampleFiscalYearFile(loadConfig().projectRoot));
      const report = await withRepos(progress, (repos) => loadFiscalYear(repos, data));
      out(
        `${report.fiscalYear}: ${report.funds} funds, ${report.creditsAdded} credits added, ${report.allocationsAdded} allocations added`,
      );
    });

  budget
    .command('status')
    .description('every budget of a fiscal year: allocated, net transfers, encumbered, expended, credited, available (元)')
    .option('--year <code>', 'fiscal year, e.g. FY2026 (default: this year)')
    .action(async (options: { year?: string }) => {
      const year = options.year ?? currentYear();
      const budgets = await withRepos(progress, (repos) => repos.budgetQueries.budgetsOfYear(year));
      out(['fund', 'name', 'status', 'allocated', 'transfers', 'encumbered', 'expended', 'credited', 'available'].join('\t'));
      for (const b of budgets) {
        out(
          [b.fundCode, b.fundName, b.status, b.allocatedFen, b.netTransfersFen, b.encumberedFen, b.expendedFen, b.creditedFen, available(b)]
            .map((v) => (typeof v === 'number' ? fenToDecimal(v) : v))
            .join('\t'),
        );
      }
    });

  budget
    .command('credit')
    .description("record money a funding source paid in (Evergreen's dated credit)")
    .requiredOption('--source <code>', 'funding source, e.g. SRC-JIASHAN')
    .requiredOption('--amount <yuan>', 'e.g. 200000, 20万 or 199.50')
    .requiredOption('--date <YYYY-MM-DD>', 'when it arrived')
    .option('--deadline <YYYY-MM-DD>', 'spend by')
    .option('--note <text>')
    .option('--year <code>', 'fiscal year (default: this year)')
    .action(async (o: { source: string; amount: string; date: string; deadline?: string; note?: string; year?: string }) => {
      const result = await withRepos(progress, (repos) =>
        addFundingCredit(repos, CLI_ACTOR, {
          sourceCode: o.source,
          fiscalYear: o.year ?? currentYear(),
          amountFen: parseYuan(o.amount),
          effectiveDate: o.date,
          deadlineDate: o.deadline ?? null,
          note: o.note ?? '',
        }),
      );
      out(`credit ${result.id}`);
    });

  budget
    .command('allocate')
    .description("allocate from a funding source's credits to a fund's budget")
    .requiredOption('--source <code>')
    .requiredOption('--fund <code>')
    .requiredOption('--amount <yuan>')
    .option('--year <code>', 'fiscal year (default: this year)')
    .action(async (o: { source: string; fund: string; amount: string; year?: string }) => {
      const t = await withRepos(progress, (repos) =>
        allocate(repos, CLI_ACTOR, {
          sourceCode: o.source,
          fundCode: o.fund,
          fiscalYear: o.year ?? currentYear(),
          amountFen: parseYuan(o.amount),
        }),
      );
      out(`ALLOCATION ${t.id} ${formatYuan(t.amountFen)} → ${t.toBudgetId}`);
    });

  budget
    .command('transfer')
    .description("move available money from one fund's budget to another's")
    .requiredOption('--from <fund>')
    .requiredOption('--to <fund>')
    .requiredOption('--amount <yuan>')
    .option('--year <code>', 'fiscal year (default: this year)')
    .action(async (o: { from: string; to: string; amount: string; year?: string }) => {
      const t = await withRepos(progress, (repos) =>
        transfer(repos, CLI_ACTOR, {
          fromFundCode: o.from,
          toFundCode: o.to,
          fiscalYear: o.year ?? currentYear(),
          amountFen: parseYuan(o.amount),
        }),
      );
      out(`TRANSFER ${t.id} ${formatYuan(t.amountFen)} ${t.fromBudgetId} → ${t.toBudgetId}`);
    });

  budget
    .command('void')
    .description('void an allocation or transfer entered by mistake (its amount becomes 0; nothing is deleted)')
    .argument('<transactionId>')
    .action(async (id: string) => {
      const t = await withRepos(progress, (repos) => voidTransaction(repos, CLI_ACTOR, id));
      out(`voided ${t.id} (${formatYuan(t.voidedAmountFen)})`);
    });

  budget
    .command('verify')
    .description('recompute every budget from its transactions; exit code 2 when anything disagrees')
    .action(async () => {
      const report = await withRepos(progress, verifyLedger);
      for (const p of report.problems) out(`${p.kind}\t${p.subject}\t${p.message}`);
      out(`${report.budgets} budgets checked, ${report.problems.length} problems`);
      if (report.problems.length > 0) process.exitCode = LEDGER_PROBLEMS_EXIT;
    });

  budget
    .command('year-end')
    .description(
      "preview (default) or --commit the year end: the city library's top-up, then the rollover of what is left into digital resources",
    )
    .argument('<fiscalYear>', 'e.g. FY2026')
    .option('--commit', 'write the transactions and close the year')
    .action(async (fiscalYear: string, o: { commit?: boolean }) => {
      const plan = await withRepos(progress, (repos) =>
        o.commit ? commitYearEnd(repos, CLI_ACTOR, fiscalYear) : previewYearEnd(repos, CLI_ACTOR, fiscalYear),
      );
      printYearEnd(plan, o.commit === true);
    });

  registerSettlementCommands(budget, progress);
}
