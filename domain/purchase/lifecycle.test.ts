import { describe, expect, it } from 'vitest';
import { isAppError } from '../../lib/errors.js';
import { applyEvent, releasesEncumbrance, REQUEST_EVENTS, REQUEST_STATUSES, type RequestEvent, type RequestStatus } from './lifecycle.js';

function walk(start: RequestStatus, events: RequestEvent[]): RequestStatus {
  let status = start;
  for (const event of events) {
    const step = applyEvent(status, event);
    if (step.kind === 'moved') status = step.to;
  }
  return status;
}

describe('purchase request lifecycle', () => {
  it('walks the till path and the online path to the shelf', () => {
    expect(walk('REQUESTED', ['AUTO_APPROVE', 'PICK_UP', 'LEND', 'RETURN', 'CATALOGUE'])).toBe('CATALOGUED');
    expect(walk('REQUESTED', ['SEND_TO_REVIEW', 'APPROVE', 'ORDER', 'DELIVER', 'LEND', 'MARK_OVERDUE', 'RETURN'])).toBe('RETURNED');
  });

  it('treats a repeated event, or one whose effect is already behind, as unchanged', () => {
    expect(applyEvent('APPROVED', 'APPROVE')).toEqual({ kind: 'unchanged', status: 'APPROVED' });
    expect(applyEvent('DELIVERED', 'DELIVER')).toEqual({ kind: 'unchanged', status: 'DELIVERED' });
    expect(applyEvent('ON_LOAN', 'DELIVER')).toEqual({ kind: 'unchanged', status: 'ON_LOAN' });
    expect(applyEvent('PICKED_UP', 'ORDER')).toEqual({ kind: 'unchanged', status: 'PICKED_UP' });
    expect(applyEvent('CANCELLED', 'CANCEL')).toEqual({ kind: 'unchanged', status: 'CANCELLED' });
  });

  it('refuses events that cannot happen now with a CONFLICT naming the status', () => {
    const refused = (status: RequestStatus, event: RequestEvent) => {
      try {
        applyEvent(status, event);
        return null;
      } catch (error) {
        return isAppError(error) ? `${error.code}: ${error.message}` : 'not an AppError';
      }
    };
    expect(refused('CANCELLED', 'DELIVER')).toBe('CONFLICT: 申请当前状态为「已取消」，不能送达');
    expect(refused('ON_LOAN', 'CANCEL')).toMatch(/^CONFLICT/);
    expect(refused('REJECTED', 'APPROVE')).toMatch(/^CONFLICT/);
    expect(refused('REQUESTED', 'RETURN')).toMatch(/^CONFLICT/);
  });

  it('every event either moves, is unchanged or is refused from every status', () => {
    for (const status of REQUEST_STATUSES)
      for (const event of REQUEST_EVENTS) {
        try {
          const step = applyEvent(status, event);
          expect(['moved', 'unchanged']).toContain(step.kind);
        } catch (error) {
          expect(isAppError(error) && error.code).toBe('CONFLICT');
        }
      }
  });

  it('releases the encumbrance only when an approved request is cancelled', () => {
    expect(releasesEncumbrance('APPROVED', 'CANCELLED')).toBe(true);
    expect(releasesEncumbrance('ORDERED', 'CANCELLED')).toBe(true);
    expect(releasesEncumbrance('UNDER_REVIEW', 'CANCELLED')).toBe(false);
    expect(releasesEncumbrance('UNDER_REVIEW', 'REJECTED')).toBe(false);
  });
});
