import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../../domain/account/access.js';
import type { FundKind } from '../../../domain/budget/types.js';
import { addFundingCredit, allocate } from '../../../services/budget/treasury.js';

/** Ledger fixtures made through the services: a fiscal year, a funding source with a credit, a fund with an allocated budget. */

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence += 1).toString(36)}`.toUpperCase();

export interface BuiltBudget {
  libraryId: string;
  fiscalYear: string;
  fundCode: string;
  fundName: string;
  budgetId: string;
  sourceCode: string;
}

export async function buildFiscalYear(graph: Graph, code = 'FY2026'): Promise<string> {
  const repos = createRepositories(graph);
  const year = code.slice(2);
  await repos.graph.writeTx((tx) =>
    repos.budgetSetup.upsertFiscalYear(tx, {
      code,
      name: `${year} 财年`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      topUpSourceCode: null,
    }),
  );
  return code;
}

/** A fund of a fresh (unique) library with `allocatedFen` allocated in `fiscalYear`; the source was credited `creditFen`. */
export async function buildBudget(
  graph: Graph,
  options: {
    allocatedFen?: number;
    creditFen?: number;
    fiscalYear?: string;
    kind?: FundKind;
    plannedFen?: number;
    libraryId?: string;
  } = {},
): Promise<BuiltBudget> {
  const repos = createRepositories(graph);
  const id = unique();
  const fiscalYear = await buildFiscalYear(graph, options.fiscalYear ?? 'FY2026');
  const libraryId = options.libraryId ?? `test-library-${id.toLowerCase()}`;
  const fundCode = `RC-T${id}`;
  const fundName = `测试馆${id}你选书我买单经费`;
  const sourceCode = `SRC-T${id}`;
  const allocatedFen = options.allocatedFen ?? 100_000;
  await repos.graph.writeTx(async (tx) => {
    await repos.budgetSetup.upsertFundingSource(tx, { code: sourceCode, name: `测试馆${id}出资`, libraryId });
    await repos.budgetSetup.upsertFund(tx, { code: fundCode, name: fundName, kind: options.kind ?? 'READER_CHOICE', libraryId });
    await repos.budgetSetup.ensureBudget(tx, { fundCode, fiscalYear, plannedFen: options.plannedFen ?? 0, status: 'ACTIVE' });
  });
  await addFundingCredit(repos, CLI_ACTOR, {
    sourceCode,
    fiscalYear,
    amountFen: options.creditFen ?? Math.max(allocatedFen, 1),
    effectiveDate: `${fiscalYear.slice(2)}-01-15`,
  });
  if (allocatedFen > 0) await allocate(repos, CLI_ACTOR, { sourceCode, fundCode, fiscalYear, amountFen: allocatedFen });
  return { libraryId, fiscalYear, fundCode, fundName, budgetId: `${fundCode}@${fiscalYear}`, sourceCode };
}
