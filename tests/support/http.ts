import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type express from 'express';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** Serves an express app on a free loopback port for the duration of a suite. */
export async function listen(app: express.Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** A visitor's request: a typed document from `typed(…)` (tests/gql), or untyped text for hostile documents. */
export async function graphql<R, V>(
  url: string,
  document: DocumentTypeDecoration<R, V>,
  variables?: V,
): Promise<GraphQLResponse<R> & { status: number }>;
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T> & { status: number }>;
export async function graphql(
  url: string,
  query: unknown,
  variables: unknown = {},
): Promise<GraphQLResponse<unknown> & { status: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: String(query), variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<unknown>) };
}
