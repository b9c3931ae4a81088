import type { Mismatch, Statement, StatementLine, StatementStatus, StatementTotals } from '../../../domain/budget/settlement.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

const STATEMENT = `{ .id, .storeId, .month, .status, .invoiceNo, .discountBasisPoints, .lineCount, .mismatchCount, .salesFen, .returnsFen,
  .discountFen, .netFen, .version, reconciledAt: toString(s.reconciledAt), createdAt: toString(s.createdAt) }`;

const LINE = `{ .transactionId, .kind, .requestId, .storeRef, .amountFen, .budgetId, at: toString(l.at) }`;

const UNSETTLED = `t.type IN ['PAYMENT', 'CREDIT'] AND t.statementId IS NULL AND t.amountFen > 0
  AND NOT coalesce(t.key, '') STARTS WITH 'DISCOUNT:'`;

/** Monthly bookstore statements, their lines (each names the ledger transaction it settles) and reconciliations. */
export class SettlementRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Sales (payments) and returns (credits) of a store before `to` that no statement holds yet: the
   * month's, and any the store reported late for a month already closed (they come in the next one).
   */
  async unsettledLines(tx: Tx, storeId: string, to: string): Promise<StatementLine[]> {
    const rows = await tx.run<{ l: StatementLine }>(
      `MATCH (t:BudgetTransaction) WHERE t.storeId = $storeId AND t.at < datetime($to) AND ${UNSETTLED}
       WITH t, {transactionId: t.id, kind: CASE t.type WHEN 'PAYMENT' THEN 'SALE' ELSE 'RETURN' END, requestId: t.requestId,
                storeRef: coalesce(t.invoiceRef, t.requestId), amountFen: t.amountFen,
                budgetId: coalesce(t.fromBudgetId, t.toBudgetId), at: t.at} AS l
       RETURN l ${LINE} AS l ORDER BY t.at, t.id`,
      { storeId, to },
    );
    return rows.map((r) => r.l);
  }

  /**
   * The earliest month (China time, YYYY-MM) before `from` in which the store has unsettled lines
   * and no statement yet: a month left open. Lines of a month already closed (reported late) do not count.
   */
  async earliestOpenMonthBefore(tx: Tx, storeId: string, from: string): Promise<string | null> {
    const [row] = await tx.run<{ month: string }>(
      `MATCH (t:BudgetTransaction) WHERE t.storeId = $storeId AND t.at < datetime($from) AND ${UNSETTLED}
       WITH DISTINCT substring(toString(datetime({datetime: t.at, timezone: '+08:00'})), 0, 7) AS month
       WHERE NOT EXISTS { MATCH (:Statement {storeId: $storeId, month: month}) }
       RETURN month ORDER BY month LIMIT 1`,
      { storeId, from },
    );
    return row?.month ?? null;
  }

  async lockStatement(tx: Tx, id: string): Promise<void> {
    await tx.run('MATCH (s:Statement {id: $id}) SET s.version = s.version + 0', { id });
  }

  async statementInTx(tx: Tx, id: string): Promise<Statement | null> {
    const [row] = await tx.run<{ s: Statement }>(`MATCH (s:Statement {id: $id}) RETURN s ${STATEMENT} AS s`, { id });
    return row?.s ?? null;
  }

  async create(
    tx: Tx,
    input: {
      id: string;
      storeId: string;
      month: string;
      discountBasisPoints: number;
      totals: StatementTotals;
      lines: StatementLine[];
      actor: string;
      at: string;
    },
  ): Promise<void> {
    await tx.run(
      `CREATE (s:Statement {id: $id, storeId: $storeId, month: $month, status: 'OPEN', invoiceNo: null, discountBasisPoints: $bp,
                            lineCount: $lineCount, mismatchCount: null, salesFen: $salesFen, returnsFen: $returnsFen, discountFen: $discountFen,
                            netFen: $netFen, version: 1, createdBy: $actor, createdAt: datetime($at)})
       WITH s
       UNWIND $lines AS line
       MATCH (t:BudgetTransaction {id: line.transactionId})
       SET t.statementId = s.id
       CREATE (s)-[:HAS_LINE]->(:StatementLine {statementId: s.id, transactionId: line.transactionId, kind: line.kind, requestId: line.requestId,
                                                storeRef: line.storeRef, amountFen: line.amountFen, budgetId: line.budgetId, at: datetime(line.at)})`,
      {
        id: input.id,
        storeId: input.storeId,
        month: input.month,
        bp: int(input.discountBasisPoints),
        lineCount: int(input.lines.length),
        salesFen: int(input.totals.salesFen),
        returnsFen: int(input.totals.returnsFen),
        discountFen: int(input.totals.discountFen),
        netFen: int(input.totals.netFen),
        actor: input.actor,
        at: input.at,
        lines: input.lines.map((l) => ({ ...l, amountFen: int(l.amountFen) })),
      },
    );
  }

  async setStatus(tx: Tx, id: string, status: StatementStatus, actor: string, at: string, invoiceNo?: string): Promise<void> {
    await tx.run(
      `MATCH (s:Statement {id: $id})
       SET s.status = $status, s.version = s.version + 1, s.invoiceNo = coalesce($invoiceNo, s.invoiceNo),
           s.lastChangedBy = $actor, s.lastChangedAt = datetime($at)
       FOREACH (_ IN CASE $status WHEN 'REVIEWED' THEN [1] ELSE [] END | SET s.reviewedBy = $actor, s.reviewedAt = datetime($at))
       FOREACH (_ IN CASE $status WHEN 'APPROVED' THEN [1] ELSE [] END | SET s.approvedBy = $actor, s.approvedAt = datetime($at))
       FOREACH (_ IN CASE $status WHEN 'PAID' THEN [1] ELSE [] END | SET s.paidBy = $actor, s.paidAt = datetime($at))`,
      { id, status, actor, at, invoiceNo: invoiceNo ?? null },
    );
  }

  async saveReconciliation(tx: Tx, id: string, mismatches: Mismatch[], at: string): Promise<void> {
    await tx.run(
      `MATCH (s:Statement {id: $id})
       SET s.mismatchCount = $count, s.mismatchesJson = $json, s.reconciledAt = datetime($at), s.version = s.version + 1`,
      { id, count: int(mismatches.length), json: JSON.stringify(mismatches), at },
    );
  }

  async statement(id: string): Promise<(Statement & { mismatches: Mismatch[] }) | null> {
    const [row] = await this.graph.read<{ s: Statement; json: string | null }>(
      `MATCH (s:Statement {id: $id}) RETURN s ${STATEMENT} AS s, s.mismatchesJson AS json`,
      { id },
    );
    return row ? { ...row.s, mismatches: row.json ? (JSON.parse(row.json) as Mismatch[]) : [] } : null;
  }

  async lines(statementId: string): Promise<StatementLine[]> {
    const rows = await this.graph.read<{ l: StatementLine }>(
      `MATCH (:Statement {id: $statementId})-[:HAS_LINE]->(l:StatementLine) RETURN l ${LINE} AS l ORDER BY l.at, l.transactionId`,
      { statementId },
    );
    return rows.map((r) => r.l);
  }

  async linesInTx(tx: Tx, statementId: string): Promise<StatementLine[]> {
    const rows = await tx.run<{ l: StatementLine }>(
      `MATCH (:Statement {id: $statementId})-[:HAS_LINE]->(l:StatementLine) RETURN l ${LINE} AS l ORDER BY l.at, l.transactionId`,
      { statementId },
    );
    return rows.map((r) => r.l);
  }

  /** Statements, newest month first, then by store. */
  async list(filter: {
    storeId: string | null;
    month: string | null;
    first: number;
    offset: number;
  }): Promise<{ items: Statement[]; total: number }> {
    const rows = await this.graph.read<{ s: Statement; total: number }>(
      `MATCH (s:Statement) WHERE ($storeId IS NULL OR s.storeId = $storeId) AND ($month IS NULL OR s.month = $month)
       WITH s ORDER BY s.month DESC, s.storeId
       WITH collect(s) AS statements
       UNWIND statements[$offset..$offset + $first] AS s
       RETURN s ${STATEMENT} AS s, size(statements) AS total`,
      { storeId: filter.storeId, month: filter.month, first: int(filter.first), offset: int(filter.offset) },
    );
    return { items: rows.map((r) => r.s), total: rows[0]?.total ?? 0 };
  }
}
