export type FetchErrorKind = 'robots' | 'http' | 'network' | 'timeout' | 'too-large' | 'redirects' | 'rate-limited' | 'invalid-url';

/** Why a fetch failed, and when the server asked us to come back (Retry-After). */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url: string,
    readonly httpStatus: number | null = null,
    readonly retryAt: Date | null = null,
  ) {
    super(message);
    this.name = 'FetchError';
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
