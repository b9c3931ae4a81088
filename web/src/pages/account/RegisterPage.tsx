import { useState, type FormEvent } from 'react';
import { request, type ApiError } from '../../api';
import { graphql } from '../../gql';
import { Link, navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { asApiError } from '../../app/useQuery';
import { ErrorMessage } from '../../components/Status';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      message
    }
  }
`);

/** Readers sign up themselves; the answer never says whether the e-mail had an account, so the page signs in next. */
export function RegisterPage() {
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    request(RegisterDocument, { input: { email: email.trim(), password, displayName: displayName.trim() } })
      .then(({ register }) =>
        login(email.trim(), password).then(
          () => navigate('/', { replace: true }),
          () => setNotice(`${register.message}如该邮箱已有账号，请到登录页用原密码登录。`),
        ),
      )
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="register-heading" className="narrow">
      <h2 id="register-heading">注册读者账号</h2>
      <form onSubmit={submit} className="stack">
        <label>
          电子邮箱
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          称呼
          <input autoComplete="nickname" required maxLength={64} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <label>
          密码（至少 10 个字符）
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <div aria-live="assertive">
          {error && <ErrorMessage error={error} prefix="注册失败" />}
          {notice && <p role="status">{notice}</p>}
        </div>
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? '正在注册…' : '注册'}
        </button>
      </form>
      <p>
        已有账号？<Link to="/login">登录</Link>
      </p>
    </section>
  );
}
