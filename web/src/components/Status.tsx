import type { ReactNode } from 'react';
import type { ApiError } from '../api';

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '请先登录。',
  FORBIDDEN: '没有权限执行此操作。',
  NOT_FOUND: '未找到该条目。',
  CONFLICT: '该条目已被他人修改。',
  RATE_LIMITED: '尝试次数过多，请稍后再试。',
  UNAVAILABLE: '该功能暂不可用。',
  NETWORK: '无法连接服务，请检查网络。',
};

/** A Chinese sentence for an API error: our own codes get their meaning, the server's message follows. */
function errorText(error: ApiError): string {
  const known = MESSAGES[error.code];
  return known ? `${known}（${error.message}）` : error.message;
}

export function Loading({ children = '正在加载…' }: { children?: ReactNode }) {
  return (
    <p className="status" role="status" aria-busy="true">
      {children}
    </p>
  );
}

export function ErrorMessage({ error, prefix, retry }: { error: ApiError; prefix?: string; retry?: () => void }) {
  return (
    <div className="error" role="alert">
      <p>
        {prefix ? `${prefix}：` : ''}
        {errorText(error)}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          重试
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
