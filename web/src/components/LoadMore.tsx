import type { ApiError } from '../api';
import { ErrorMessage } from './Status';

export function LoadMore({
  hasMore,
  loading,
  error,
  onMore,
}: {
  hasMore: boolean;
  loading: boolean;
  error?: ApiError;
  onMore: () => void;
}) {
  return (
    <div className="more">
      {error && <ErrorMessage error={error} prefix="加载更多失败" />}
      {hasMore && (
        <button type="button" onClick={onMore} disabled={loading} aria-busy={loading}>
          {loading ? '正在加载…' : '加载更多'}
        </button>
      )}
    </div>
  );
}
