import type { Connection, Edge } from '../../lib/connection.js';
import type { LedgerTransaction } from '../../domain/budget/types.js';
import type { Statement as StatementRecord } from '../../domain/budget/settlement.js';
import type { YearEndPreview } from '../../services/budget/year-end.js';

export type {
  Budget as BudgetMapper,
  FiscalYear as FiscalYearMapper,
  LedgerTransaction as BudgetTransactionMapper,
} from '../../domain/budget/types.js';
export type { BudgetOverview as BudgetOverviewMapper } from '../../services/budget/overview.js';
export type { Mismatch as StatementMismatchMapper, StatementLine as StatementLineMapper } from '../../domain/budget/settlement.js';
export type StatementMapper = StatementRecord;
export type BudgetContributionMapper = {
  source: { code: string; name: string; libraryId: string };
  creditedFen: number;
  allocatedFen: number;
};
export type BudgetTransactionConnectionMapper = Connection<LedgerTransaction>;
export type BudgetTransactionEdgeMapper = Edge<LedgerTransaction>;
export type StatementConnectionMapper = Connection<StatementRecord>;
export type StatementEdgeMapper = Edge<StatementRecord>;
export type YearEndPlanMapper = YearEndPreview;
