import { describe, expect, it } from 'vitest';
import { Semaphore } from './limit.js';

describe('Semaphore (workbooks read at once)', () => {
  it('runs at most its limit at once; the rest wait their turn and all finish, failures included', async () => {
    const gate = new Semaphore(2);
    let active = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const work = (fail: boolean) =>
      gate.run(async () => {
        active += 1;
        most = Math.max(most, active);
        await new Promise<void>((resolve) => releases.push(resolve));
        active -= 1;
        if (fail) throw new Error('damaged workbook');
        return 'read';
      });
    const runs = [work(true), work(false), work(false), work(false)];
    const settled = Promise.allSettled(runs);
    for (let turn = 0; turn < 4; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(active).toBeLessThanOrEqual(2);
      releases.shift()?.();
    }
    const outcomes = await settled;
    expect(most).toBe(2);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
  });
});
