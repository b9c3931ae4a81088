import { AppError } from '../../lib/errors.js';

export type FetchErrorKind =
  'robots' | 'http' | 'network' | 'timeout' | 'too-large' | 'redirects' | 'rate-limited' | 'invalid-url' | 'refused';

/** Why a fetch failed, and when the server asked us to come back (Retry-After). */
export class FetchError extends AppError {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url: string,
    readonly httpStatus: number | null = null,
    readonly retryAt: Date | null = null,
  ) {
    super(kind === 'invalid-url' ? 'VALIDATION' : 'UNAVAILABLE', message, { kind, url, httpStatus });
  }

  /** Worth retrying soon: network trouble, timeouts, 5xx, 429. */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'rate-limited' ||
      (this.kind === 'http' && this.httpStatus !== null && this.httpStatus >= 500)
    );
  }
}
