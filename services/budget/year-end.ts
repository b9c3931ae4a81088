import { newId } from '../../graph/ids.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { nextFiscalYearCode, planYearEnd, type YearEndPlan } from '../../domain/budget/year-end.js';
import { lockBudgetsInTx } from './ledger.js';
import { requireRole, type Viewer } from '../../domain/account/access.js';
import { chinaDate, systemClock, type Clock } from '../../lib/clock.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';

/**
 * Year end as explicit transactions, previewed first (FOLIO's rollover Preview / Commit): the city
 * library's top-up of every shortfall (a dated credit of its funding source and an allocation per
 * short budget), then a ROLLOVER of what is left on each budget into next year's digital-resources
 * budget; the year's budgets and the year then close. The commit runs once: a closed year is refused.
 */

export interface YearEndPreview extends YearEndPlan {
  topUpSourceCode: string | null;
  digitalFundCode: string | null;
}

export async function previewYearEnd(repos: Repositories, viewer: Viewer, fiscalYear: string): Promise<YearEndPreview> {
  requireRole({ viewer }, 'ADMIN');
  return repos.graph.readTx(async (tx) => {
    const year = await repos.budgetSetup.fiscalYearInTx(tx, fiscalYear);
    if (!year) throw NotFoundError('FiscalYear', fiscalYear);
    const budgets = await repos.ledger.budgetsOfYearInTx(tx, fiscalYear);
    return {
      ...planYearEnd(fiscalYear, budgets),
      topUpSourceCode: year.topUpSourceCode,
      digitalFundCode: await repos.budgetSetup.digitalResourcesFundCodeInTx(tx),
    };
  });
}

export async function commitYearEnd(
  repos: Repositories,
  viewer: Viewer,
  fiscalYear: string,
  clock: Clock = systemClock,
): Promise<YearEndPreview> {
  requireRole({ viewer }, 'ADMIN');
  const at = clock();
  return repos.graph.writeTx(async (tx) => {
    const year = await repos.budgetSetup.fiscalYearInTx(tx, fiscalYear);
    if (!year) throw NotFoundError('FiscalYear', fiscalYear);
    // The one lock order: every budget the year end touches (this year's and next year's digital resources), by id, first.
    const digitalFundCode = await repos.budgetSetup.digitalResourcesFundCodeInTx(tx);
    const ids = (await repos.ledger.budgetsOfYearInTx(tx, fiscalYear)).map((b) => b.id);
    await lockBudgetsInTx(tx, [...ids, digitalFundCode ? `${digitalFundCode}@${nextFiscalYearCode(fiscalYear)}` : null]);
    await repos.budgetSetup.lockFiscalYear(tx, fiscalYear);
    if ((await repos.budgetSetup.fiscalYearInTx(tx, fiscalYear))!.status === 'CLOSED') {
      throw ValidationError(`${fiscalYear} 已完成年终结转`, { rule: 'FISCAL_YEAR_CLOSED', fiscalYear });
    }
    const plan = planYearEnd(fiscalYear, await repos.ledger.budgetsOfYearInTx(tx, fiscalYear));
    if (!digitalFundCode && plan.rolloverTotalFen > 0) throw ValidationError('没有数字资源经费（DIGITAL_RESOURCES），结余无处结转');
    if (!year.topUpSourceCode && plan.topUpTotalFen > 0) throw ValidationError(`${fiscalYear} 没有指定补足差额的出资方（市馆）`);

    if (plan.topUpTotalFen > 0) {
      const sourceCode = year.topUpSourceCode!;
      await repos.budgetSetup.addCredit(tx, {
        id: `TOPUP-${fiscalYear}`,
        sourceCode,
        fiscalYear,
        amountFen: plan.topUpTotalFen,
        effectiveDate: chinaDate(at),
        deadlineDate: null,
        note: `${fiscalYear} 年终差额补足`,
        actor: viewer.id,
      });
      for (const t of plan.topUps) {
        await repos.ledger.createTransaction(tx, {
          id: newId(at.getTime()),
          key: `TOPUP:${t.budgetId}`,
          type: 'ALLOCATION',
          fiscalYear,
          amountFen: t.shortfallFen,
          fromBudgetId: null,
          toBudgetId: t.budgetId,
          sourceCode,
          description: `年终差额补足：${t.fundName}`,
          actor: viewer.id,
          at: at.toISOString(),
        });
        await repos.ledger.addToTotals(tx, t.budgetId, { allocatedFen: t.shortfallFen });
      }
    }

    if (plan.rollovers.length > 0) {
      const next = plan.nextFiscalYear;
      const nextYear = next.slice(2);
      if (!(await repos.budgetSetup.fiscalYearInTx(tx, next))) {
        await repos.budgetSetup.upsertFiscalYear(tx, {
          code: next,
          name: `${nextYear} 财年`,
          periodStart: `${nextYear}-01-01`,
          periodEnd: `${nextYear}-12-31`,
          topUpSourceCode: year.topUpSourceCode,
        });
      }
      const target = await repos.budgetSetup.ensureBudget(tx, {
        fundCode: digitalFundCode!,
        fiscalYear: next,
        plannedFen: 0,
        status: 'ACTIVE',
      });
      await repos.ledger.lockBudget(tx, target); // created just now, or already held
      for (const r of plan.rollovers) {
        await repos.ledger.createTransaction(tx, {
          id: newId(at.getTime()),
          key: `ROLLOVER:${r.budgetId}`,
          type: 'ROLLOVER',
          fiscalYear,
          amountFen: r.amountFen,
          fromBudgetId: r.budgetId,
          toBudgetId: target,
          description: `年终结余结转：${r.fundName} → ${next} 数字文献资源`,
          actor: viewer.id,
          at: at.toISOString(),
        });
        await repos.ledger.addToTotals(tx, r.budgetId, { netTransfersFen: -r.amountFen });
        await repos.ledger.addToTotals(tx, target, { netTransfersFen: r.amountFen });
      }
    }
    for (const id of ids) await repos.ledger.setBudgetStatus(tx, id, 'CLOSED');
    await repos.budgetSetup.closeFiscalYear(tx, fiscalYear, at.toISOString());
    await recordAudit(repos, tx, viewer, 'budget.yearEnd', 'FiscalYear', fiscalYear, null, plan);
    return { ...plan, topUpSourceCode: year.topUpSourceCode, digitalFundCode };
  });
}
