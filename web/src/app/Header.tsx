import { Link, navigate, useLocation } from './router';
import { ROLE } from './labels';
import { isLibrarian, useSession } from './session';

const NAV: [string, string][] = [
  ['/', '产业'],
  ['/policies', '政策'],
  ['/match', '政策匹配'],
  ['/topics', '专题库'],
  ['/news', '资讯'],
  ['/search', '搜索'],
];

const active = (pathname: string, to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

export function Header() {
  const { pathname } = useLocation();
  const { account, logout } = useSession();
  return (
    <header className="site">
      <div className="brand">
        <h1>
          <Link to="/">禾创</Link>
        </h1>
        <p>嘉兴市公共数字图书馆 · 创客空间知识服务</p>
      </div>
      <nav aria-label="主导航">
        <ul>
          {NAV.map(([to, label]) => (
            <li key={to}>
              <Link to={to} aria-current={active(pathname, to) ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
          {isLibrarian(account) && (
            <li>
              <Link to="/workbench" aria-current={active(pathname, '/workbench') ? 'page' : undefined}>
                馆员工作台
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <div className="account">
        {account === undefined ? null : account ? (
          <>
            <span>
              {account.displayName}（{ROLE[account.role]}）
            </span>
            <button
              type="button"
              className="link"
              onClick={() =>
                void logout()
                  .finally(() => navigate('/'))
                  .catch(() => undefined)
              }
            >
              退出
            </button>
          </>
        ) : (
          <Link to={`/login?next=${encodeURIComponent(pathname)}`}>登录</Link>
        )}
      </div>
    </header>
  );
}
