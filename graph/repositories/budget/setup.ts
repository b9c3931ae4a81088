import type { FiscalYear, Fund, FundingCredit, FundingSource } from '../../../domain/budget/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

/** The ledger's structure: fiscal years, funding sources and their dated credits, funds, budgets. */
export class BudgetSetupRepository {
  constructor(private readonly graph: Graph) {}

  /** `topUpSourceCode`: the funding source that covers a shortfall at year end (the city library's). */
  async upsertFiscalYear(tx: Tx, year: Omit<FiscalYear, 'status'> & { topUpSourceCode: string | null }): Promise<void> {
    await tx.run(
      `MERGE (y:FiscalYear {code: $code}) ON CREATE SET y.status = 'OPEN'
       SET y.name = $name, y.periodStart = $periodStart, y.periodEnd = $periodEnd,
           y.topUpSourceCode = coalesce($topUpSourceCode, y.topUpSourceCode)`,
      year,
    );
  }

  async fiscalYearInTx(tx: Tx, code: string): Promise<(FiscalYear & { topUpSourceCode: string | null }) | null> {
    const [row] = await tx.run<{ y: FiscalYear & { topUpSourceCode: string | null } }>(
      'MATCH (y:FiscalYear {code: $code}) RETURN y { .code, .name, .periodStart, .periodEnd, .status, .topUpSourceCode } AS y',
      {
        code,
      },
    );
    return row?.y ?? null;
  }

  /** Locks the fiscal year (year end runs once). */
  async lockFiscalYear(tx: Tx, code: string): Promise<void> {
    await tx.run('MATCH (y:FiscalYear {code: $code}) SET y.lockSeq = coalesce(y.lockSeq, 0) + 1', { code });
  }

  async closeFiscalYear(tx: Tx, code: string, at: string): Promise<void> {
    await tx.run("MATCH (y:FiscalYear {code: $code}) SET y.status = 'CLOSED', y.closedAt = datetime($at)", { code, at });
  }

  async fiscalYears(): Promise<FiscalYear[]> {
    const rows = await this.graph.read<{ y: FiscalYear }>(
      'MATCH (y:FiscalYear) RETURN y { .code, .name, .periodStart, .periodEnd, .status } AS y ORDER BY y.code',
    );
    return rows.map((r) => r.y);
  }

  async upsertFundingSource(tx: Tx, source: FundingSource): Promise<void> {
    await tx.run('MERGE (s:FundingSource {code: $code}) SET s.name = $name, s.libraryId = $libraryId', { ...source });
  }

  async fundingSourceInTx(tx: Tx, code: string): Promise<FundingSource | null> {
    const [row] = await tx.run<{ s: FundingSource }>('MATCH (s:FundingSource {code: $code}) RETURN s { .code, .name, .libraryId } AS s', {
      code,
    });
    return row?.s ?? null;
  }

  async fundingSourceOfLibraryInTx(tx: Tx, libraryId: string): Promise<FundingSource | null> {
    const [row] = await tx.run<{ s: FundingSource }>(
      'MATCH (s:FundingSource {libraryId: $libraryId}) RETURN s { .code, .name, .libraryId } AS s ORDER BY s.code LIMIT 1',
      { libraryId },
    );
    return row?.s ?? null;
  }

  /** Records a credit unless one with this id exists; returns whether it was new. */
  async addCredit(tx: Tx, credit: FundingCredit & { actor: string }): Promise<boolean> {
    const rows = await tx.run<{ created: boolean }>(
      `MATCH (s:FundingSource {code: $sourceCode})
       MERGE (c:FundingCredit {id: $id})
       ON CREATE SET c.sourceCode = $sourceCode, c.fiscalYear = $fiscalYear, c.amountFen = $amountFen, c.effectiveDate = $effectiveDate,
                     c.deadlineDate = $deadlineDate, c.note = $note, c.actor = $actor, c.at = datetime(), c.new = true
       MERGE (c)-[:OF_SOURCE]->(s)
       WITH c, coalesce(c.new, false) AS created REMOVE c.new
       RETURN created`,
      { ...credit, amountFen: int(credit.amountFen) },
    );
    return rows[0]?.created ?? false;
  }

