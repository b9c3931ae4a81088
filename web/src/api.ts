import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;

/** Remembers the session's CSRF token (from `login`, `register` or the `csrfToken` query). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** An error of one field of an answer that still has data: `path` names the field (e.g. ['industryLibrary', 'topics']). */
export interface FieldError {
  message: string;
  code: string;
  path: readonly (string | number)[];
}

/** Sends a typed GraphQL document to the service and returns its data, or throws ApiError (on any error, even beside data). */
export async function request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables): Promise<Result> {
  const { data, errors } = await requestPartial(document, variables);
  const [error] = errors;
  if (error) throw new ApiError(error.message, error.code);
  return data;
}

/**
 * As `request`, but an answer with data and errors of some fields (nullable sections that failed
 * alone) returns both; it throws only when there is no data.
 */
export async function requestPartial<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables?: Variables,
): Promise<{ data: Result; errors: FieldError[] }> {
  // Codegen replaces every document by its hash (codegen.ts); the server knows these
  // (persisted documents) and, in production, runs nothing else.
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new ApiError('文档缺少持久化哈希，请运行 npm run codegen', 'CLIENT');
  const payload = { extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } }, variables };
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      // The CSRF header is required on mutations (see ARCHITECTURE.md, "Sessions and CSRF").
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'x-hechuang-csrf': csrfToken ?? 'anonymous',
      },
      body: JSON.stringify(payload),
    });
  } catch {
    throw new ApiError('无法连接服务', 'NETWORK');
  }
  let body: { data?: Result | null; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`服务返回 HTTP ${response.status}`, 'HTTP');
  }
  const errors = (body.errors ?? []).map((e) => ({
    message: e.message,
    code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
    path: e.path ?? [],
  }));
  if (!body.data) {
    const [error] = errors;
    if (error) throw new ApiError(error.message, error.code);
    throw new ApiError(`服务返回 HTTP ${response.status}`, 'HTTP');
  }
  return { data: body.data, errors };
}
