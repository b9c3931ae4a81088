import { Link, navigate, useLocation } from './router';
import { ROLE } from './labels';
import { loginHref, navigation, sectionOf } from './routes';
import { useSession } from './session';

export function Header() {
  const { pathname } = useLocation();
  const { account, logout } = useSession();
  const current = sectionOf(pathname);
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
          {navigation(account).map((entry) => (
            <li key={entry.path}>
              <Link to={entry.path} aria-current={current === entry.section ? 'page' : undefined}>
                {entry.label}
              </Link>
            </li>
          ))}
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
          <Link to={loginHref(pathname)}>登录</Link>
        )}
      </div>
    </header>
  );
}
