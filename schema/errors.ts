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

type LogFn = (obj: unknown, ...rest: unknown[]) => void;
interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

/**
 * The level an error is logged at: a caller's own mistake (a bad ISBN, a missing permission, a
 * conflict: any AppError but UNAVAILABLE) is info, a dependency down is warn, anything else error.
 */
export function logLevelOf(error: unknown): 'info' | 'warn' | 'error' {
  const original = isAppError(error) ? error : (error as { originalError?: unknown } | null)?.originalError;
  if (!isAppError(original)) return 'error';
  return original.code === 'UNAVAILABLE' ? 'warn' : 'info';
}

/** Yoga's logger: it logs every error it masks or converts at error level; ours are logged at theirs. */
export function graphqlLogger(log: Logger): Logger {
  return {
    debug: (obj, ...rest) => log.debug(obj, ...rest),
    info: (obj, ...rest) => log.info(obj, ...rest),
    warn: (obj, ...rest) => log.warn(obj, ...rest),
    error: (obj, ...rest) => log[logLevelOf(obj)](obj, ...rest),
  };
}