  /** What a source has credited in a year, and what of it is allocated already (locks the source). */
  async sourceBalanceInTx(tx: Tx, code: string, fiscalYear: string): Promise<{ creditedFen: number; allocatedFen: number }> {
    await tx.run('MATCH (s:FundingSource {code: $code}) SET s.lockSeq = coalesce(s.lockSeq, 0) + 1', { code });
    const [row] = await tx.run<{ creditedFen: number; allocatedFen: number }>(
      `MATCH (s:FundingSource {code: $code})
       CALL (s) { OPTIONAL MATCH (c:FundingCredit {sourceCode: s.code, fiscalYear: $fiscalYear}) RETURN coalesce(sum(c.amountFen), 0) AS creditedFen }
       CALL (s) {
         OPTIONAL MATCH (t:BudgetTransaction {type: 'ALLOCATION', sourceCode: s.code, fiscalYear: $fiscalYear})
         RETURN coalesce(sum(t.amountFen), 0) AS allocatedFen
       }
       RETURN creditedFen, allocatedFen`,
      { code, fiscalYear },
    );
    return row ?? { creditedFen: 0, allocatedFen: 0 };
  }

  async upsertFund(tx: Tx, fund: Fund): Promise<void> {
    await tx.run('MERGE (f:Fund {code: $code}) SET f.name = $name, f.kind = $kind, f.libraryId = $libraryId', { ...fund });
  }

  /** Creates the fund's budget of the year with zero totals if it does not exist. */
  async ensureBudget(
    tx: Tx,
    input: { fundCode: string; fiscalYear: string; plannedFen: number; status: 'ACTIVE' | 'PLANNED' },
  ): Promise<string> {
    const [row] = await tx.run<{ id: string }>(
      `MATCH (f:Fund {code: $fundCode}), (y:FiscalYear {code: $fiscalYear})
       MERGE (b:Budget {id: $fundCode + '@' + $fiscalYear})
       ON CREATE SET b.fundCode = $fundCode, b.fiscalYear = $fiscalYear, b.status = $status, b.plannedFen = $plannedFen,
                     b.allocatedFen = 0, b.netTransfersFen = 0, b.encumberedFen = 0, b.expendedFen = 0, b.creditedFen = 0
       MERGE (b)-[:OF_FUND]->(f)
       MERGE (b)-[:IN_YEAR]->(y)
       MERGE (:BudgetLock {budgetId: b.id})
       RETURN b.id AS id`,
      { ...input, plannedFen: int(input.plannedFen) },
    );
    if (!row) throw new Error(`fund ${input.fundCode} or fiscal year ${input.fiscalYear} missing`);
    return row.id;
  }

  async digitalResourcesFundCodeInTx(tx: Tx): Promise<string | null> {
    const [row] = await tx.run<{ code: string }>(
      "MATCH (f:Fund {kind: 'DIGITAL_RESOURCES'}) RETURN f.code AS code ORDER BY f.code LIMIT 1",
    );
    return row?.code ?? null;
  }

  /** Credits per funding source and year, for the dashboard. */
  async creditsBySource(fiscalYear: string): Promise<{ source: FundingSource; creditedFen: number; allocatedFen: number }[]> {
    return this.graph.read(
      `MATCH (s:FundingSource)
       CALL (s) { OPTIONAL MATCH (c:FundingCredit {sourceCode: s.code, fiscalYear: $fiscalYear}) RETURN coalesce(sum(c.amountFen), 0) AS creditedFen }
       CALL (s) {
         OPTIONAL MATCH (t:BudgetTransaction {type: 'ALLOCATION', sourceCode: s.code, fiscalYear: $fiscalYear})
         RETURN coalesce(sum(t.amountFen), 0) AS allocatedFen
       }
       RETURN s { .code, .name, .libraryId } AS source, creditedFen, allocatedFen ORDER BY s.code`,
      { fiscalYear },
    );
  }
}
