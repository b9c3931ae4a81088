import { GraphQLError } from 'graphql';

/**
 * Typed errors that reach clients. Each factory yields a GraphQLError whose
 * `extensions.code` is stable, so the web and other clients can branch on it; any
 * other error is masked by the server as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode = 'NOT_FOUND' | 'VALIDATION' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'UNAVAILABLE' | 'RATE_LIMITED';

const APP_ERROR = Symbol.for('hechuang.AppError');

export class AppError extends GraphQLError {
  readonly [APP_ERROR] = true;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

/**
 * Recognises our errors by a brand, not by `instanceof GraphQLError`: graphql ships both
 * CommonJS and ESM builds, and a library loading the other build sees another class.
 */
export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[APP_ERROR] === true;
}

export const NotFoundError = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${JSON.stringify(id)} was not found`, { what, id });

export const ValidationError = (message: string, details: Record<string, unknown> = {}) => new AppError('VALIDATION', message, details);

export const ForbiddenError = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);

export const ConflictError = (message: string, details: Record<string, unknown> = {}) => new AppError('CONFLICT', message, details);

export const UnavailableError = (message: string) => new AppError('UNAVAILABLE', message);

export const RateLimitedError = (retryAfterMs: number) =>
  new AppError('RATE_LIMITED', 'Too many sign-in attempts; try again later', { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) });
