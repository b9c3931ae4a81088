import { useMemo } from 'react';
import './budget.css';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { BudgetDashboardQuery } from '../../gql/graphql';
import { Chart, formatYuan, yuan, type ChartOption } from './charts';
import { StatementsPanel } from './StatementsPanel';

const BudgetDashboardDocument = graphql(`
  query BudgetDashboard($fiscalYear: String) {
    budgetOverview(fiscalYear: $fiscalYear) {
      fiscalYear {
        code
        name
        periodStart
        periodEnd
        status
      }
      budgets {
        id
        fundCode
        fundName
        fundKind
        status
        plannedFen
        totalFundingFen
        encumberedFen
        expendedFen
        creditedFen
        availableFen
      }
      contributions {
        sourceCode
        name
        creditedFen
        allocatedFen
      }
      months {
        month
        encumberedFen
        expendedFen
        creditedFen
      }
    }
  }
`);

type Overview = BudgetDashboardQuery['budgetOverview'];

const KIND: Record<string, string> = { READER_CHOICE: '你选书我买单', DIGITAL_RESOURCES: '数字资源', OTHER: '其他' };

function contributionChart(o: Overview): ChartOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: (v: number) => `${v.toLocaleString('zh-CN')} 元` },
    // The names in the legend, not beside the slices: outside labels are cut off at the chart's edge.
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['30%', '55%'],
        center: ['50%', '38%'],
        label: { show: false },
        labelLine: { show: false },
        data: o.contributions.map((c) => ({ name: c.name, value: yuan(c.creditedFen) })),
      },
    ],
  };
}

function fundChart(o: Overview): ChartOption {
  const funds = o.budgets;
  const bar = (name: string, values: number[]) => ({ name, type: 'bar', stack: 'money', data: values.map(yuan) });
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toLocaleString('zh-CN')} 元` },
    legend: { top: 0 },
    grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
    // 万元 on the value axis: "2,000,000" labels ran into each other.
    xAxis: { type: 'value', name: '万元', axisLabel: { formatter: (v: number) => `${v / 10_000}`, hideOverlap: true } },
    yAxis: {
      type: 'category',
      data: funds.map((b) => b.fundName),
      // Every fund named, cut to a third of a phone's width (the tooltip has the whole name).
      axisLabel: { interval: 0, width: Math.min(170, Math.round(window.innerWidth * 0.3)), overflow: 'truncate' },
    },
    series: [
      bar(
        '已支出',
        funds.map((b) => b.expendedFen - b.creditedFen),
      ),
      bar(
        '已预占',
        funds.map((b) => b.encumberedFen),
      ),
      bar(
        '可用',
        funds.map((b) => Math.max(0, b.availableFen)),
      ),
    ],
  };
}

function monthChart(o: Overview): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toLocaleString('zh-CN')} 元` },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: o.months.map((m) => m.month), axisLabel: { interval: 0, rotate: o.months.length > 6 ? 45 : 0 } },
    yAxis: { type: 'value', name: '元', axisLabel: { hideOverlap: true } },
    series: [
      { name: '预占', type: 'bar', data: o.months.map((m) => yuan(m.encumberedFen)) },
      { name: '支出', type: 'bar', data: o.months.map((m) => yuan(m.expendedFen)) },
      { name: '退款与折让', type: 'line', data: o.months.map((m) => yuan(m.creditedFen)) },
    ],
  };
}

export default function BudgetDashboardPage() {
  const { account } = useSession();
  const treasurer = account?.role === 'ADMIN';
  const { data, error, loading, reload } = useQuery(BudgetDashboardDocument, {}, { skip: !treasurer });
  const o = data?.budgetOverview;
  const charts = useMemo(() => (o ? { contributions: contributionChart(o), funds: fundChart(o), months: monthChart(o) } : null), [o]);
  if (account === undefined) return <Loading>正在确认登录状态…</Loading>;
  if (!treasurer)
    return (
      <section className="budget-dashboard" aria-labelledby="budget-title">
        <h1 id="budget-title">联盟经费</h1>
        <p role="alert">经费看板仅对联盟财务（管理员）开放。{!account && <Link to={'/login?next=%2Fbudget'}>登录</Link>}</p>
      </section>
    );
  if (loading) return <Loading />;
  if (error) return <ErrorMessage error={error} prefix="无法读取经费" retry={reload} />;
  if (!o || !charts) return null;
  const sum = (pick: (b: Overview['budgets'][number]) => number) => o.budgets.reduce((s, b) => s + pick(b), 0);
  return (
    <section className="budget-dashboard" aria-labelledby="budget-title">
      <h1 id="budget-title">联盟经费 · {o.fiscalYear.name}</h1>
      <p className="muted">
        {o.fiscalYear.periodStart} 至 {o.fiscalYear.periodEnd}，{o.fiscalYear.status === 'OPEN' ? '进行中' : '已结转'}。可用 = 总经费
        −（预占 + 支出 − 退款）。
      </p>
      <dl className="budget-totals">
        <div>
          <dt>总经费</dt>
          <dd>{formatYuan(sum((b) => b.totalFundingFen))}</dd>
        </div>
        <div>
          <dt>已支出</dt>
          <dd>{formatYuan(sum((b) => b.expendedFen - b.creditedFen))}</dd>
        </div>
        <div>
          <dt>已预占</dt>
          <dd>{formatYuan(sum((b) => b.encumberedFen))}</dd>
        </div>
        <div>
          <dt>可用</dt>
          <dd>{formatYuan(sum((b) => b.availableFen))}</dd>
        </div>
      </dl>
      <div className="budget-charts">
        <figure>
          <figcaption>各馆出资（到账）</figcaption>
          <Chart option={charts.contributions} label="各馆出资饼图" />
        </figure>
        <figure>
          <figcaption>按月：预占、支出、退款</figcaption>
          <Chart option={charts.months} label="按月经费柱状图" />
        </figure>
        <figure className="budget-chart-wide">
          <figcaption>各项经费：已支出、已预占、可用</figcaption>
          <Chart option={charts.funds} label="各项经费堆叠条形图" height={Math.max(320, 28 * o.budgets.length + 60)} />
        </figure>
      </div>
      <table className="budget-table">
        <caption>经费明细（元）</caption>
        <thead>
          <tr>
            <th scope="col">经费</th>
            <th scope="col">类别</th>
            <th scope="col">计划</th>
            <th scope="col">总经费</th>
            <th scope="col">已预占</th>
            <th scope="col">已支出</th>
            <th scope="col">可用</th>
          </tr>
        </thead>
        <tbody>
          {o.budgets.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.fundName}</th>
              <td>{KIND[b.fundKind] ?? b.fundKind}</td>
              <td>{formatYuan(b.plannedFen)}</td>
              <td>{formatYuan(b.totalFundingFen)}</td>
              <td>{formatYuan(b.encumberedFen)}</td>
              <td>{formatYuan(b.expendedFen - b.creditedFen)}</td>
              <td>{formatYuan(b.availableFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <StatementsPanel />
    </section>
  );
}
