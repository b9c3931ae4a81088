import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, request } from '../api';

export interface QueryState<Result> {
  data: Result | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs a typed query whenever its variables change (compared by value); stale answers are dropped. */
export function useQuery<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  { skip = false } = {},
): QueryState<Result> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; data?: Result; error?: ApiError; loading: boolean }>({ key, loading: !skip });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((s) => ({ key, data: s.key === key ? s.data : undefined, loading: true }));
    request(document, JSON.parse(key) as Variables)
      .then((data) => current && setState({ key, data, loading: false }))
      .catch((error: unknown) => current && setState({ key, error: asApiError(error), loading: false }));
    return () => {
      current = false;
    };
  }, [document, key, nonce, skip]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: !skip && (!fresh || state.loading),
    reload,
  };
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK');
}
