import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { request, type ApiError } from '../api';
import { asApiError } from './useQuery';

/** Runs a typed document on demand (a mutation, or a query a button asks); remembers whether it runs and its last error. Resolves to null on error. */
export function useMutation<Result, Variables>(document: TypedDocumentNode<Result, Variables>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = useCallback(
    async (variables: Variables): Promise<Result | null> => {
      setBusy(true);
      setError(undefined);
      try {
        return await request(document, variables);
      } catch (e) {
        setError(asApiError(e));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [document],
  );
  return { run, busy, error, clearError: () => setError(undefined) };
}
