import { useQuery } from '../../app/useQuery';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import { formatYuan } from './charts';

const BudgetStatementsDocument = graphql(`
  query BudgetStatements {
    statements(first: 50) {
      totalCount
      edges {
        node {
          id
          storeId
          month
          status
          invoiceNo
          lineCount
          salesFen
          returnsFen
          discountFen
          netFen
          mismatchCount
          mismatches {
            message
          }
          csvUrl
          xlsxUrl
        }
      }
    }
  }
`);

const STATUS: Record<string, string> = { OPEN: '待审核', REVIEWED: '已审核', APPROVED: '已批准', PAID: '已付款' };

/** The bookstores' monthly statements with their state, reconciliation and downloads. */
export function StatementsPanel() {
  const { data, error, loading, reload } = useQuery(BudgetStatementsDocument, {});
  return (
    <section aria-labelledby="statements-title">
      <h2 id="statements-title">书店结算单</h2>
      {loading && <Loading />}
      {error && <ErrorMessage error={error} prefix="无法读取结算单" retry={reload} />}
      {data && data.statements.edges.length === 0 && <Empty>还没有结算单：月末用“hechuang budget close-month”结账。</Empty>}
      {data && data.statements.edges.length > 0 && (
        <table className="budget-table">
          <thead>
            <tr>
              <th scope="col">书店</th>
              <th scope="col">月份</th>
              <th scope="col">状态</th>
              <th scope="col">笔数</th>
              <th scope="col">销售</th>
              <th scope="col">退货</th>
              <th scope="col">折让</th>
              <th scope="col">应付</th>
              <th scope="col">发票号</th>
              <th scope="col">对账</th>
              <th scope="col">下载</th>
            </tr>
          </thead>
          <tbody>
            {data.statements.edges.map(({ node: s }) => [
              <tr key={s.id}>
                <th scope="row">{s.storeId}</th>
                <td>{s.month}</td>
                <td>{STATUS[s.status] ?? s.status}</td>
                <td>{s.lineCount}</td>
                <td>{formatYuan(s.salesFen)}</td>
                <td>{formatYuan(s.returnsFen)}</td>
                <td>{formatYuan(s.discountFen)}</td>
                <td>{formatYuan(s.netFen)}</td>
                <td>{s.invoiceNo ?? '—'}</td>
                <td>{s.mismatchCount === null ? '未对账' : s.mismatchCount === 0 ? '一致' : `${s.mismatchCount} 处不符`}</td>
                <td>
                  <a href={s.csvUrl}>CSV</a> · <a href={s.xlsxUrl}>Excel</a>
                </td>
              </tr>,
              s.mismatches.length > 0 && (
                <tr key={`${s.id}:mismatches`} className="statement-mismatches">
                  <td colSpan={11}>
                    <ul aria-label={`${s.storeId} ${s.month} 对账不符`}>
                      {s.mismatches.map((m, i) => (
                        <li key={i}>{m.message}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ),
            ])}
          </tbody>
        </table>
      )}
    </section>
  );
}
