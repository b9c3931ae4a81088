import { describe, expect, it } from 'vitest';
import { isAppError } from './errors.js';
import { FairQueue } from './fair-queue.js';

/** A task that finishes when told to, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { task: () => (log.push(name), done), open };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('FairQueue', () => {
  it('gives a second client its turn before the rest of the first client’s burst', async () => {
    const queue = new FairQueue({ concurrency: 1, maxQueued: 10, maxQueuedPerClient: 4 });
    const log: string[] = [];
    const gates = ['a1', 'a2', 'a3', 'a4', 'b1'].map((name) => gate(log, name));
    const runs = gates.map((g, i) => queue.run(i < 4 ? 'a' : 'b', g.task));
    for (const g of [gates[0]!, gates[4]!, gates[1]!, gates[2]!, gates[3]!]) {
      await settle();
      g.open();
    }
    await Promise.all(runs);
    expect(log).toEqual(['a1', 'b1', 'a2', 'a3', 'a4']);
  });

  it('refuses a client over its share with RATE_LIMITED and everyone when full with UNAVAILABLE', async () => {
    const queue = new FairQueue({ concurrency: 1, maxQueued: 3, maxQueuedPerClient: 2 });
    const log: string[] = [];
    const blocker = gate(log, 'x');
    const running = queue.run('a', blocker.task);
    const waiting = [queue.run('a', () => Promise.resolve()), queue.run('a', () => Promise.resolve())];
    const overShare = await queue.run('a', () => Promise.resolve()).catch((e: unknown) => e);
    expect(isAppError(overShare) && overShare.code).toBe('RATE_LIMITED');
    waiting.push(queue.run('b', () => Promise.resolve()));
    const full = await queue.run('c', () => Promise.resolve()).catch((e: unknown) => e);
    expect(isAppError(full) && full.code).toBe('UNAVAILABLE');
    expect(queue.stats).toMatchObject({ running: 1, queued: 3 });
    blocker.open();
    await Promise.all([running, ...waiting]);
    expect(queue.stats).toEqual({ running: 0, queued: 0, clients: 0 });
  });
});
