import type { SourceHealth } from './model.js';

/**
 * A source's health as one value and the rules that change it (Miniflux's feed parsing-error
 * count and check schedule): the crawler and the librarian's switch compute the next state
 * here, the repository only stores it.
 */
export interface SourceState extends SourceHealth {
  enabled: boolean;
}

/** Stored error texts are capped, so one huge message cannot bloat the node. */
export const MAX_ERROR_LENGTH = 1000;

/** Why a scheduled check does not run now, or null when the source is due. */
export function notDueBecause(state: SourceState, now: Date): string | null {
  if (!state.enabled) return `disabled: ${state.disabledReason ?? 'by a librarian'}`;
  if (state.nextCheckAt && Date.parse(state.nextCheckAt) > now.getTime()) return `backing off until ${state.nextCheckAt}`;
  return null;
}

/** A run that reached the source: the validators are kept, the error count starts over. */
export function afterSuccess<S extends SourceState>(
  state: S,
  { etag, lastModified, now }: { etag: string | null; lastModified: string | null; now: Date },
): S {
  return { ...state, etag, lastModified, errorCount: 0, lastError: null, lastCheckedAt: now.toISOString(), nextCheckAt: null };
}

export interface Failure {
  error: string;
  now: Date;
  /** How long to back off from `now` (the caller's exponential backoff, with its jitter). */
  backoffMs: number;
  /** When the server asked to come back (Retry-After), if it did: the next check is never earlier. */
  retryAt: Date | null;
  /** Consecutive failures after which the source is disabled. */
  disableAfter: number;
}

/**
 * A failed run: one more consecutive failure, the next check after the backoff (or the
 * server's Retry-After when later), and disabled with the reason once `disableAfter` failures
 * follow one another.
 */
export function afterFailure<S extends SourceState>(state: S, { error, now, backoffMs, retryAt, disableAfter }: Failure): S {
  const lastError = error.slice(0, MAX_ERROR_LENGTH);
  const errorCount = state.errorCount + 1;
  const nextCheckAt = new Date(Math.max(now.getTime() + backoffMs, retryAt?.getTime() ?? 0)).toISOString();
  const next = { ...state, errorCount, lastError, lastCheckedAt: now.toISOString(), nextCheckAt };
  if (errorCount < disableAfter) return next;
  return { ...next, enabled: false, disabledReason: `disabled after ${errorCount} consecutive failures; last: ${lastError}` };
}

/** A librarian resumes crawling: the reason, the error count and the backoff are cleared. */
export function enable<S extends SourceState>(state: S): S {
  return { ...state, enabled: true, disabledReason: null, errorCount: 0, nextCheckAt: null };
}

/** A librarian stops crawling, with the reason shown to other librarians; the health is kept. */
export function disable<S extends SourceState>(state: S, reason: string): S {
  return { ...state, enabled: false, disabledReason: reason };
}
