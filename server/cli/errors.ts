import { isAppError, type ErrorCode } from '../../lib/errors.js';

/**
 * The CLI side of `lib/errors.ts`, and its only one. An AppError is a failure the operator can
 * act on: one line, `hechuang: <message>`, and the exit code of its kind. Anything else is a
 * bug: its stack, and exit code 70 (EX_SOFTWARE).
 */
export const EXIT_CODES: Record<ErrorCode, number> = {
  VALIDATION: 1,
  NOT_FOUND: 1,
  CONFLICT: 1,
  FORBIDDEN: 1,
  UNAUTHENTICATED: 1,
  RATE_LIMITED: 1,
  UNAVAILABLE: 1,
};

export const BUG_EXIT_CODE = 70;

export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (isAppError(error)) return { line: `hechuang: ${error.message}`, exitCode: EXIT_CODES[error.code] };
  return { line: `hechuang: ${(error as Error | undefined)?.stack ?? String(error)}`, exitCode: BUG_EXIT_CODE };
}
