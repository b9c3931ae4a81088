import type { ASTNode, GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isAppError } from '../lib/errors.js';

/**
 * The GraphQL side of `lib/errors.ts`, and its only one: an AppError becomes a GraphQLError
 * whose `extensions.code` is the error's code (NOT_FOUND, VALIDATION…), with its details
 * beside it, so the web and other clients branch on the code. Anything else returns null and
 * is masked by the server.
 */
export function toGraphQLError(
  error: unknown,
  located: { nodes?: ReadonlyArray<ASTNode> | ASTNode; path?: ReadonlyArray<string | number> } = {},
): GraphQLError | null {
  const original = isAppError(error) ? error : (error as { originalError?: unknown } | null)?.originalError;
  if (!isAppError(original)) return null;
  return createGraphQLError(original.message, {
    nodes: located.nodes,
    path: located.path,
    extensions: { code: original.code, ...original.details },
  });
}
