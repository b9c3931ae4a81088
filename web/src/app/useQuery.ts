import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, requestPartial, type FieldError } from '../api';

export interface QueryState<Result> {
  data: Result | undefined;
  error: ApiError | undefined;
  /** With `partial`: the errors of fields that failed while the rest answered (nullable sections). */
  fieldErrors: readonly FieldError[];
  loading: boolean;
  reload: () => void;
}

const NO_FIELD_ERRORS: readonly FieldError[] = [];

/**
 * Runs a typed query whenever its variables change (compared by value); stale answers are
 * dropped. An error of any field fails the whole query, unless `partial`: then the data comes
 * with the failed fields' errors (`fieldErrors`), for pages whose sections fail alone.
 */
export function useQuery<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  { skip = false, partial = false } = {},
): QueryState<Result> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{
    key: string;
    data?: Result;
    error?: ApiError;
    fieldErrors?: readonly FieldError[];
    loading: boolean;
  }>({ key, loading: !skip });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((s) => ({ key, data: s.key === key ? s.data : undefined, loading: true }));
    requestPartial(document, JSON.parse(key) as Variables)
      .then(({ data, errors }) => {
        if (!current) return;
        const [first] = errors;
        if (first && !partial) setState({ key, error: new ApiError(first.message, first.code), loading: false });
        else setState({ key, data, fieldErrors: errors, loading: false });
      })
      .catch((error: unknown) => current && setState({ key, error: asApiError(error), loading: false }));
    return () => {
      current = false;
    };
  }, [document, key, nonce, skip, partial]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    fieldErrors: (fresh && state.fieldErrors) || NO_FIELD_ERRORS,
    loading: !skip && (!fresh || state.loading),
    reload,
  };
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK');
}
