import type { ReactNode } from 'react';
import { Link, matchPath, useLocation } from '../app/router';
import { isLibrarian, useSession } from '../app/session';
import { Loading } from '../components/Status';
import type { EntityKind } from '../pages/entity/EntityPage';
import { ConditionsEditor } from './policy/ConditionsEditor';
import { ConditionsPolicyPicker } from './policy/ConditionsPolicyPicker';
import { CrawlSources } from './source/CrawlSources';
import { EntityEditor } from './entity/EntityEditor';
import { EntityList } from './entity/EntityList';
import { TopicReview } from './topic/TopicReview';

const TABS: [string, string][] = [
  ['/workbench/topics', '专题审核'],
  ['/workbench/entities', '知识图谱条目'],
  ['/workbench/conditions', '政策申报条件'],
  ['/workbench/sources', '采集源'],
];

const KINDS = ['Person', 'Organization', 'Project'];
const asKind = (value: string | undefined): EntityKind | null => (value && KINDS.includes(value) ? (value as EntityKind) : null);

function panel(pathname: string): ReactNode {
  if (pathname === '/workbench' || pathname === '/workbench/topics') return <TopicReview />;
  if (pathname === '/workbench/entities') return <EntityList />;
  let params = matchPath('/workbench/entities/new/:kind', pathname);
  if (params && asKind(params.kind)) return <EntityEditor key={`new-${params.kind}`} kind={asKind(params.kind)!} id={null} />;
  params = matchPath('/workbench/entities/:kind/:id', pathname);
  if (params && asKind(params.kind)) return <EntityEditor key={params.id} kind={asKind(params.kind)!} id={params.id!} />;
  if (pathname === '/workbench/conditions') return <ConditionsPolicyPicker />;
  params = matchPath('/workbench/conditions/:policyId', pathname);
  if (params) return <ConditionsEditor key={params.policyId} policyId={params.policyId!} />;
  if (pathname === '/workbench/sources') return <CrawlSources />;
  return <p>工作台中没有这个页面。</p>;
}

/** 馆员工作台: loaded only when a librarian opens it (see App.tsx). */
export default function Workbench() {
  const { account } = useSession();
  const { pathname } = useLocation();
  if (account === undefined) return <Loading>正在确认登录状态…</Loading>;
  if (!isLibrarian(account))
    return (
      <section aria-labelledby="workbench-heading">
        <h2 id="workbench-heading">馆员工作台</h2>
        <p role="alert">
          {account ? '馆员工作台仅对馆员和管理员开放。' : '请先以馆员账号'}
          {!account && <Link to={`/login?next=${encodeURIComponent(pathname)}`}>登录</Link>}
          {!account && '。'}
        </p>
      </section>
    );
  return (
    <section aria-labelledby="workbench-heading" className="workbench">
      <h2 id="workbench-heading">馆员工作台</h2>
      <nav aria-label="工作台" className="tabs">
        <ul>
          {TABS.map(([to, label]) => {
            const current = pathname === to || pathname.startsWith(`${to}/`) || (to === '/workbench/topics' && pathname === '/workbench');
            return (
              <li key={to}>
                <Link to={to} aria-current={current ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {panel(pathname)}
    </section>
  );
}
