import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { request, type ApiError } from '../api';
import { asApiError, useQuery } from './useQuery';

interface Page<Item> {
  items: Item[];
  hasMore: boolean;
  endCursor?: string | null;
}

/** A page of a connection (`edges { node }`, `pageInfo`) as the hook takes it. */
export const pageOf = <Item>(connection: {
  edges: readonly { node: Item }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}): Page<Item> => ({
  items: connection.edges.map((e) => e.node),
  hasMore: connection.pageInfo.hasNextPage,
  endCursor: connection.pageInfo.endCursor ?? null,
});

/**
 * Cursor paging with "加载更多": the first page follows the variables (from the URL), further
 * pages are appended and dropped when the variables change.
 */
export function usePaged<Result, Variables extends { after?: string | null }, Item>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  pageOf: (result: Result) => Page<Item>,
  { skip = false } = {},
) {
  const first = useQuery(document, variables, { skip });
  const key = JSON.stringify(variables);
  const [more, setMore] = useState<{ key: string; pages: Page<Item>[] }>({ key, pages: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError>();
  useEffect(() => setMoreError(undefined), [key]);
  const pages = [...(first.data ? [pageOf(first.data)] : []), ...(more.key === key ? more.pages : [])];
  const last = pages.at(-1);
  const loadMore = () => {
    if (!last?.endCursor) return;
    setLoadingMore(true);
    request(document, { ...variables, after: last.endCursor })
      .then((result) => setMore((m) => ({ key, pages: [...(m.key === key ? m.pages : []), pageOf(result)] })))
      .catch((error: unknown) => setMoreError(asApiError(error)))
      .finally(() => setLoadingMore(false));
  };
  return {
    items: pages.flatMap((p) => p.items),
    hasMore: last?.hasMore ?? false,
    loading: first.loading,
    error: first.error,
    reload: first.reload,
    loadingMore,
    moreError,
    loadMore,
  };
}
