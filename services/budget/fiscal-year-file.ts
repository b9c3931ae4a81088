import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Repositories } from '../../graph/repositories/index.js';
import { parseYuan } from '../../domain/budget/money.js';
import { CLI_ACTOR, type Viewer } from '../../domain/account/access.js';
import { ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';
import { addFundingCredit, allocate } from './treasury.js';

/**
 * A fiscal year from a file (`data/budget/fy2026.json`, the seed document's example): sources,
 * dated credits, funds with their planned amounts, budgets and the opening allocations. Loading
 * again adds nothing (credits and allocations carry ids).
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const money = z.string().min(1);

const FiscalYearFileSchema = z.object({
  version: z.string(),
  note: z.string().optional(),
  fiscalYear: z.strictObject({ code: z.string().regex(/^FY\d{4}$/), name: z.string().min(1), periodStart: date, periodEnd: date }),
  fundingSources: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1), libraryId: z.string().min(1) })),
  credits: z.array(
    z.strictObject({
      id: z.string().min(1),
      sourceCode: z.string().min(1),
      amount: money,
      effectiveDate: date,
      deadlineDate: date.optional(),
      note: z.string().optional(),
    }),
  ),
  funds: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z0-9-]+$/),
      name: z.string().min(1),
      kind: z.enum(['READER_CHOICE', 'DIGITAL_RESOURCES', 'OTHER']),
      libraryId: z.string().nullable(),
      planned: money,
    }),
  ),
  allocations: z.array(z.strictObject({ id: z.string().min(1), sourceCode: z.string(), fundCode: z.string(), amount: money })),
  cityLibrarySource: z.string().min(1),
});

export type FiscalYearFile = z.infer<typeof FiscalYearFileSchema>;

export const exampleFiscalYearFile = (projectRoot: string) => path.join(projectRoot, 'data', 'budget', 'fy2026.json');

export async function readFiscalYearFile(file: string): Promise<FiscalYearFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw ValidationError(`${file} 不是可读的 JSON：${(error as Error).message}`);
  }
  const parsed = FiscalYearFileSchema.safeParse(json);
  if (!parsed.success) {
    throw ValidationError(`${file}：${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export interface FiscalYearLoadReport {
  fiscalYear: string;
  funds: number;
  creditsAdded: number;
  allocationsAdded: number;
}

export async function loadFiscalYear(repos: Repositories, data: FiscalYearFile, viewer: Viewer = CLI_ACTOR): Promise<FiscalYearLoadReport> {
  const year = data.fiscalYear.code;
  await repos.graph.writeTx(async (tx) => {
    await repos.budgetSetup.upsertFiscalYear(tx, { ...data.fiscalYear, topUpSourceCode: data.cityLibrarySource });
    for (const source of data.fundingSources) await repos.budgetSetup.upsertFundingSource(tx, source);
    for (const fund of data.funds) {
      await repos.budgetSetup.upsertFund(tx, { code: fund.code, name: fund.name, kind: fund.kind, libraryId: fund.libraryId });
      await repos.budgetSetup.ensureBudget(tx, {
        fundCode: fund.code,
        fiscalYear: year,
        plannedFen: parseYuan(fund.planned),
        status: 'ACTIVE',
      });
    }
    await recordAudit(repos, tx, viewer, 'budget.load', 'FiscalYear', year, null, { funds: data.funds.length, version: data.version });
  });
  let creditsAdded = 0;
  for (const credit of data.credits) {
    const { created } = await addFundingCredit(repos, viewer, {
      id: credit.id,
      sourceCode: credit.sourceCode,
      fiscalYear: year,
      amountFen: parseYuan(credit.amount),
      effectiveDate: credit.effectiveDate,
      deadlineDate: credit.deadlineDate ?? null,
      note: credit.note ?? '',
    });
    if (created) creditsAdded += 1;
  }
  let allocationsAdded = 0;
  for (const a of data.allocations) {
    const key = `SEED:${a.id}`;
    const before = await repos.graph.readTx((tx) => repos.ledger.transactionByKey(tx, key));
    if (before) continue;
    await allocate(repos, viewer, {
      sourceCode: a.sourceCode,
      fundCode: a.fundCode,
      fiscalYear: year,
      amountFen: parseYuan(a.amount),
      key,
    });
    allocationsAdded += 1;
  }
  return { fiscalYear: year, funds: data.funds.length, creditsAdded, allocationsAdded };
}
