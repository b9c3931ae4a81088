import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, disable, enable, MAX_ERROR_LENGTH, notDueBecause, type SourceState } from './health.js';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const healthy: SourceState = {
  enabled: true,
  etag: '"v1"',
  lastModified: null,
  errorCount: 0,
  lastError: null,
  lastCheckedAt: null,
  nextCheckAt: null,
  disabledReason: null,
};
const failure = { error: 'HTTP 503 from https://example.org/feed', now: NOW, backoffMs: 60_000, retryAt: null, disableAfter: 3 };

describe('source health', () => {
  it('keeps the validators and clears the errors and the backoff after a success', () => {
    const failing = { ...healthy, errorCount: 2, lastError: 'boom', nextCheckAt: '2026-03-01T09:00:00.000Z' };
    expect(afterSuccess(failing, { etag: '"v2"', lastModified: 'Sun, 01 Mar 2026 07:00:00 GMT', now: NOW })).toEqual({
      ...healthy,
      etag: '"v2"',
      lastModified: 'Sun, 01 Mar 2026 07:00:00 GMT',
      lastCheckedAt: '2026-03-01T08:00:00.000Z',
    });
  });

  it('counts a failure and backs off from now', () => {
    expect(afterFailure(healthy, failure)).toEqual({
      ...healthy,
      errorCount: 1,
      lastError: failure.error,
      lastCheckedAt: '2026-03-01T08:00:00.000Z',
      nextCheckAt: '2026-03-01T08:01:00.000Z',
    });
  });

  it('waits for a Retry-After later than the backoff, never for an earlier one', () => {
    const later = new Date('2026-03-01T10:00:00.000Z');
    expect(afterFailure(healthy, { ...failure, retryAt: later }).nextCheckAt).toBe('2026-03-01T10:00:00.000Z');
    const earlier = new Date('2026-03-01T08:00:10.000Z');
    expect(afterFailure(healthy, { ...failure, retryAt: earlier }).nextCheckAt).toBe('2026-03-01T08:01:00.000Z');
  });

  it('disables the source, with the reason, once the failures reach the limit', () => {
    const twice = afterFailure(afterFailure(healthy, failure), failure);
    expect(twice).toMatchObject({ enabled: true, errorCount: 2, disabledReason: null });
    expect(afterFailure(twice, failure)).toMatchObject({
      enabled: false,
      errorCount: 3,
      disabledReason: 'disabled after 3 consecutive failures; last: HTTP 503 from https://example.org/feed',
    });
  });

  it('caps the stored error text', () => {
    const long = afterFailure(healthy, { ...failure, error: 'x'.repeat(5000), disableAfter: 1 });
    expect(long.lastError).toHaveLength(MAX_ERROR_LENGTH);
    expect(long.disabledReason).toHaveLength('disabled after 1 consecutive failures; last: '.length + MAX_ERROR_LENGTH);
  });

  it('starts over when a librarian enables the source, and keeps the health when one disables it', () => {
    const off = afterFailure({ ...healthy, errorCount: 2 }, failure);
    expect(enable(off)).toEqual({ ...off, enabled: true, disabledReason: null, errorCount: 0, nextCheckAt: null });
    expect(disable(healthy, '站点改版')).toEqual({ ...healthy, enabled: false, disabledReason: '站点改版' });
  });

  it('keeps the fields it does not govern', () => {
    const record = { ...healthy, id: 'jx-news', name: '嘉兴创业资讯' };
    expect(afterFailure(record, failure)).toMatchObject({ id: 'jx-news', name: '嘉兴创业资讯' });
  });

  it('says why a scheduled check waits: disabled, or backing off', () => {
    expect(notDueBecause(healthy, NOW)).toBeNull();
    expect(notDueBecause(disable(healthy, '站点改版'), NOW)).toBe('disabled: 站点改版');
    expect(notDueBecause({ ...healthy, enabled: false }, NOW)).toBe('disabled: by a librarian');
    const backingOff = afterFailure(healthy, failure);
    expect(notDueBecause(backingOff, NOW)).toBe('backing off until 2026-03-01T08:01:00.000Z');
    expect(notDueBecause(backingOff, new Date('2026-03-01T08:01:00.000Z'))).toBeNull();
  });
});
