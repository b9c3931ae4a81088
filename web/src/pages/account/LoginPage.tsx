import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api';
import { Link, navigate, useSearchParams } from '../../app/router';
import { homeOf, useSession } from '../../app/session';
import { asApiError } from '../../app/useQuery';
import { ErrorMessage } from '../../components/Status';

export function LoginPage() {
  const { login } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    login(email.trim(), password)
      .then((account) => {
        const next = params.get('next');
        // Only paths of this site, never another origin.
        navigate(next && next.startsWith('/') && !next.startsWith('//') && next !== '/login' ? next : homeOf(account), { replace: true });
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="login-heading" className="narrow">
      <h2 id="login-heading">登录</h2>
      <form onSubmit={submit} className="stack">
        <label>
          电子邮箱
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          密码
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <div aria-live="assertive">{error && <ErrorMessage error={error} prefix="登录失败" />}</div>
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
      </form>
      <p>
        还没有账号？<Link to="/register">注册读者账号</Link>
      </p>
    </section>
  );
}
