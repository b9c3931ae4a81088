import { describe, expect, it } from 'vitest';
import { readerHistory, type PastRequest } from './history.js';

const at = (day: string) => new Date(`${day}T10:00:00+08:00`).toISOString();
const past = (isbn: string, status: PastRequest['status'], day: string, priceFen = 3_000): PastRequest => ({
  isbn,
  status,
  createdAt: at(day),
  priceFen,
});

describe('readerHistory', () => {
  const window = {
    since: new Date('2026-01-01T00:00:00+08:00').toISOString(),
    todayStart: new Date('2026-06-15T00:00:00+08:00').toISOString(),
  };

  it('counts the period and today without refused or cancelled requests, and sees the same title, loans and overdue', () => {
    const history = readerHistory(
      [
        past('A', 'ON_LOAN', '2026-06-15', 4_500),
        past('B', 'OVERDUE', '2026-03-01', 2_000),
        past('C', 'REJECTED', '2026-06-15'),
        past('D', 'CANCELLED', '2026-06-15'),
        past('E', 'CATALOGUED', '2025-12-31', 9_900),
      ],
      'E',
      window,
    );
    expect(history).toEqual({
      booksInPeriod: 2,
      fenInPeriod: 6_500,
      booksToday: 1,
      hasSameTitle: true,
      purchaseLoansOut: 2,
      purchaseOverdue: 1,
    });
  });

  it('lets a title be asked for again after a refusal or a cancellation', () => {
    const history = readerHistory([past('A', 'REJECTED', '2026-06-01'), past('A', 'CANCELLED', '2026-06-02')], 'A', window);
    expect(history.hasSameTitle).toBe(false);
    expect(history.booksInPeriod).toBe(0);
  });
});
