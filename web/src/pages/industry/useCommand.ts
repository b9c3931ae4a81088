import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { request, type ApiError } from '../../api';
import { asApiError } from '../../app/useQuery';

/** Runs a typed mutation from a page (the workbench has its own hook in its chunk); null on error, which it keeps. */
export function useCommand<Result, Variables>(document: TypedDocumentNode<Result, Variables>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = async (variables: Variables): Promise<Result | null> => {
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
  };
  return { run, busy, error };
}
