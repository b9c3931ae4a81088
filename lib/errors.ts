/**
 * The one error base of the product. A service, repository or pipeline throws an AppError
 * (or a subclass) whose `code` says what kind of failure it is; the transports translate it
 * in one place each: GraphQL in `schema/errors.ts` (`extensions.code`), the CLI in
 * `server/cli/errors.ts` (one line and an exit code). Anything else is a bug: masked as
 * INTERNAL_SERVER_ERROR by the API, printed with its stack by the CLI.
 */
export type ErrorCode = 'NOT_FOUND' | 'VALIDATION' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'UNAVAILABLE' | 'RATE_LIMITED';

const APP_ERROR = Symbol.for('hechuang.AppError');

export class AppError extends Error {
  readonly [APP_ERROR] = true;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable facts about the failure (the field, the id, the limit…), sent to API clients. */
    readonly details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Recognises our errors by a brand, so a copy of this module loaded twice still agrees. */
export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[APP_ERROR] === true;
}

export const NotFoundError = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${JSON.stringify(id)} was not found`, { what, id });

export const ValidationError = (message: string, details: Record<string, unknown> = {}) => new AppError('VALIDATION', message, details);

export const ForbiddenError = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);

export const UnauthenticatedError = () => new AppError('UNAUTHENTICATED', 'Sign in first');

export const ConflictError = (message: string, details: Record<string, unknown> = {}) => new AppError('CONFLICT', message, details);

export const UnavailableError = (message: string) => new AppError('UNAVAILABLE', message);

export const RateLimitedError = (retryAfterMs: number) =>
  new AppError('RATE_LIMITED', 'Too many sign-in attempts; try again later', { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) });
