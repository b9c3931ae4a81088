import { Link, useLocation } from '../app/router';
import { isCurrentTab, loginHref, renderPanel, WORKBENCH } from '../app/routes';
import { isLibrarian, useSession } from '../app/session';
import { Loading } from '../components/Status';
import * as panels from './panels';

/** 馆员工作台: loaded only when a librarian opens it (see App.tsx); its tabs and panels are in app/routes.tsx. */
export default function Workbench() {
  const { account } = useSession();
  const { pathname } = useLocation();
  if (account === undefined) return <Loading>正在确认登录状态…</Loading>;
  if (!isLibrarian(account))
    return (
      <section aria-labelledby="workbench-heading">
        <h2 id="workbench-heading">{WORKBENCH.title}</h2>
        <p role="alert">
          {account ? '馆员工作台仅对馆员和管理员开放。' : '请先以馆员账号'}
          {!account && <Link to={loginHref(pathname)}>登录</Link>}
          {!account && '。'}
        </p>
      </section>
    );
  return (
    <section aria-labelledby="workbench-heading" className="workbench">
      <h2 id="workbench-heading">{WORKBENCH.title}</h2>
      <nav aria-label="工作台" className="tabs">
        <ul>
          {WORKBENCH.tabs.map((tab) => (
            <li key={tab.path}>
              <Link to={tab.path} aria-current={isCurrentTab(tab, pathname) ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {renderPanel(pathname, panels) ?? <p>工作台中没有这个页面。</p>}
    </section>
  );
}
